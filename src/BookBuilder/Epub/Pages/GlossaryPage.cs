using System.Globalization;
using BookBuilder.Diagnostics;
using BookBuilder.Epub.Content;
using BookBuilder.Model;

namespace BookBuilder.Epub.Pages;

/// <summary>
/// The glossary as a definition list. Each entry links back to every place the term is used,
/// labelled with the division's title, so a reader can return to where they came from.
/// </summary>
internal static class GlossaryPage
{
    public static byte[] Write(Book book, EpubFileMap map, Glossary glossary) =>
        XhtmlWriter.Page(book, map, EpubFileMap.GlossaryPage, glossary.PlainTitle, "backmatter", w =>
        {
            w.Start("section").EpubType("glossary").Role("doc-glossary").Class("glossary").Id(glossary.Id).Line();
            w.Start("h1");
            InlineRenderer.Write(w, glossary.Title);
            w.End().Line();
            BlockRenderer.Write(w, glossary.Intro);
            if (glossary.Entries.Count > 0)
            {
                w.Start("dl").Class("glossary-list").Line();
                foreach (var entry in glossary.Entries) InputLocationException.At(entry.Source, () => Entry(w, entry));
                w.End().Line();
            }
            FootnoteRenderer.Write(w, glossary.Footnotes);
            w.End().Line();
        });

    private static void Entry(XhtmlWriter w, GlossaryEntry entry)
    {
        w.Start("dt").Id(entry.Id).Start("dfn").Text(entry.Term).End().End().Line();
        w.Start("dd").Line();
        BlockRenderer.Write(w, entry.Definition);
        var links = BackLinks(w, entry);
        if (links.Count > 0)
        {
            w.Start("p").Class("glossary-uses");
            for (var i = 0; i < links.Count; i++)
            {
                if (i > 0) w.Text(" · ");
                w.Start("a").Role("doc-backlink").Attr("href", links[i].Href).Text(links[i].Label).End();
            }
            w.End().Line();
        }
        w.End().Line();
    }

    /// <summary>One link per use; repeated uses in the same division are numbered so the labels differ.</summary>
    private static List<(string Href, string Label)> BackLinks(XhtmlWriter w, GlossaryEntry entry)
    {
        var links = new List<(string Href, string Label)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var use in entry.Uses)
        {
            var file = w.Map.DivisionFile(use.DivisionId);
            if (file is null) continue;
            var count = seen[use.DivisionId] = seen.GetValueOrDefault(use.DivisionId) + 1;
            var label = "↩ " + use.DivisionTitle;
            if (count > 1) label += " (" + count.ToString(CultureInfo.InvariantCulture) + ")";
            links.Add((EpubFileMap.Href(file, use.UseId, w.File), label));
        }
        return links;
    }
}
