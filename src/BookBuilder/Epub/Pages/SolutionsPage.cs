using BookBuilder.Epub.Content;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>The Solutions appendix: the solutions of each chapter under the chapter's name, each linking back to its exercise.</summary>
internal static class SolutionsPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map, SolutionsDivision division) =>
        XhtmlWriter.Page(plan, map, EpubFileMap.SolutionsPage, division.PlainTitle, "backmatter", w =>
        {
            w.Start("section").EpubType("appendix").Role("doc-appendix").Class("solutions").Id(division.Id).PageBreaks(division).Line();
            w.Start("h1");
            InlineRenderer.Write(w, division.Title);
            w.End().Line();
            foreach (var group in division.Groups)
            {
                w.Start("section").Class("solutions-chapter").PageBreaks(group).Line();
                w.Start("h2").Text(group.Heading).End().Line();
                foreach (var exercise in group.Exercises) ExerciseRenderer.Solution(w, exercise);
                w.End().Line();
            }
            w.End().Line();
        });
}
