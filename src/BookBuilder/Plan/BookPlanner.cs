using System.Globalization;
using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>
/// Computes the <see cref="BookPlan"/> of a book: the one place where divisions are classified,
/// labelled and numbered, contents entries and bylines are made and the glossary's links back
/// are gathered.
/// </summary>
public static class BookPlanner
{
    /// <summary>Anchor id of the title page.</summary>
    public const string TitlePageId = "title-page";
    /// <summary>Anchor id of the copyright page.</summary>
    public const string CopyrightId = "copyright";
    /// <summary>Anchor id of the contents.</summary>
    public const string ContentsId = "toc";
    /// <summary>Anchor id of the list of figures.</summary>
    public const string ListOfFiguresId = "list-of-figures";
    /// <summary>Anchor id of the list of tables.</summary>
    public const string ListOfTablesId = "list-of-tables";
    /// <summary>Anchor id of the index.</summary>
    public const string IndexId = "book-index";

    /// <summary>Anchor id of the Solutions appendix (made unique against the book's anchors).</summary>
    public const string SolutionsId = "solutions";

    /// <param name="edition">The instructor's edition (the whole book) or the student's, which leaves every solution out.</param>
    public static BookPlan Plan(Book book, BookEdition edition = BookEdition.Instructor)
    {
        var labels = BookLabels.For(book.Metadata.Language);
        // Solutions are printed in the instructor's edition unless book.yml says 'solutions: none';
        // an edition without them plans a book that has none.
        var withSolutions = edition == BookEdition.Instructor && book.Apparatus.Solutions != SolutionPlacement.None;
        var inSolutions = ExercisePlanner.AnchorsOfSolutions(book);
        if (!withSolutions && inSolutions.Count > 0) book = ExercisePlanner.WithoutSolutions(book, inSolutions);
        // The student's edition is another publication: its own identifier (a reading system keeps
        // the two apart) and its edition line on the copyright page.
        if (edition == BookEdition.Student)
            book = book with
            {
                Metadata = book.Metadata with
                {
                    Identifier = ExercisePlanner.StudentIdentifier(book.Metadata.Identifier),
                    Edition = labels.StudentEditionOf(book.Metadata.Edition),
                },
            };
        var meta = book.Metadata;
        var divisions = new List<PlannedDivision>
        {
            Front(TitlePageId, DivisionKind.TitlePage, meta.FullTitle, meta.Source),
            Front(CopyrightId, DivisionKind.Copyright, labels.Copyright, meta.Source),
            Front(ContentsId, DivisionKind.Contents, labels.Contents, meta.Source),
        };
        // Only chapters are numbered; an introduction or a conclusion stands under its title.
        var chapterNumber = 0;
        foreach (var chapter in book.Chapters)
            divisions.Add(Chapter(chapter, chapter.Kind == ChapterKind.Chapter ? ++chapterNumber : null, meta.SectionNumbers, labels) with
            {
                KeyTerms = book.Apparatus.KeyTerms ? KeyTermsOf(chapter, book, labels) : null,
            });
        if (book.Faq is { } faq)
            divisions.Add(new FaqDivision(faq) { Id = faq.Id, Kind = DivisionKind.FaqAppendix, Matter = Matter.Back, Source = InFile(faq.SourceFile), TitleSource = faq.TitleSource, Title = TitleOr(faq.Title, labels.Faq), PlainTitle = PlainOr(faq.Title, labels.Faq) });
        var titles = divisions.ToDictionary(d => d.Id, d => d.PlainTitle, StringComparer.Ordinal);
        if (book.Glossary is { } glossary)
            divisions.Add(new GlossaryDivision(glossary)
            {
                Id = glossary.Id, Kind = DivisionKind.Glossary, Matter = Matter.Back, Source = InFile(glossary.SourceFile), TitleSource = glossary.TitleSource,
                Title = TitleOr(glossary.Title, labels.Glossary), PlainTitle = PlainOr(glossary.Title, labels.Glossary),
                References = glossary.Entries.ToDictionary(e => e.Id, e => References(e, titles), StringComparer.Ordinal),
            });
        // At a chapter's end only a chapter has a place for them; the appendix takes every division's.
        var exercises = ExercisePlanner.Number(divisions, labels,
            d => withSolutions && (book.Apparatus.Solutions == SolutionPlacement.Appendix || d is ChapterDivision));
        if (exercises.Any(e => e.Solution is not null))
            (divisions, book) = PlaceSolutions(divisions, book, exercises, inSolutions, labels);
        if (Index.IndexPlanner.Plan(divisions, book.Apparatus, labels) is { } index)
            divisions.Add(new IndexDivision(index)
            {
                Id = IndexId, Kind = DivisionKind.Index, Matter = Matter.Back, Source = meta.Source,
                Title = [new TextInline(labels.Index)], PlainTitle = labels.Index,
            });
        var captions = CaptionNumbering.Number(divisions, labels);
        // The lists follow the contents, each when book.yml asks for it and there is something to list.
        var lists = new List<PlannedDivision>();
        if (book.Apparatus.ListOfFigures) lists.AddRange(CaptionList(CaptionKind.Figure, ListOfFiguresId, labels.ListOfFigures, captions, meta.Source));
        if (book.Apparatus.ListOfTables) lists.AddRange(CaptionList(CaptionKind.Table, ListOfTablesId, labels.ListOfTables, captions, meta.Source));
        divisions.InsertRange(divisions.FindIndex(d => d.Kind == DivisionKind.Contents) + 1, lists);
        var references = CrossReferences.Labels(book, divisions, captions, exercises, labels);
        var faqLevels = new Dictionary<FaqBlock, int>(ReferenceEqualityComparer.Instance);
        new ContentWalker((place, block) =>
        {
            if (block is FaqBlock faq) faqLevels[faq] = place is { Division: ChapterDivision, Section: null } ? 2 : 3;
        }, null).Walk(divisions);
        return new BookPlan
        {
            Book = book,
            Edition = edition,
            Exercises = exercises,
            FaqLevels = faqLevels,
            Labels = labels,
            Divisions = divisions,
            Captions = captions,
            CaptionsById = captions.ToDictionary(c => c.Id, StringComparer.Ordinal),
            ReferenceLabels = references,
            Contents = Contents(divisions, x => references.GetValueOrDefault(x.TargetId, "")),
            TitlePage = new TitlePagePlan(meta.Title, Blank(meta.Subtitle), Blank(meta.Ornament), Byline(meta), Blank(meta.Publisher))
            {
                Series = meta.Series is { } series ? labels.Series(series.Name, series.Number) : null,
            },
            Copyright = Copyright(meta, labels),
            RunningTitle = meta.Title,
        };
    }

    /// <summary>
    /// Puts the printed solutions at the end of their chapters, or in a Solutions appendix after the
    /// last division of the body (before the FAQ and the glossary), whose anchors then say so.
    /// </summary>
    private static (List<PlannedDivision>, Book) PlaceSolutions(List<PlannedDivision> divisions, Book book, IReadOnlyList<NumberedExercise> exercises,
        IReadOnlySet<string> inSolutions, BookLabels labels)
    {
        var solved = exercises.Where(e => e.Solution is not null).ToList();
        if (book.Apparatus.Solutions == SolutionPlacement.ChapterEnd)
        {
            var atEnd = divisions.Select(d => d is ChapterDivision c ? c with { Solutions = solved.Where(e => e.DivisionId == c.Id).ToArray() } : d).ToList();
            return (atEnd, book);
        }
        var id = SolutionsId;
        for (var n = 2; book.Anchors.ContainsKey(id); n++) id = $"{SolutionsId}-{n.ToString(CultureInfo.InvariantCulture)}";
        var groups = divisions
            .Select(d => new SolutionGroup(d.Id, labels.SolutionsOfChapter((d as ChapterDivision)?.Label, d.PlainTitle), solved.Where(e => e.DivisionId == d.Id).ToArray()))
            .Where(g => g.Exercises.Count > 0).ToArray();
        var division = new SolutionsDivision(groups)
        {
            Id = id, Kind = DivisionKind.Solutions, Matter = Matter.Back, Source = book.Metadata.Source,
            Title = [new TextInline(labels.Solutions)], PlainTitle = labels.Solutions,
        };
        var at = divisions.FindLastIndex(d => d is ChapterDivision) + 1;
        var placed = new List<PlannedDivision>(divisions);
        placed.Insert(at, division);
        var anchors = book.Anchors.ToDictionary(a => a.Key, a => inSolutions.Contains(a.Key) ? a.Value with { DivisionId = id } : a.Value, StringComparer.Ordinal);
        anchors[id] = new Anchor(id, AnchorKind.Custom, id, labels.Solutions);
        return (placed, book with { Anchors = anchors });
    }

    private static FrontMatterDivision Front(string id, DivisionKind kind, string title, SourceSpan source) => new()
    {
        Id = id, Kind = kind, Matter = Matter.Front, Title = [new TextInline(title)], PlainTitle = title, Source = source, TitleSource = source,
    };

    private static IEnumerable<CaptionListDivision> CaptionList(CaptionKind kind, string id, string title, IReadOnlyList<NumberedCaption> captions, SourceSpan source)
    {
        var entries = captions.Where(c => c.Kind == kind).ToList();
        if (entries.Count == 0) yield break;
        yield return new CaptionListDivision(kind, entries)
        {
            Id = id, Kind = kind == CaptionKind.Figure ? DivisionKind.ListOfFigures : DivisionKind.ListOfTables, Matter = Matter.Front,
            Title = [new TextInline(title)], PlainTitle = title, Source = source, TitleSource = source,
        };
    }

    private static ChapterDivision Chapter(Chapter chapter, int? number, bool numberSections, BookLabels labels)
    {
        var label = number is { } n ? labels.Chapter(n) : null;
        var fallback = label ?? labels.KindName(chapter.Kind);
        var sectionNumbers = chapter.Sections
            .Select((_, i) => number is { } c && numberSections ? $"{c.ToString(CultureInfo.InvariantCulture)}.{(i + 1).ToString(CultureInfo.InvariantCulture)}" : null)
            .ToArray();
        return new ChapterDivision(chapter)
        {
            Id = chapter.Id, Kind = DivisionKind.Chapter, Matter = MatterOf(chapter.Kind), Source = InFile(chapter.SourceFile), TitleSource = chapter.TitleSource,
            Number = number, Label = label, SectionNumbers = sectionNumbers,
            Byline = chapter.Author is { } author ? labels.By(author) : null,
            Title = TitleOr(chapter.Title, fallback), PlainTitle = PlainOr(chapter.Title, fallback),
        };
    }

    /// <summary>
    /// The glossary terms <paramref name="chapter"/> uses (those the glossary links back to), in
    /// the glossary's order; null when it uses none or the book has no glossary.
    /// </summary>
    private static KeyTermList? KeyTermsOf(Chapter chapter, Book book, BookLabels labels)
    {
        if (book.Glossary is not { } glossary) return null;
        var terms = glossary.Entries
            .Where(e => e.Uses.Any(u => u.DivisionId == chapter.Id))
            .Select(e => new KeyTerm(e.Id, e.Term))
            .ToList();
        if (terms.Count == 0) return null;
        // The heading's anchor, kept clear of every anchor the manuscript makes.
        var id = chapter.Id + "-key-terms";
        for (var n = 2; book.Anchors.ContainsKey(id); n++) id = $"{chapter.Id}-key-terms-{n.ToString(CultureInfo.InvariantCulture)}";
        return new KeyTermList(id, labels.KeyTerms, terms);
    }

    /// <summary>A foreword and a preface come before the body, an afterword after it; the rest is the body.</summary>
    private static Matter MatterOf(ChapterKind kind) => kind switch
    {
        ChapterKind.Foreword or ChapterKind.Preface => Matter.Front,
        ChapterKind.Afterword => Matter.Back,
        ChapterKind.Chapter or ChapterKind.Introduction or ChapterKind.Prologue or ChapterKind.Epilogue or ChapterKind.Conclusion => Matter.Body,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a chapter kind the plan does not place"),
    };

    /// <summary>Chapters with their sections, the FAQ with its questions, the glossary.</summary>
    /// <param name="crossReference">The label of a cross-reference in a title.</param>
    private static IReadOnlyList<ContentsEntry> Contents(IEnumerable<PlannedDivision> divisions, Func<CrossRefInline, string> crossReference)
    {
        var entries = new List<ContentsEntry>();
        foreach (var division in divisions)
        {
            switch (division)
            {
                case FrontMatterDivision or CaptionListDivision:
                    break;
                case ChapterDivision c:
                    var number = c.Number?.ToString(CultureInfo.InvariantCulture);
                    var sections = c.Chapter.Sections.Select((s, i) => Entry(ContentsKind.Section, s.Id, c.SectionNumbers[i], s.Title, c.SectionNumbers[i] ?? s.Id, crossReference)).ToArray();
                    entries.Add(Entry(ContentsKind.Chapter, c.Id, number, c.Chapter.Title, c.PlainTitle, crossReference, sections));
                    break;
                case FaqDivision f:
                    var questions = f.Faq.Entries.Select(e => Entry(ContentsKind.Question, e.Id, null, e.Question, e.Id, crossReference)).ToArray();
                    entries.Add(Entry(ContentsKind.FaqAppendix, f.Id, null, f.Title, f.PlainTitle, crossReference, questions));
                    break;
                case GlossaryDivision g:
                    entries.Add(Entry(ContentsKind.Glossary, g.Id, null, g.Title, g.PlainTitle, crossReference));
                    break;
                case IndexDivision i:
                    entries.Add(Entry(ContentsKind.Index, i.Id, null, i.Title, i.PlainTitle, crossReference));
                    break;
                case SolutionsDivision s:
                    entries.Add(Entry(ContentsKind.Solutions, s.Id, null, s.Title, s.PlainTitle, crossReference));
                    break;
                default:
                    throw new InvalidOperationException($"the contents have no case for the division {division.GetType().Name}");
            }
        }
        return entries;
    }

    /// <summary>An entry labelled "number title"; <paramref name="fallback"/> stands in for an empty title.</summary>
    private static ContentsEntry Entry(ContentsKind kind, string target, string? number, IReadOnlyList<Inline> title, string fallback,
        Func<CrossRefInline, string> crossReference, IReadOnlyList<ContentsEntry>? children = null)
    {
        var text = InlineText.Plain(title, crossReference).Trim();
        var label = text.Length == 0 ? fallback : string.IsNullOrWhiteSpace(number) ? text : $"{number} {text}";
        return new ContentsEntry(kind, target, string.IsNullOrWhiteSpace(number) ? null : number, title, label, children ?? []);
    }

    /// <summary>The authors (role aut); every creator when none is an author.</summary>
    private static string Byline(BookMetadata meta)
    {
        var authors = meta.Creators.Where(c => string.Equals(c.Role, "aut", StringComparison.OrdinalIgnoreCase)).ToArray();
        return string.Join(", ", (authors.Length > 0 ? authors : meta.Creators).Select(c => c.Name));
    }

    /// <summary>Who made the book; then rights, edition, publication and identifier.</summary>
    private static CopyrightPlan Copyright(BookMetadata meta, BookLabels labels)
    {
        // Credits first (none without creators), then the facts; the PDF sets a blank line between them.
        var credits = new List<string>();
        if (meta.Creators.Count > 0) credits.Add(labels.By(string.Join(", ", meta.Creators.Select(c => c.Name))));
        var facts = new List<string>();
        if (Blank(meta.Rights) is { } rights) facts.Add(rights);
        if (Blank(meta.Edition) is { } edition) facts.Add(edition);
        facts.Add(labels.Published(meta.Date, Blank(meta.Publisher)));
        if (Blank(meta.Isbn) is { } isbn) facts.Add(labels.Isbn(isbn));
        facts.Add(labels.Identifier(meta.Identifier));
        return new CopyrightPlan(meta.FullTitle, [credits, facts]);
    }

    /// <summary>The uses of an entry, each numbered within its division.</summary>
    private static IReadOnlyList<GlossaryReference> References(GlossaryEntry entry, IReadOnlyDictionary<string, string> titles)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var references = new List<GlossaryReference>();
        foreach (var use in entry.Uses)
        {
            if (!titles.TryGetValue(use.DivisionId, out var title)) continue;
            var occurrence = seen[use.DivisionId] = seen.GetValueOrDefault(use.DivisionId) + 1;
            references.Add(new GlossaryReference(use.UseId, use.DivisionId, title, occurrence));
        }
        return references;
    }

    private static IReadOnlyList<Inline> TitleOr(IReadOnlyList<Inline> title, string fallback) =>
        InlineText.Plain(title).Trim().Length > 0 ? title : [new TextInline(fallback)];

    private static string PlainOr(IReadOnlyList<Inline> title, string fallback) =>
        InlineText.Plain(title).Trim() is { Length: > 0 } text ? text : fallback;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static SourceSpan InFile(string file) => new(file, 0, 0);
}
