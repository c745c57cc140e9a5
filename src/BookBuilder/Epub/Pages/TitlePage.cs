using BookBuilder.Epub.Content;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>The title page: ornament, title, subtitle, byline and publisher.</summary>
internal static class TitlePage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map)
    {
        var page = plan.TitlePage;
        return XhtmlWriter.Page(plan, map, EpubFileMap.TitlePage, plan.Metadata.FullTitle, "frontmatter", w =>
        {
            w.Start("section").EpubType("titlepage").Class("titlepage").Line();
            if (plan.Divisions.FirstOrDefault(d => d.Kind == DivisionKind.TitlePage) is { } division) w.PageBreaks(division);
            if (page.Ornament is { } ornament) w.Ornament(ornament, "ornament title-ornament").Line();
            w.Start("h1").Class("title").EpubType("fulltitle");
            w.Start("span").EpubType("title").Class("main-title").Text(page.Title).End();
            if (page.Subtitle is { } subtitle)
            {
                w.Start("br").EndVoid();
                // The ARIA role with the epub:type, as assistive technology reads roles (Ace: epub-type-has-matching-role).
                w.Start("span").EpubType("subtitle").Role("doc-subtitle").Class("subtitle").Text(subtitle).End();
            }
            w.End().Line();
            if (page.Series is { } series) w.Start("p").Class("series").Text(series).End().Line();
            if (page.Byline.Length > 0) w.Start("p").Class("author").Text(page.Byline).End().Line();
            if (page.Publisher is { } publisher) w.Start("p").Class("publisher").Text(publisher).End().Line();
            w.End().Line();
        });
    }
}
