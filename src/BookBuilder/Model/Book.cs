namespace BookBuilder.Model;

/// <summary>
/// The semantic model of a whole book: what both renderers read. Nothing downstream of this
/// model parses Markdown again.
/// </summary>
public sealed record Book
{
    public required BookMetadata Metadata { get; init; }
    public required IReadOnlyList<Chapter> Chapters { get; init; }
    public FaqAppendix? Faq { get; init; }
    public Glossary? Glossary { get; init; }
    /// <summary>Every anchor id in the book with the division that contains it.</summary>
    public required IReadOnlyDictionary<string, Anchor> Anchors { get; init; }
    /// <summary>Every image used, in order of first use.</summary>
    public IReadOnlyList<BookImage> Images { get; init; } = [];
    /// <summary>The manuscript folder the book was read from.</summary>
    public required string ManuscriptDirectory { get; init; }
}

/// <summary>What kind of thing an anchor names.</summary>
public enum AnchorKind { Chapter, Section, Heading, FaqAppendix, FaqEntry, Glossary, GlossaryEntry, GlossaryUse, Footnote, FootnoteRef, Figure, Custom }

/// <summary>
/// A link target. <see cref="DivisionId"/> is the id of the chapter, FAQ appendix or glossary that
/// contains it, which lets a renderer that splits the book into files rewrite links.
/// </summary>
public sealed record Anchor(string Id, AnchorKind Kind, string DivisionId, string Label);
