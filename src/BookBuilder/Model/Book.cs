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
    /// <summary>The manuscript's files as read: chapters, FAQ and glossary in reading order, then book.yml.</summary>
    public IReadOnlyList<SourceFile> Sources { get; init; } = [];
    /// <summary>What book.yml switches on in the reference apparatus (lists of figures and tables, the glossary in the index).</summary>
    public ApparatusSettings Apparatus { get; init; } = ApparatusSettings.Default;

    /// <summary>
    /// Where <paramref name="text"/> first occurs in the manuscript, in the order of
    /// <see cref="Sources"/>; the place of the metadata (book.yml) when it occurs nowhere.
    /// </summary>
    public SourceSpan Locate(string text)
    {
        foreach (var file in Sources)
            if (file.Find(text) is { } at) return at;
        return Metadata.Source;
    }
}

/// <summary>What kind of thing an anchor names.</summary>
public enum AnchorKind { Chapter, Section, Heading, FaqAppendix, FaqEntry, Glossary, GlossaryEntry, GlossaryUse, Footnote, FootnoteRef, Figure, Custom, Table, CrossReference, IndexMark, Exercise, Solution }

/// <summary>What can be cited by a cross-reference, which prints the target's number or title.</summary>
public static class AnchorKinds
{
    /// <summary>
    /// Whether an anchor of <paramref name="kind"/> has a label a cross-reference can print: a
    /// division, a section, a heading, a question, a glossary entry, a footnote, a figure, a
    /// table or an exercise ("Exercise 2.3"). A solution has none: a student edition leaves it out. An id the author gave a paragraph or a list, and the anchors the builder puts at
    /// places in the text, have none.
    /// </summary>
    public static bool HasLabel(AnchorKind kind) => kind is AnchorKind.Chapter or AnchorKind.Section or AnchorKind.Heading
        or AnchorKind.FaqAppendix or AnchorKind.FaqEntry or AnchorKind.Glossary or AnchorKind.GlossaryEntry
        or AnchorKind.Footnote or AnchorKind.Figure or AnchorKind.Table or AnchorKind.Exercise;
}

/// <summary>
/// A link target. <see cref="DivisionId"/> is the id of the chapter, FAQ appendix or glossary that
/// contains it, which lets a renderer that splits the book into files rewrite links.
/// </summary>
public sealed record Anchor(string Id, AnchorKind Kind, string DivisionId, string Label);
