using BookBuilder.Epub.Content;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>The copyright page: credits, rights, edition, publication and identifier, a paragraph each.</summary>
internal static class CopyrightPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map) =>
        XhtmlWriter.Page(plan, map, EpubFileMap.CopyrightPage, plan.Labels.Copyright, "frontmatter", w =>
        {
            w.Start("section").EpubType("copyright-page").Class("copyright").Line();
            if (plan.Divisions.FirstOrDefault(d => d.Kind == DivisionKind.Copyright) is { } division) w.PageBreaks(division);
            w.Start("h1").Class("copyright-title").Text(plan.Copyright.Title).End().Line();
            foreach (var line in plan.Copyright.Paragraphs.SelectMany(p => p))
                w.Start("p").Text(line).End().Line();
            w.End().Line();
        });
}
