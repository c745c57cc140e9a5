using BookBuilder.Epub.Content;
using BookBuilder.Model;

namespace BookBuilder.Epub.Navigation;

/// <summary>nav.xhtml: the EPUB 3 table of contents and the landmarks.</summary>
internal static class NavDocument
{
    /// <summary>Id of the toc nav element, the target of the toc landmark.</summary>
    public const string TocId = "toc";

    public static byte[] Write(Book book, EpubFileMap map, IReadOnlyList<TocEntry> toc, bool hasCover) =>
        XhtmlWriter.Page(book, map, EpubFileMap.Nav, EpubLabels.Contents, "frontmatter", w =>
        {
            w.Start("nav").EpubType("toc").Role("doc-toc").Id(TocId).Line();
            w.Start("h1").Text(EpubLabels.Contents).End().Line();
            List(w, toc);
            w.End().Line();

            w.Start("nav").EpubType("landmarks").Attr("hidden", "hidden").Line();
            w.Start("h2").Text(EpubLabels.Landmarks).End().Line();
            w.Start("ol").Line();
            foreach (var (type, href, label) in Landmarks(book, map, hasCover))
                w.Start("li").Start("a").EpubType(type).Attr("href", href).Text(label).End().End().Line();
            w.End().Line();
            w.End().Line();
        });

    private static void List(XhtmlWriter w, IReadOnlyList<TocEntry> entries)
    {
        w.Start("ol").Line();
        foreach (var entry in entries)
        {
            w.Start("li").Start("a").Attr("href", entry.Href).Text(entry.Label).End();
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
    public static IEnumerable<(string Type, string Href, string Label)> Landmarks(Book book, EpubFileMap map, bool hasCover)
    {
        if (hasCover) yield return ("cover", EpubFileMap.CoverPage, EpubLabels.Cover);
        yield return ("titlepage", EpubFileMap.TitlePage, EpubLabels.TitlePage);
        yield return ("copyright-page", EpubFileMap.CopyrightPage, EpubLabels.Copyright);
        yield return ("toc", EpubFileMap.Href(EpubFileMap.Nav, TocId, ""), EpubLabels.Contents);
        var firstBody = book.Chapters.FirstOrDefault(c => c.Kind != DivisionKind.Preface) ?? book.Chapters.FirstOrDefault();
        if (firstBody is not null) yield return ("bodymatter", map.ChapterFile(firstBody), EpubLabels.StartOfContent);
        if (book.Faq is { } faq) yield return ("appendix", EpubFileMap.FaqPage, TableOfContents.NonEmpty(faq.PlainTitle, EpubLabels.Faq));
        if (book.Glossary is { } g) yield return ("glossary", EpubFileMap.GlossaryPage, TableOfContents.NonEmpty(g.PlainTitle, EpubLabels.Glossary));
    }
}
