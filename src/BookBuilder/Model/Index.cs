namespace BookBuilder.Model;

/// <summary>
/// A place the index points to, around the text the author marked (<c>[river banks]{.index}</c>);
/// a mark that only names an entry (<c>[]{.index term="River"}</c>) has no text.
/// </summary>
/// <param name="Id">Anchor id of the place, which the index links to.</param>
/// <param name="Heading">The entry the mark belongs to.</param>
public sealed record IndexMarkInline(string Id, IndexHeading Heading, IReadOnlyList<Inline> Children) : Inline;

/// <summary>
/// An entry of the index as a mark names it: its levels ("River", then "banks"), an optional sort
/// key for the last level, and the entries it refers to instead ("see") or as well ("see also").
/// A mark with a "see" is a cross-reference only: it adds no page to its entry.
/// </summary>
/// <param name="Path">One to three levels: main heading, sub-heading, sub-sub-heading.</param>
/// <param name="Sort">How the last level sorts, when not as it is written ("Hague" for "The Hague").</param>
public sealed record IndexHeading(IReadOnlyList<string> Path, string? Sort = null)
{
    /// <summary>Entries to look under instead, each a path of levels.</summary>
    public IReadOnlyList<IReadOnlyList<string>> See { get; init; } = [];

    /// <summary>Entries to look under as well, each a path of levels.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SeeAlso { get; init; } = [];

    /// <summary>Whether the mark adds its place to the entry: it does unless it sends the reader elsewhere.</summary>
    public bool IsLocator => See.Count == 0;
}

/// <summary>
/// What book.yml switches on or off in the book's reference apparatus: the lists of figures and
/// of tables in the front matter, and whether every glossary term is an entry of the index.
/// </summary>
public sealed record ApparatusSettings
{
    public static ApparatusSettings Default { get; } = new();

    /// <summary>A list of figures after the contents (<c>list-of-figures: true</c>).</summary>
    public bool ListOfFigures { get; init; }

    /// <summary>A list of tables after the contents (<c>list-of-tables: true</c>).</summary>
    public bool ListOfTables { get; init; }

    /// <summary>Every glossary term is an index entry, with the places it is used and its definition (<c>index-glossary</c>, on unless false).</summary>
    public bool IndexGlossary { get; init; } = true;

    /// <summary>A "Key terms" list at the end of each chapter: the glossary terms it uses, each linked to its entry (<c>key-terms</c>, off unless true).</summary>
    public bool KeyTerms { get; init; }
    /// <summary>Where the solutions of exercises stand (<c>solutions:</c>): a Solutions appendix unless book.yml says otherwise.</summary>
    public SolutionPlacement Solutions { get; init; } = SolutionPlacement.Appendix;

    /// <summary>The editions a build writes (<c>editions:</c>): the instructor's (the full book) unless book.yml lists others.</summary>
    public IReadOnlyList<BookEdition> Editions { get; init; } = [BookEdition.Instructor];
}

/// <summary>Where the plan puts the solutions of exercises.</summary>
public enum SolutionPlacement { Appendix, ChapterEnd, None }

/// <summary>
/// The editions one manuscript makes: the instructor's, the whole book, and the student's, which
/// leaves every solution out (no appendix, no link to one, no solution text).
/// </summary>
public enum BookEdition { Instructor, Student }
