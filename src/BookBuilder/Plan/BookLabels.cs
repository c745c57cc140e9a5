using System.Globalization;

namespace BookBuilder.Plan;

/// <summary>
/// The words the editions add around the author's text (labels, headings of generated pages,
/// navigation), in the book's language. One table per language; a language without a table of
/// its own is labelled in English. Formats are composite format strings.
/// </summary>
public sealed record BookLabels
{
    /// <summary>The culture dates and numbers are written in.</summary>
    public required CultureInfo Culture { get; init; }

    public string Contents { get; init; } = "Contents";
    public string Cover { get; init; } = "Cover";
    public string TitlePage { get; init; } = "Title page";
    public string Copyright { get; init; } = "Copyright";
    public string Landmarks { get; init; } = "Landmarks";
    /// <summary>Heading of the EPUB's list of the paged edition's pages.</summary>
    public string PageList { get; init; } = "Pages";
    public string StartOfContent { get; init; } = "Start of content";
    public string BackToText { get; init; } = "Back to text";
    /// <summary>Title of the FAQ appendix when its file has no '#' title.</summary>
    public string Faq { get; init; } = "Frequently Asked Questions";
    /// <summary>Title of the glossary when its file has no '#' title.</summary>
    public string Glossary { get; init; } = "Glossary";
    public string ListOfFigures { get; init; } = "List of Figures";
    public string ListOfTables { get; init; } = "List of Tables";
    /// <summary>Title of the index.</summary>
    public string Index { get; init; } = "Index";
    /// <summary>The index's first group, of headings that start with a digit or a symbol.</summary>
    public string IndexSymbols { get; init; } = "Numbers and symbols";
    /// <summary>Before the headings an index entry sends the reader to instead.</summary>
    public string See { get; init; } = "see";
    /// <summary>Before the headings an index entry sends the reader to as well.</summary>
    public string SeeAlso { get; init; } = "see also";
    /// <summary>Before the list of divisions a glossary term is used in.</summary>
    public string UsedIn { get; init; } = "Used in: ";
    /// <summary>In print, before the one page a glossary term is used on.</summary>
    public string UsedOnPage { get; init; } = "Used on p.\u00A0";
    /// <summary>In print, before the pages a glossary term is used on.</summary>
    public string UsedOnPages { get; init; } = "Used on pp.\u00A0";
    /// <summary>The heading of the glossary terms listed at a chapter's end.</summary>
    public string KeyTerms { get; init; } = "Key terms";
    /// <summary>In print, a key term with the page of its glossary entry.</summary>
    public string KeyTermPageFormat { get; init; } = "{0}, p.\u00A0{1}";
    public string ChapterFormat { get; init; } = "Chapter {0}";
    /// <summary>Above the rest of a footnote that runs over from an earlier page.</summary>
    public string NoteContinuedFormat { get; init; } = "{0} (continued)";
    /// <summary>How a cross-reference names a numbered section, e.g. "Section 2.3".</summary>
    public string SectionFormat { get; init; } = "Section {0}";
    /// <summary>How a cross-reference names a footnote, e.g. "Note 2".</summary>
    public string NoteFormat { get; init; } = "Note {0}";
    /// <summary>How a cross-reference names a heading or a question: its text in quotation marks.</summary>
    public string QuotedFormat { get; init; } = "\u201C{0}\u201D";
    /// <summary>A cross-reference in print with the page of its target, e.g. "Figure 3.1 on p. 19".</summary>
    public string OnPageFormat { get; init; } = "{0} on p.\u00A0{1}";
    /// <summary>The label of a numbered figure, e.g. "Figure 3.1".</summary>
    public string FigureFormat { get; init; } = "Figure {0}";
    /// <summary>The label of a numbered table, e.g. "Table 3.1".</summary>
    public string TableFormat { get; init; } = "Table {0}";
    public string ByFormat { get; init; } = "by {0}";
    public string PublishedFormat { get; init; } = "Published {0}";
    public string PublishedByFormat { get; init; } = "Published {0} by {1}";
    public string IdentifierFormat { get; init; } = "Identifier: {0}";
    public string IsbnFormat { get; init; } = "ISBN {0}";
    /// <summary>A series and the book's place in it.</summary>
    public string SeriesNumberFormat { get; init; } = "{0}, book {1}";
    /// <summary>What each kind of unnumbered division is called, when it has no title of its own.</summary>
    public IReadOnlyDictionary<Model.ChapterKind, string> KindNames { get; init; } = new Dictionary<Model.ChapterKind, string>
    {
        [Model.ChapterKind.Chapter] = "Chapter",
        [Model.ChapterKind.Foreword] = "Foreword",
        [Model.ChapterKind.Preface] = "Preface",
        [Model.ChapterKind.Introduction] = "Introduction",
        [Model.ChapterKind.Prologue] = "Prologue",
        [Model.ChapterKind.Epilogue] = "Epilogue",
        [Model.ChapterKind.Conclusion] = "Conclusion",
        [Model.ChapterKind.Afterword] = "Afterword",
    };
    /// <summary>The label a callout is printed under (<c>::: tip</c>: "Tip").</summary>
    public IReadOnlyDictionary<Model.CalloutKind, string> CalloutNames { get; init; } = new Dictionary<Model.CalloutKind, string>
    {
        [Model.CalloutKind.Note] = "Note",
        [Model.CalloutKind.Tip] = "Tip",
        [Model.CalloutKind.Warning] = "Warning",
        [Model.CalloutKind.Important] = "Important",
        [Model.CalloutKind.Example] = "Example",
        [Model.CalloutKind.Definition] = "Definition",
        [Model.CalloutKind.Objectives] = "In this chapter you will learn",
        [Model.CalloutKind.Summary] = "Summary",
        [Model.CalloutKind.KeyTakeaways] = "Key takeaways",
    };
    /// <summary>The label of a numbered exercise, e.g. "Exercise 2.3".</summary>
    public string ExerciseFormat { get; init; } = "Exercise {0}";
    /// <summary>The label of an exercise's solution, e.g. "Solution 2.3".</summary>
    public string SolutionFormat { get; init; } = "Solution {0}";
    /// <summary>The label of an exercise's hint.</summary>
    public string Hint { get; init; } = "Hint";
    /// <summary>Title of the Solutions appendix, and of the solutions at the end of a chapter.</summary>
    public string Solutions { get; init; } = "Solutions";
    /// <summary>The solutions of one chapter in the appendix: the chapter's label and its title, e.g. "Chapter 2: History".</summary>
    public string SolutionsOfChapterFormat { get; init; } = "{0}: {1}";
    /// <summary>The edition line of the student's edition: the book's own edition line, when it has one, and this.</summary>
    public string StudentEdition { get; init; } = "Student edition";
    public string StudentEditionOfFormat { get; init; } = "{0}, student edition";
    /// <summary>The label of review questions (<c>::: review</c>) without a title of their own.</summary>
    public string Review { get; init; } = "Review questions";
    /// <summary>The label of questions and answers in a chapter (<c>::: faq</c>) without a title of their own.</summary>
    public string FaqInChapter { get; init; } = "Questions and answers";
    /// <summary>A callout's label with the title its author gave it, e.g. "Tip: Before you start".</summary>
    public string CalloutTitleFormat { get; init; } = "{0}: {1}";
    public string CoverAltFormat { get; init; } = "Cover of {0}";
    public string CoverAltByFormat { get; init; } = "Cover of {0} by {1}";
    /// <summary>How the date of publication is written.</summary>
    public string DateFormat { get; init; } = "d MMMM yyyy";

    /// <summary>English, the labels of every language without a table of its own.</summary>
    public static BookLabels English { get; } = new() { Culture = CultureInfo.InvariantCulture };

    // Keyed by primary language subtag; a translation (he, ru...) is one more entry.
    private static readonly Dictionary<string, BookLabels> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
    };

    /// <summary>The labels of a BCP 47 language tag ("en-GB" takes "en"'s).</summary>
    public static BookLabels For(string language)
    {
        var primary = language.Split('-', 2)[0];
        return ByLanguage.GetValueOrDefault(primary) ?? English;
    }

    public string Chapter(int number) => Format(ChapterFormat, number);
    public string StudentEditionOf(string? edition) => string.IsNullOrWhiteSpace(edition) ? StudentEdition : Format(StudentEditionOfFormat, edition);
    public string NoteContinued(int number) => Format(NoteContinuedFormat, number);
    public string Figure(string number) => Format(FigureFormat, number);
    public string Section(string number) => Format(SectionFormat, number);
    public string OnPage(string label, string page) => Format(OnPageFormat, label, page);
    public string KeyTermPage(string term, string page) => Format(KeyTermPageFormat, term, page);
    public string Note(int number) => Format(NoteFormat, number);
    public string Quoted(string text) => Format(QuotedFormat, text);
    public string Table(string number) => Format(TableFormat, number);
    public string Exercise(string number) => Format(ExerciseFormat, number);
    public string Solution(string number) => Format(SolutionFormat, number);
    public string SolutionsOfChapter(string? label, string title) => label is null ? title : Format(SolutionsOfChapterFormat, label, title);
    /// <summary>An exercise's heading: its label, and its title when it has one ("Exercise 2.3: Timing a float").</summary>
    public string ExerciseHeading(string label, string? title) => title is null ? label : Format(CalloutTitleFormat, label, title);
    public string By(string names) => Format(ByFormat, names);
    public string Identifier(string identifier) => Format(IdentifierFormat, identifier);
    public string Isbn(string isbn) => Format(IsbnFormat, isbn);
    public string Series(string name, int? number) => number is null ? name : Format(SeriesNumberFormat, name, number.Value);
    public string KindName(Model.ChapterKind kind) => KindNames[kind];
    public string CalloutName(Model.CalloutKind kind) => CalloutNames[kind];
    /// <summary>What a callout is called as a whole: its label, and its title when it has one.</summary>
    public string CalloutHeading(Model.CalloutKind kind, string? title) => title is null ? CalloutName(kind) : Format(CalloutTitleFormat, CalloutName(kind), title);
    public string CoverAlt(string title, string byline) => byline.Length == 0 ? Format(CoverAltFormat, title) : Format(CoverAltByFormat, title, byline);

    public string Published(DateOnly date, string? publisher)
    {
        var day = date.ToString(DateFormat, Culture);
        return string.IsNullOrEmpty(publisher) ? Format(PublishedFormat, day) : Format(PublishedByFormat, day, publisher);
    }

    private string Format(string format, params object[] args) => string.Format(Culture, format, args);
}
