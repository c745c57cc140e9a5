using BookBuilder.Epub.Content;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Navigation;

/// <summary>
/// nav.xhtml: the EPUB 3 table of contents, the landmarks and, when the paged edition's pages
/// are marked, the page list. Written after every other page, so that it lists the markers they hold.
/// </summary>
internal static class NavDocument
{
    /// <summary>Id of the toc nav element, the target of the toc landmark.</summary>
    public const string TocId = "toc";

    public static byte[] Write(BookPlan plan, EpubFileMap map, IReadOnlyList<NavLink> toc, bool hasCover) =>
        XhtmlWriter.Page(plan, map, EpubFileMap.Nav, plan.Labels.Contents, "frontmatter", w =>
        {
            // The printed contents begin here; the pages after its first begin at one of its lines.
            if (plan.Divisions.FirstOrDefault(d => d.Kind == DivisionKind.Contents) is { } contents) w.PageBreaks(contents).Line();
            w.Start("nav").EpubType("toc").Role("doc-toc").Id(TocId).Line();
            w.Start("h1").Text(plan.Labels.Contents).End().Line();
            List(w, toc);
            w.End().Line();

            w.Start("nav").EpubType("landmarks").Attr("hidden", "hidden").Line();
            w.Start("h2").Text(plan.Labels.Landmarks).End().Line();
            w.Start("ol").Line();
            foreach (var (type, href, label) in Landmarks(plan, map, hasCover))
                w.Start("li").Start("a").EpubType(type).Attr("href", href).Text(label).End().End().Line();
            w.End().Line();
            w.End().Line();
            PageList(w, plan, map);
        });

    /// <summary>Every marked page of print, in page order, each a link to its marker.</summary>
    private static void PageList(XhtmlWriter w, BookPlan plan, EpubFileMap map)
    {
        var marked = map.PageBreaks.Marked;
        if (marked.Count == 0) return;
        w.Start("nav").EpubType("page-list").Role("doc-pagelist").Attr("hidden", "hidden").Line();
        w.Start("h2").Text(plan.Labels.PageList).End().Line();
        w.Start("ol").Line();
        // Always with the file's name, also for the contents' own pages: Ace resolves the page list's links by file.
        foreach (var (page, file, id) in marked)
            w.Start("li").Start("a").Attr("href", file + "#" + AnchorIds.Fragment(id)).Text(page.Label).End().End().Line();
        w.End().Line();
        w.End().Line();
    }

    private static void List(XhtmlWriter w, IReadOnlyList<NavLink> entries)
    {
        w.Start("ol").Line();
        foreach (var entry in entries)
        {
            w.Start("li").Start("a").Attr("href", entry.Href);
            if (entry.Entry is { } printed) w.PageBreaks(printed);
            w.Text(entry.Label).End();
            if (entry.Children.Count > 0)
            {
                w.Line();
                List(w, entry.Children);
            }
            w.End().Line();
        }
        w.End().Line();
    }

    /// <summary>The landmarks in reading order: where a reading system's "go to" menu leads.</summary>
    public static IEnumerable<(string Type, string Href, string Label)> Landmarks(BookPlan plan, EpubFileMap map, bool hasCover)
    {
        var labels = plan.Labels;
        if (hasCover) yield return ("cover", EpubFileMap.CoverPage, labels.Cover);
        yield return ("titlepage", EpubFileMap.TitlePage, labels.TitlePage);
        yield return ("copyright-page", EpubFileMap.CopyrightPage, labels.Copyright);
        yield return ("toc", EpubFileMap.Href(EpubFileMap.Nav, TocId, ""), labels.Contents);
        foreach (var list in plan.CaptionLists)
            yield return (list.Of == CaptionKind.Figure ? "loi" : "lot", EpubFileMap.CaptionListPage(list), list.PlainTitle);
        if (plan.Divisions.OfType<ChapterDivision>().FirstOrDefault(d => d.Matter == Matter.Body) is { } firstBody)
            yield return ("bodymatter", map.ChapterFile(firstBody), labels.StartOfContent);
        if (plan.Faq is { } faq) yield return ("appendix", EpubFileMap.FaqPage, faq.PlainTitle);
        if (plan.Glossary is { } g) yield return ("glossary", EpubFileMap.GlossaryPage, g.PlainTitle);
        if (plan.Index is { } i) yield return ("index", EpubFileMap.IndexPage, i.PlainTitle);
    }
}
