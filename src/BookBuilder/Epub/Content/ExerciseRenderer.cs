using System.Globalization;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Content;

/// <summary>
/// Exercises, their solutions, review questions and questions and answers in a chapter, as
/// XHTML. An exercise is a <c>section</c> (<c>epub:type="practice"</c>) under its label
/// ("Exercise 2.3: Title"), its hint an <c>aside</c> (<c>doc-tip</c>) inside it, and, when the
/// edition prints its solution, a link to it; a solution (<c>epub:type="answer"</c>) links back
/// to its exercise (<c>doc-backlink</c>). The labels and numbers are the plan's.
/// </summary>
internal static class ExerciseRenderer
{
    public static void Exercise(XhtmlWriter w, ExerciseBlock exercise)
    {
        var numbered = w.Plan.ExerciseOf(exercise);
        var labels = w.Plan.Labels;
        w.Start("section").Class("exercise").EpubType("practice").Id(exercise.Id)
            .Attr("aria-label", labels.ExerciseHeading(numbered.Label, exercise.Title));
        if (exercise.Language is { } language) w.Lang(language);
        w.PageBreaks(exercise).Line();
        Label(w, numbered.Label, exercise.Title, exercise.Language, "exercise-label");
        BlockRenderer.Write(w, exercise.Blocks);
        if (exercise.Hint is { } hint)
        {
            w.Start("aside").Class("exercise-hint").EpubType("tip").Role("doc-tip").Attr("aria-label", labels.Hint).PageBreaks(hint).Line();
            Label(w, labels.Hint, null, exercise.Language, "exercise-label");
            BlockRenderer.Write(w, hint.Blocks);
            w.End().Line();
        }
        if (numbered.Solution is { } solution && w.Map.HrefOfAnchor(solution.Id, w.File) is { } href)
        {
            w.Start("p").Class("exercise-solution-link");
            if (exercise.Language is not null) w.Lang(w.Plan.Metadata.Language);
            w.PageBreaks(numbered);
            w.Start("a").Class("xref").Attr("href", href).Text(numbered.SolutionLabel!).End();
            w.End().Line();
        }
        w.End();
    }

    /// <summary>A solution where the plan puts it: its label, a link back to its exercise, its blocks.</summary>
    public static void Solution(XhtmlWriter w, NumberedExercise exercise)
    {
        if (exercise.Solution is not { } solution) return;
        InputLocationException.At(solution.Source, () =>
        {
            w.Start("section").Class("solution").EpubType("answer").Id(solution.Id).Attr("aria-label", exercise.SolutionLabel!);
            if (exercise.Exercise.Language is { } language) w.Lang(language);
            w.PageBreaks(solution).Line();
            w.Start("p").Class("exercise-label");
            if (exercise.Exercise.Language is not null) w.Lang(w.Plan.Metadata.Language);
            w.Start("strong").Text(exercise.SolutionLabel!).End();
            if (w.Map.HrefOfAnchor(exercise.Exercise.Id, w.File) is { } back)
            {
                w.Text(" ");
                w.Start("a").Role("doc-backlink").Class("exercise-backlink").Attr("href", back).Text(BackArrow.Text + " " + exercise.Label).End();
            }
            w.End().Line();
            BlockRenderer.Write(w, solution.Blocks);
            w.End().Line();
        });
    }

    /// <summary>Review questions: a section under its label, usually a numbered list.</summary>
    public static void Review(XhtmlWriter w, ReviewBlock review)
    {
        var label = review.Title ?? w.Plan.Labels.Review;
        w.Start("section").Class("review").EpubType("assessment").Attr("aria-label", label).PageBreaks(review).Line();
        Label(w, label, null, null, "review-label");
        BlockRenderer.Write(w, review.Blocks);
        w.End();
    }

    /// <summary>Questions and answers in a chapter, each question a heading as in the FAQ appendix.</summary>
    public static void Faq(XhtmlWriter w, FaqBlock faq)
    {
        var label = faq.Title ?? w.Plan.Labels.FaqInChapter;
        var level = "h" + w.Plan.FaqLevel(faq).ToString(CultureInfo.InvariantCulture);
        w.Start("section").Class("faq-block").EpubType("qna").Role("doc-qna").Attr("aria-label", label).PageBreaks(faq).Line();
        Label(w, label, null, null, "faq-block-label");
        BlockRenderer.Write(w, faq.Intro);
        foreach (var entry in faq.Entries) FaqEntry(w, entry, level);
        w.End();
    }

    /// <summary>
    /// One question and its answer, in the FAQ appendix (<paramref name="heading"/> h2) or in a
    /// chapter (the level under the chapter's headings): the question a heading with its id, the answer below.
    /// </summary>
    public static void FaqEntry(XhtmlWriter w, FaqEntry entry, string heading) =>
        InputLocationException.At(entry.Source, () =>
        {
            w.Start("section").Class("faq-entry").PageBreaks(entry).Line();
            w.Start(heading).Class("faq-question").Id(entry.Id);
            InlineRenderer.Write(w, entry.Question);
            w.End().Line();
            w.Start("div").Class("faq-answer").Line();
            BlockRenderer.Write(w, entry.Answer);
            w.End().Line();
            w.End().Line();
        });

    /// <summary>A bold label and the author's title after it, in the book's language when the passage is in another.</summary>
    private static void Label(XhtmlWriter w, string label, string? title, string? language, string className)
    {
        w.Start("p").Class(className);
        if (language is { } other)
        {
            w.Lang(w.Plan.Metadata.Language);
            if (LanguageDirection.IsRightToLeft(other) && !LanguageDirection.IsRightToLeft(w.Plan.Metadata.Language)) w.Attr("dir", "ltr");
        }
        w.Start("strong").Text(label).End();
        if (title is not null) w.Text(": ").Start("span").Class("exercise-title").Text(title).End();
        w.End().Line();
    }
}
