using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Plan;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout;

/// <summary>
/// Exercises, solutions, review questions and questions and answers in a chapter, in the PDF:
/// each a ruled box tagged as a section whose first paragraph is its label, as a callout is. An
/// exercise's label ("Exercise 2.3: Title") is the anchor its solution links back to; the link to
/// its solution is a cross-reference, which prints the solution's page when it is on another page
/// (and is plain text in print).
/// </summary>
public sealed partial class BlockBuilder
{
    private BookLabels Labels => references?.Plan.Labels ?? BookLabels.English;

    private LayoutElement Exercise(ExerciseBlock exercise, TextContext context)
    {
        var plan = references?.Plan ?? throw new InvalidOperationException("an exercise needs the book plan to be set");
        var numbered = plan.ExerciseOf(exercise);
        var inner = InLanguage(context, exercise.Language) with { IndentParagraphs = false, ParagraphGap = theme.BlockGap / 2 };
        var entries = new List<Entry> { new(LabelParagraph(numbered.Label, exercise.Title, context, exercise.Language, exercise.Source, [exercise.Id], exercise, exercise.Blocks.Count > 0), KeepWithNext: true) };
        AddBlocks(entries, exercise.Blocks, inner);
        if (exercise.Hint is { } hint)
        {
            var hintEntries = new List<Entry> { new(LabelParagraph(Labels.Hint, null, context, exercise.Language, hint.Source, null, hint, true), KeepWithNext: true) };
            AddBlocks(hintEntries, hint.Blocks, inner);
            entries.Add(new(Space(theme.BlockGap / 2, context)));
            entries.Add(new(Tagged(new ColumnElement(Fold(hintEntries)), StructRole.Sect)));
        }
        if (numbered.Solution is { } solution)
        {
            var flow = Ragged(context.Flow.Style.WithItalic(), context.Flow.Leading, theme.TextColor, hyphenate: true);
            var link = Paragraph([new CrossRefInline(solution.Id, "to-" + solution.Id)], flow, SplitRules.Unbreakable, exercise.Source, node: numbered);
            entries.Add(new(Space(theme.BlockGap / 2, context)));
            entries.Add(new(new TaggedElement(link, new StructTag(StructRole.P) { Lang = exercise.Language is null ? null : plan.Metadata.Language })));
        }
        return Boxed(entries, exercise.Language, 2.5f, context);
    }

    /// <summary>A solution where the plan puts it: its label, a link back to its exercise, its blocks; ruled down the left.</summary>
    public LayoutElement Solution(NumberedExercise exercise, TextContext context)
    {
        var solution = exercise.Solution ?? throw new ArgumentException($"the exercise '{exercise.Exercise.Id}' has no solution in this edition", nameof(exercise));
        var language = exercise.Exercise.Language;
        var label = new List<Inline>
        {
            new EmphasisInline(EmphasisKind.Bold, [new TextInline(exercise.SolutionLabel!)]),
            new TextInline(" (\u2190\u00A0"),
            new CrossRefInline(exercise.Exercise.Id, "back-" + exercise.Exercise.Id),
            new TextInline(")"),
        };
        var labelFlow = Ragged(context.Flow.Style, context.Flow.Leading, theme.TextColor, hyphenate: true);
        var labelTag = new StructTag(StructRole.P) { Lang = language is null ? null : references?.Plan.Metadata.Language };
        LayoutElement head = new TaggedElement(Paragraph(label, labelFlow, SplitRules.Unbreakable, solution.Source, [solution.Id], solution), labelTag);
        head = new ColumnElement([head, Space(theme.BlockGap / 2, context)]);
        var entries = new List<Entry> { new(head, KeepWithNext: true) };
        AddBlocks(entries, solution.Blocks, InLanguage(context, language) with { IndentParagraphs = false, ParagraphGap = theme.BlockGap / 2 });
        return new TaggedElement(new ColumnElement(Fold(entries)), new StructTag(StructRole.Sect) { Lang = language });
    }

    private LayoutElement Review(ReviewBlock review, TextContext context)
    {
        var entries = new List<Entry> { new(LabelParagraph(review.Title ?? Labels.Review, null, context, null, review.Source, null, review, review.Blocks.Count > 0), KeepWithNext: true) };
        AddBlocks(entries, review.Blocks, context with { IndentParagraphs = false, ParagraphGap = theme.BlockGap / 2 });
        return Boxed(entries, null, 2.5f, context);
    }

    /// <summary>Questions and answers in a chapter: each question a heading bound to its answer, as in the FAQ appendix.</summary>
    private LayoutElement Faq(FaqBlock faq, TextContext context)
    {
        var level = references?.Plan.FaqLevel(faq) ?? 3;
        var inner = context with { IndentParagraphs = false, ParagraphGap = theme.BlockGap / 2 };
        var entries = new List<Entry> { new(LabelParagraph(faq.Title ?? Labels.FaqInChapter, null, context, null, faq.Source, null, faq, true), KeepWithNext: true) };
        AddBlocks(entries, faq.Intro, inner);
        var questionStyle = new TextStyle(theme.HeadingFamily, theme.BodySize, Bold: true);
        var questionFlow = Ragged(questionStyle, theme.BodyLeading, theme.HeadingColor, hyphenate: true);
        foreach (var entry in faq.Entries)
        {
            if (entries.Count > 1) entries.Add(new(Space(theme.BlockGap / 2, context)));
            var question = Tagged(Paragraph(entry.Question, questionFlow, SplitRules.Unbreakable, entry.Source, [entry.Id], entry), StructRoles.Heading(level));
            entries.Add(new(new HeadingElement([question], [], theme.BodyLeading * 0.2f, grid: GridOf(context)), KeepWithNext: true));
            entries.Add(new(Column(entry.Answer, inner)));
        }
        return Boxed(entries, null, 2.5f, context);
    }

    /// <summary>A label in bold with the author's title after it, tagged as a paragraph in the book's language.</summary>
    private LayoutElement LabelParagraph(string label, string? title, TextContext context, string? language, SourceSpan source, IEnumerable<string>? anchors, object node, bool gapAfter)
    {
        var inlines = new List<Inline> { new EmphasisInline(EmphasisKind.Bold, [new TextInline(label)]) };
        if (title is not null) inlines.Add(new TextInline(": " + title));
        var flow = Ragged(context.Flow.Style, context.Flow.Leading, theme.TextColor, hyphenate: true);
        var tag = new StructTag(StructRole.P) { Lang = language is null ? null : references?.Plan.Metadata.Language };
        LayoutElement head = new TaggedElement(Paragraph(inlines, flow, SplitRules.Unbreakable, source, anchors, node), tag);
        return gapAfter ? new ColumnElement([head, Space(theme.BlockGap / 2, context)]) : head;
    }

    /// <summary>Entries in a ruled box, tagged as a section in <paramref name="language"/>, on the baseline grid of <paramref name="context"/> as a callout is.</summary>
    private LayoutElement Boxed(List<Entry> entries, string? language, float leftRule, TextContext context)
    {
        var box = new BoxElement(new ColumnElement(Fold(entries)), theme.BodySize * 0.7f, 0.5f, leftRule, theme.RuleColor, GridOf(context));
        return new TaggedElement(box, new StructTag(StructRole.Sect) { Lang = language });
    }
}
