using BookBuilder.Diagnostics;
using BookBuilder.Epub.Content;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>
/// The glossary as a definition list. Each entry links back to every place the term is used,
/// labelled with the division's title, so a reader can return to where they came from.
/// </summary>
internal static class GlossaryPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map, GlossaryDivision division)
    {
        var glossary = division.Glossary;
        return XhtmlWriter.Page(plan, map, EpubFileMap.GlossaryPage, division.PlainTitle, "backmatter", w =>
        {
            w.Start("section").EpubType("glossary").Role("doc-glossary").Class("glossary").Id(glossary.Id).PageBreaks(division).Line();
            w.Start("h1");
            InlineRenderer.Write(w, division.Title);
            w.End().Line();
            BlockRenderer.Write(w, glossary.Intro);
            if (glossary.Entries.Count > 0)
            {
                w.Start("dl").Class("glossary-list").Line();
                foreach (var entry in glossary.Entries)
                    InputLocationException.At(entry.Source, () => Entry(w, entry, division.References.GetValueOrDefault(entry.Id, [])));
                w.End().Line();
            }
            FootnoteRenderer.Write(w, glossary.Footnotes);
            w.End().Line();
        });
    }

    private static void Entry(XhtmlWriter w, GlossaryEntry entry, IReadOnlyList<GlossaryReference> references)
    {
        w.Start("dt").EpubType("glossterm").Id(entry.Id).PageBreaks(entry).Start("dfn").Text(entry.Term).End().End().Line();
        w.Start("dd").EpubType("glossdef").Line();
        BlockRenderer.Write(w, entry.Definition);
        var links = BackLinks(w, references);
        if (links.Count > 0)
        {
            w.Start("p").Class("glossary-uses").PageBreaks(references);
            for (var i = 0; i < links.Count; i++)
            {
                if (i > 0) w.Text(" · ");
                w.Start("a").Role("doc-backlink").Attr("href", links[i].Href).Text(links[i].Label).End();
            }
            w.End().Line();
        }
        w.End().Line();
    }

    /// <summary>One link per use, labelled with the plan's label (repeated uses in a division are numbered).</summary>
    private static List<(string Href, string Label)> BackLinks(XhtmlWriter w, IReadOnlyList<GlossaryReference> references) =>
        references.Where(r => w.Map.DivisionFile(r.DivisionId) is not null)
            .Select(r => (EpubFileMap.Href(w.Map.DivisionFile(r.DivisionId)!, r.UseId, w.File), BackArrow.Text + " " + r.Label))
            .ToList();
}
