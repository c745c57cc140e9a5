using BookBuilder.Epub.Content;
using BookBuilder.Model;

namespace BookBuilder.Epub.Pages;

/// <summary>The title page: ornament, title, subtitle, authors and publisher.</summary>
internal static class TitlePage
{
    public static byte[] Write(Book book, EpubFileMap map)
    {
        var m = book.Metadata;
        return XhtmlWriter.Page(book, map, EpubFileMap.TitlePage, m.FullTitle, "frontmatter", w =>
        {
            w.Start("section").EpubType("titlepage").Class("titlepage").Line();
            if (!string.IsNullOrWhiteSpace(m.Ornament))
                w.Ornament(m.Ornament, "ornament title-ornament").Line();
            w.Start("h1").Class("title").EpubType("fulltitle");
            w.Start("span").EpubType("title").Class("main-title").Text(m.Title).End();
            if (!string.IsNullOrWhiteSpace(m.Subtitle))
            {
                w.Start("br").EndVoid();
                w.Start("span").EpubType("subtitle").Class("subtitle").Text(m.Subtitle).End();
            }
            w.End().Line();
            if (m.Creators.Count > 0)
                w.Start("p").Class("author").Text(string.Join(", ", m.Creators.Select(c => c.Name))).End().Line();
            if (!string.IsNullOrWhiteSpace(m.Publisher))
                w.Start("p").Class("publisher").Text(m.Publisher).End().Line();
            w.End().Line();
        });
    }
}
