using BookBuilder.Epub.Content;
using BookBuilder.Plan;
using BookBuilder.Plan.Index;

namespace BookBuilder.Epub.Pages;

/// <summary>
/// The index with the semantics of EPUB Indexes 1.0: letter groups, entry lists, each entry's
/// term, its locators (a link to every place, named by its section, its definition in bold) and
/// its cross-references ("see", "see also") linked to the entries they name.
/// </summary>
internal static class IndexPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map, IndexDivision division) =>
        XhtmlWriter.Page(plan, map, EpubFileMap.IndexPage, division.PlainTitle, "backmatter", w =>
        {
            w.Start("section").EpubType("index").Role("doc-index").Class("index").Id(division.Id).PageBreaks(division).Line();
            w.Start("h1").Text(division.PlainTitle).End().Line();
            foreach (var group in division.Index.Groups)
            {
                w.Start("section").EpubType("index-group").Class("index-group").PageBreaks(group).Line();
                w.Start("h2").Text(group.Label).End().Line();
                Entries(w, plan, division.Index, group.Entries);
                w.End().Line();
            }
            w.End().Line();
        });

    private static void Entries(XhtmlWriter w, BookPlan plan, BookIndex index, IReadOnlyList<IndexEntry> entries)
    {
        w.Start("ul").EpubType("index-entry-list").Class("index-entries").Line();
        foreach (var entry in entries)
        {
            w.Start("li").EpubType("index-entry").Id(entry.Id).PageBreaks(entry);
            w.Start("span").EpubType("index-term").Text(entry.Term).End();
            var printed = Locators(w, entry);
            References(w, plan.Labels.See, "index-xref-preferred", entry.See, index, ref printed);
            References(w, plan.Labels.SeeAlso, "index-xref-related", entry.SeeAlso, index, ref printed);
            if (entry.SubEntries.Count > 0)
            {
                w.Line();
                Entries(w, plan, index, entry.SubEntries);
            }
            w.End().Line();
        }
        w.End().Line();
    }

    /// <summary>A link to each place, once per place (two marks in one section lead to the first).</summary>
    private static bool Locators(XhtmlWriter w, IndexEntry entry)
    {
        var any = false;
        foreach (var locator in entry.Locators.DistinctBy(l => (l.Place, l.IsDefinition)))
        {
            if (w.Map.DivisionFile(locator.DivisionId) is not { } file) continue;
            w.Text(", ");
            w.Start("a").EpubType("index-locator").Attr("href", EpubFileMap.Href(file, locator.AnchorId, w.File));
            if (locator.IsDefinition) w.Start("strong").Text(locator.Place).End();
            else w.Text(locator.Place);
            w.End();
            any = true;
        }
        return any;
    }

    /// <summary>", see River" after the term alone, "; see also Delta" after places; each heading a link to its entry.</summary>
    private static void References(XhtmlWriter w, string label, string type, IReadOnlyList<string> headings, BookIndex index, ref bool printed)
    {
        if (headings.Count == 0) return;
        w.Text(printed ? "; " : ", ").Start("em").Text(label).End().Text(" ");
        printed = true;
        for (var i = 0; i < headings.Count; i++)
        {
            if (i > 0) w.Text("; ");
            var target = index.Find(headings[i]);
            if (target is null) w.Text(headings[i]);
            else w.Start("a").EpubType(type).Attr("href", "#" + AnchorIds.Fragment(target.Id)).Text(headings[i]).End();
        }
    }
}
