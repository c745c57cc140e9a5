using System.Globalization;
using BookBuilder.Epub.Content;
using BookBuilder.Model;

namespace BookBuilder.Epub.Pages;

/// <summary>The copyright page: rights, edition, identifier and date of publication.</summary>
internal static class CopyrightPage
{
    public static byte[] Write(Book book, EpubFileMap map)
    {
        var m = book.Metadata;
        return XhtmlWriter.Page(book, map, EpubFileMap.CopyrightPage, EpubLabels.Copyright, "frontmatter", w =>
        {
            w.Start("section").EpubType("copyright-page").Class("copyright").Line();
            w.Start("h1").Class("copyright-title").Text(m.FullTitle).End().Line();
            if (m.Creators.Count > 0)
                Para(w, EpubLabels.By + " " + string.Join(", ", m.Creators.Select(c => c.Name)));
            if (!string.IsNullOrWhiteSpace(m.Rights)) Para(w, m.Rights);
            if (!string.IsNullOrWhiteSpace(m.Edition)) Para(w, $"{EpubLabels.Edition}: {m.Edition}");
            if (!string.IsNullOrWhiteSpace(m.Publisher)) Para(w, m.Publisher);
            Para(w, $"{EpubLabels.Published}: {m.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
            Para(w, $"{EpubLabels.Identifier}: {m.Identifier}");
            w.End().Line();
        });
    }

    private static void Para(XhtmlWriter w, string text) => w.Start("p").Text(text).End().Line();
}
