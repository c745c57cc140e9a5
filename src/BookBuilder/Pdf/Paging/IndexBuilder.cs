using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Plan;
using BookBuilder.Plan.Index;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// The index in print: its opening across the measure, then the entries in two columns, each
/// letter group under its letter. An entry is its term and its pages ("Cold War, 2, 5–7, 18",
/// the glossary's definition in bold), each page a link to the place; sub-entries are indented
/// under it; "see" and "see also" in italic link to the entries they name. Wrapped lines hang.
/// Tagged as an Index: each letter an H2, its entries a list (L, LI, LBody), an entry's
/// sub-entries a list inside its body. Entries are separate elements (a column or a page may end
/// between any two), so each carries the tags of the lists and items it is in.
/// </summary>
public sealed class IndexBuilder(BlockBuilder blocks, BookPlan plan)
{
    private Theme Theme => blocks.Theme;

    /// <summary>The flow of the index, after <paramref name="opening"/>.</summary>
    public LayoutElement Flow(IndexDivision division, LayoutElement opening)
    {
        var entries = new List<BlockBuilder.Entry>();
        var letterFlow = blocks.Ragged(new TextStyle(Theme.HeadingFamily, Theme.SmallSize * 1.15f, Bold: true), Theme.SmallLeading * 1.4f, Theme.HeadingColor);
        foreach (var group in division.Index.Groups)
        {
            if (entries.Count > 0) entries.Add(new(new SpacerElement(Theme.SmallLeading * 0.8f)));
            entries.Add(new(BlockBuilder.Tagged(blocks.Paragraph(group.Label, letterFlow, SplitRules.Unbreakable, node: group), StructRole.H2), KeepWithNext: true));
            var list = new StructTag(StructRole.L);
            foreach (var entry in group.Entries) AddEntry(entries, entry, 0, division.Index, [list]);
        }
        var columns = BlockBuilder.Tagged(new ColumnsElement(new ColumnElement(BlockBuilder.Fold(entries)), 2, Theme.BodySize * 1.5f), StructRole.Index);
        return new ColumnElement(BlockBuilder.Fold([new(opening, KeepWithNext: true), new(columns)]));
    }

    /// <param name="within">The tags of the lists and items the entry is in, outermost first; the last is its list.</param>
    private void AddEntry(List<BlockBuilder.Entry> entries, IndexEntry entry, int level, BookIndex index, IReadOnlyList<StructTag> within)
    {
        var hang = Theme.SmallSize * 1.2f;
        var indent = level * Theme.SmallSize * 1.2f;
        var flow = blocks.Ragged(new TextStyle(Theme.BodyFamily, Theme.SmallSize), Theme.SmallLeading, Theme.TextColor) with { FirstLineIndent = -hang };
        var text = blocks.Paragraph(Inlines(entry, index), flow, SplitRules.Unbreakable, default, [entry.Id], entry);
        StructTag[] item = [.. within, new StructTag(StructRole.LI), new StructTag(StructRole.LBody)];
        LayoutElement tagged = BlockBuilder.Tagged(new IndentElement(text, indent + hang, 0), StructRole.P);
        for (var i = item.Length - 1; i >= 0; i--) tagged = new TaggedElement(tagged, item[i]);
        // A heading with sub-entries keeps its first one with it.
        entries.Add(new(tagged, KeepWithNext: entry.SubEntries.Count > 0));
        if (entry.SubEntries.Count == 0) return;
        StructTag[] sublist = [.. item, new StructTag(StructRole.L)];
        foreach (var sub in entry.SubEntries) AddEntry(entries, sub, level + 1, index, sublist);
    }

    /// <summary>"Term, 2, 5–7, 18; see also Other": the pages known so far, the definition's in bold.</summary>
    private List<Inline> Inlines(IndexEntry entry, BookIndex index)
    {
        var pages = blocks.References?.Pages ?? PageLookup.None;
        var inlines = new List<Inline> { new TextInline(entry.Term) };
        var places = PageRanges.Of(entry.Locators.Where(l => !l.IsDefinition).Select(l => (l.AnchorId, pages.PageOf(l.AnchorId))));
        var definitions = PageRanges.Of(entry.Locators.Where(l => l.IsDefinition).Select(l => (l.AnchorId, pages.PageOf(l.AnchorId))));
        foreach (var item in places) inlines.AddRange([new TextInline(", "), Link(item)]);
        foreach (var item in definitions) inlines.AddRange([new TextInline(", "), new EmphasisInline(EmphasisKind.Bold, [Link(item)])]);
        var printed = places.Count + definitions.Count > 0;
        References(inlines, plan.Labels.See, entry.See, index, ref printed);
        References(inlines, plan.Labels.SeeAlso, entry.SeeAlso, index, ref printed);
        return inlines;
    }

    private static LinkInline Link(PageRanges.Item item) => new("#" + item.AnchorId, item.AnchorId, null, [new TextInline(item.Text)]);

    /// <summary>", see River" after the term alone, "; see also Delta" after pages; each heading a link to its entry.</summary>
    private static void References(List<Inline> inlines, string label, IReadOnlyList<string> headings, BookIndex index, ref bool printed)
    {
        if (headings.Count == 0) return;
        inlines.Add(new TextInline(printed ? "; " : ", "));
        inlines.Add(new EmphasisInline(EmphasisKind.Italic, [new TextInline(label)]));
        inlines.Add(new TextInline(" "));
        for (var i = 0; i < headings.Count; i++)
        {
            if (i > 0) inlines.Add(new TextInline("; "));
            inlines.Add(index.Find(headings[i]) is { } target
                ? new LinkInline("#" + target.Id, target.Id, null, [new TextInline(headings[i])])
                : new TextInline(headings[i]));
        }
        printed = true;
    }
}
