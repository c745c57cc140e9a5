using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>What a division of the book is.</summary>
public enum DivisionKind { TitlePage, Copyright, Contents, Chapter, FaqAppendix, Glossary, Index, ListOfFigures, ListOfTables, Solutions }

/// <summary>Where a division stands in the book: before, in or after the body.</summary>
public enum Matter { Front, Body, Back }

/// <summary>
/// A division of the book in reading order, as both editions present it: the generated front
/// matter, each chapter, the FAQ appendix, the glossary. A closed hierarchy: a renderer handles
/// every kind or fails loudly.
/// </summary>
public abstract record PlannedDivision
{
    /// <summary>The division's anchor id (a chapter's id, "faq", "glossary"; "title-page", "copyright", "toc").</summary>
    public required string Id { get; init; }
    public required DivisionKind Kind { get; init; }
    public required Matter Matter { get; init; }
    /// <summary>The title as printed at the division's head.</summary>
    public required IReadOnlyList<Inline> Title { get; init; }
    /// <summary>The title as plain text (page titles, running heads, links back from the glossary).</summary>
    public required string PlainTitle { get; init; }
    /// <summary>The manuscript file the division comes from (book.yml for the generated pages).</summary>
    public required SourceSpan Source { get; init; }
    /// <summary>Where the division's title is written: what an edition's notes about its opening point at.</summary>
    public SourceSpan TitleSource { get; init; } = SourceSpan.None;
}

/// <summary>A page the editions generate from the metadata: title page, copyright page, contents.</summary>
public sealed record FrontMatterDivision : PlannedDivision;

/// <summary>A list of the numbered figures or tables, after the contents (switched on in book.yml).</summary>
public sealed record CaptionListDivision(CaptionKind Of, IReadOnlyList<NumberedCaption> Entries) : PlannedDivision;

/// <summary>
/// A division written in a chapter file: a numbered chapter with its label ("Chapter 3"), or an
/// unnumbered one (an introduction, a conclusion) that stands under its title alone; and the
/// numbers of its sections ("3.1"), when sections are numbered.
/// </summary>
public sealed record ChapterDivision(Chapter Chapter) : PlannedDivision
{
    /// <summary>The chapter's number among the chapters, or null for an unnumbered division.</summary>
    public required int? Number { get; init; }
    /// <summary>What stands above the title, e.g. "Chapter 3"; null when nothing does.</summary>
    public required string? Label { get; init; }
    /// <summary>The number of each section ("3.1"), in order, or null for each when they are not numbered.</summary>
    public required IReadOnlyList<string?> SectionNumbers { get; init; }
    /// <summary>The "Key terms" list at the chapter's end, when book.yml asks for one and the chapter uses glossary terms; else null.</summary>
    public KeyTermList? KeyTerms { get; init; }
    /// <summary>The line under the title naming the chapter's author ("by Mira Castellan"), when its front matter names one; else null.</summary>
    public string? Byline { get; init; }
    /// <summary>The exercises whose solutions stand at the chapter's end (<c>solutions: chapter-end</c>); none otherwise.</summary>
    public IReadOnlyList<NumberedExercise> Solutions { get; init; } = [];

    /// <summary>The number of <paramref name="section"/> of this chapter ("3.1"), or null when it has none.</summary>
    public string? SectionNumber(Section section)
    {
        for (var i = 0; i < Chapter.Sections.Count; i++)
            if (ReferenceEquals(Chapter.Sections[i], section)) return SectionNumbers[i];
        return null;
    }
}

/// <summary>The FAQ appendix.</summary>
public sealed record FaqDivision(FaqAppendix Faq) : PlannedDivision;

/// <summary>The glossary, with the places each term is used, to link back to.</summary>
public sealed record GlossaryDivision(Glossary Glossary) : PlannedDivision
{
    /// <summary>Every linked use of each entry (by entry id), in reading order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<GlossaryReference>> References { get; init; }
}

/// <summary>The index, after the glossary: entries gathered from the index marks and the glossary.</summary>
public sealed record IndexDivision(Index.BookIndex Index) : PlannedDivision;

/// <summary>A use of a glossary term, for the link back from its entry.</summary>
/// <param name="Occurrence">1 for the first use in its division, 2 for the second...</param>
public sealed record GlossaryReference(string UseId, string DivisionId, string DivisionTitle, int Occurrence)
{
    /// <summary>The division's title, numbered from the second use in the same division on: "History (2)".</summary>
    public string Label => Occurrence == 1 ? DivisionTitle : $"{DivisionTitle} ({Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}

/// <summary>
/// The glossary terms a chapter uses, listed at its end under <paramref name="Title"/> in the
/// glossary's order, each pointing at its entry (<c>key-terms: true</c> in book.yml).
/// </summary>
/// <param name="Id">The anchor of the list's heading, unique in the book.</param>
public sealed record KeyTermList(string Id, string Title, IReadOnlyList<KeyTerm> Terms);

/// <summary>A term of a chapter's key terms: the glossary entry's anchor id and its headword.</summary>
public sealed record KeyTerm(string EntryId, string Term);
