namespace BookBuilder.Model;

/// <summary>The FAQ appendix: question/answer pairs.</summary>
public sealed record FaqAppendix
{
    public required string Id { get; init; }
    public required IReadOnlyList<Inline> Title { get; init; }
    public required string SourceFile { get; init; }
    /// <summary>Where the title stands (its '#' heading, or the file's start when it has none).</summary>
    public SourceSpan TitleSource { get; init; } = SourceSpan.None;
    /// <summary>Content before the first question.</summary>
    public IReadOnlyList<Block> Intro { get; init; } = [];
    public required IReadOnlyList<FaqEntry> Entries { get; init; }
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    public string PlainTitle => InlineText.Plain(Title);
}

/// <summary>One frequently asked question and its answer.</summary>
public sealed record FaqEntry
{
    public required string Id { get; init; }
    public required int Number { get; init; }
    public required IReadOnlyList<Inline> Question { get; init; }
    public required IReadOnlyList<Block> Answer { get; init; }
    public SourceSpan Source { get; init; } = SourceSpan.None;

    public string PlainQuestion => InlineText.Plain(Question);
}
