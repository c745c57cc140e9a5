namespace BookBuilder.Model;

/// <summary>
/// A chapter of the body: a title, content before the first section, and numbered sections.
/// </summary>
public sealed record Chapter
{
    /// <summary>Anchor id of the chapter heading, unique in the book (e.g. "introduction").</summary>
    public required string Id { get; init; }
    /// <summary>What the division is (a chapter, an introduction...), as book.yml declares it; the plan numbers chapters only.</summary>
    public ChapterKind Kind { get; init; } = ChapterKind.Chapter;
    public required IReadOnlyList<Inline> Title { get; init; }
    public string? Ornament { get; init; }
    /// <summary>Who wrote the chapter, from its front matter (<c>author:</c>), or null; printed under its title.</summary>
    public string? Author { get; init; }
    /// <summary>What the chapter is about, from its front matter (<c>description:</c>), or null.</summary>
    public string? Description { get; init; }
    /// <summary>Manuscript file relative to the manuscript folder.</summary>
    public required string SourceFile { get; init; }
    /// <summary>Where the title stands (its '#' heading, or the file's start when it has none).</summary>
    public SourceSpan TitleSource { get; init; } = SourceSpan.None;
    public required IReadOnlyList<Block> Blocks { get; init; }
    public required IReadOnlyList<Section> Sections { get; init; }
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>Plain-text title for navigation and running heads.</summary>
    public string PlainTitle => InlineText.Plain(Title);
}

/// <summary>A section (## heading) of a chapter, with its content; the plan numbers it ("2.1") or not.</summary>
public sealed record Section
{
    public required string Id { get; init; }
    public required IReadOnlyList<Inline> Title { get; init; }
    public string? Ornament { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }
    public SourceSpan Source { get; init; } = SourceSpan.None;

    public string PlainTitle => InlineText.Plain(Title);
}

/// <summary>A footnote's content; its number counts from 1 within the chapter.</summary>
public sealed record Footnote(string Id, int Number, IReadOnlyList<Block> Blocks, IReadOnlyList<string> RefIds);
