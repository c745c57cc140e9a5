using BookBuilder.Epub.Content;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>
/// A list of figures (epub:type "loi") or of tables ("lot"): each entry its label and caption, a
/// link to the figure or table.
/// </summary>
internal static class CaptionListPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map, CaptionListDivision division)
    {
        var file = EpubFileMap.CaptionListPage(division);
        return XhtmlWriter.Page(plan, map, file, division.PlainTitle, "frontmatter", w =>
        {
            w.Start("section").EpubType(division.Of == CaptionKind.Figure ? "loi" : "lot").Class("caption-list").Id(division.Id).PageBreaks(division).Line();
            w.Start("h1").Text(division.PlainTitle).End().Line();
            w.Start("ol").Class("caption-list-entries").Line();
            foreach (var entry in division.Entries)
            {
                w.Start("li").PageBreaks(entry);
                var href = map.HrefOfAnchor(entry.Id, file);
                if (href is not null) w.Start("a").Attr("href", href);
                w.Start("span").Class("caption-label").Text(entry.Label).End();
                if (entry.PlainCaption.Length > 0) w.Text(" " + plan.Plain(entry.Caption).Trim());
                if (href is not null) w.End();
                w.End().Line();
            }
            w.End().Line();
            w.End().Line();
        });
    }
}
