namespace BookBuilder.Model;

/// <summary>The glossary: terms in alphabetical order with their definitions.</summary>
public sealed record Glossary
{
    public required string Id { get; init; }
    public required IReadOnlyList<Inline> Title { get; init; }
    public required string SourceFile { get; init; }
    /// <summary>Where the title stands (its '#' heading, or the file's start when it has none).</summary>
    public SourceSpan TitleSource { get; init; } = SourceSpan.None;
    public IReadOnlyList<Block> Intro { get; init; } = [];
    public required IReadOnlyList<GlossaryEntry> Entries { get; init; }
    /// <summary>Footnotes referenced in the introduction and the definitions, numbered in order of first reference.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    public string PlainTitle => InlineText.Plain(Title);
}

/// <summary>
/// One glossary term. <see cref="Aliases"/> are other spellings that also link to it (plurals,
/// short forms). <see cref="Uses"/> lists every linked occurrence in reading order.
/// </summary>
public sealed record GlossaryEntry
{
    public required string Id { get; init; }
    public required string Term { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required IReadOnlyList<Block> Definition { get; init; }
    public IReadOnlyList<GlossaryUse> Uses { get; init; } = [];
    public SourceSpan Source { get; init; } = SourceSpan.None;
}

/// <summary>
/// A linked occurrence of a glossary term: the anchor id of the occurrence and the id of the
/// division (chapter, FAQ) that holds it. How the glossary links back to it is the plan's business.
/// </summary>
public sealed record GlossaryUse(string UseId, string DivisionId);
