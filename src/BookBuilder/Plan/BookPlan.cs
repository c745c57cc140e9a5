using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>
/// The book as both editions present it, computed once from the model by
/// <see cref="BookPlanner"/>: the divisions in reading order with their kinds, numbers, labels and
/// titles, the table of contents, the title and copyright pages, the running title, the glossary's
/// links back, and the words around all of it in the book's language. The editions render the
/// plan; neither derives any of this again.
/// </summary>
public sealed record BookPlan
{
    /// <summary>The content: blocks, inlines, footnotes, anchors, images.</summary>
    public required Book Book { get; init; }
    public required BookLabels Labels { get; init; }
    /// <summary>Every division in reading order: title page, copyright, contents, chapters, FAQ, glossary.</summary>
    public required IReadOnlyList<PlannedDivision> Divisions { get; init; }
    public required IReadOnlyList<ContentsEntry> Contents { get; init; }
    public required TitlePagePlan TitlePage { get; init; }
    public required CopyrightPlan Copyright { get; init; }
    /// <summary>The running head of left-hand pages: the book's title.</summary>
    public required string RunningTitle { get; init; }
    /// <summary>Numbered figures and tables in reading order.</summary>
    public IReadOnlyList<NumberedCaption> Captions { get; init; } = [];
    /// <summary>Where the paged edition's pages (the PDF's) begin, when the build laid it out; null otherwise (the EPUB then has no page list).</summary>
    public PageMap? PageBreaks { get; init; }
    /// <summary>What a cross-reference prints in place of each target it may cite, by the target's anchor id.</summary>
    public IReadOnlyDictionary<string, string> ReferenceLabels { get; init; } = new Dictionary<string, string>();
    /// <summary>The numbered figures and tables by anchor id.</summary>
    public IReadOnlyDictionary<string, NumberedCaption> CaptionsById { get; init; } = new Dictionary<string, NumberedCaption>();

    /// <summary>The edition this plan is for: the instructor's (the whole book) or the student's (no solutions).</summary>
    public BookEdition Edition { get; init; } = BookEdition.Instructor;
    /// <summary>What the edition adds to the slug in its file names: nothing for the instructor's, ".student" for the student's.</summary>
    public string FileSuffix => Edition == BookEdition.Student ? ".student" : "";
    /// <summary>Every exercise in reading order, numbered per chapter.</summary>
    public IReadOnlyList<NumberedExercise> Exercises { get; init; } = [];
    /// <summary>The level of the questions of each FAQ in a chapter: 2 before the chapter's first section, 3 inside a section.</summary>
    public IReadOnlyDictionary<FaqBlock, int> FaqLevels { get; init; } = new Dictionary<FaqBlock, int>();

    public BookMetadata Metadata => Book.Metadata;
    public SolutionsDivision? Solutions => Divisions.OfType<SolutionsDivision>().SingleOrDefault();

    /// <summary>The number, label and solution of an exercise of this plan's book.</summary>
    public NumberedExercise ExerciseOf(ExerciseBlock exercise) =>
        Exercises.FirstOrDefault(e => ReferenceEquals(e.Exercise, exercise)) ?? throw new InvalidOperationException($"the exercise '{exercise.Id}' is not in the plan");

    /// <summary>The level of the questions of an FAQ in a chapter (3 when the plan did not see it).</summary>
    public int FaqLevel(FaqBlock faq) => FaqLevels.TryGetValue(faq, out var level) ? level : 3;
    public IEnumerable<ChapterDivision> Chapters => Divisions.OfType<ChapterDivision>();
    public FaqDivision? Faq => Divisions.OfType<FaqDivision>().SingleOrDefault();
    public GlossaryDivision? Glossary => Divisions.OfType<GlossaryDivision>().SingleOrDefault();
    public IndexDivision? Index => Divisions.OfType<IndexDivision>().SingleOrDefault();
    /// <summary>The lists of figures and of tables book.yml asks for (those with entries), in order.</summary>
    public IEnumerable<CaptionListDivision> CaptionLists => Divisions.OfType<CaptionListDivision>();

    /// <summary>The number and label of the figure or table with anchor id <paramref name="id"/>, or null when it has none.</summary>
    public NumberedCaption? CaptionOf(string? id) => id is not null && CaptionsById.TryGetValue(id, out var caption) ? caption : null;

    /// <summary>The label a cross-reference prints ("Figure 3.1", "Section 2.3").</summary>
    /// <exception cref="InvalidOperationException">The target has no label: the manuscript check lets no such reference through.</exception>
    public string LabelOf(CrossRefInline reference) =>
        ReferenceLabels.TryGetValue(reference.TargetId, out var label) ? label
            : throw new InvalidOperationException($"the cross-reference to '{reference.TargetId}' has no label in the plan");

    /// <summary>Plain text with cross-references as their labels.</summary>
    public string Plain(IEnumerable<Inline> inlines) => InlineText.Plain(inlines, LabelOf);

    /// <summary>The chapters, the FAQ and the glossary: the divisions the manuscript writes.</summary>
    public IEnumerable<PlannedDivision> Body => Divisions.Where(d => d.Matter != Matter.Front);

    /// <summary>The contents entry of a chapter, the FAQ or the glossary.</summary>
    public ContentsEntry ContentsOf(PlannedDivision division) =>
        Contents.FirstOrDefault(e => e.TargetId == division.Id) ?? throw new ArgumentException($"the division {division.Id} has no contents entry", nameof(division));

    /// <summary>The division that holds anchor <paramref name="anchorId"/>, or null when the book has no such anchor.</summary>
    public PlannedDivision? DivisionOf(string anchorId) =>
        Book.Anchors.TryGetValue(anchorId, out var anchor) ? Divisions.FirstOrDefault(d => d.Id == anchor.DivisionId && d.Matter != Matter.Front) : null;
}
