using BookBuilder.Pdf.Output.Syntax;

namespace BookBuilder.Pdf.Output.Document;

/// <summary>
/// The outline (bookmarks): entries nest under the nearest earlier entry of a lower level;
/// chapters are open, deeper entries closed. Every item with children has /Count (positive when
/// open: the entries shown under it; negative when closed).
/// </summary>
internal static class OutlineWriter
{
    private sealed class Item(OutlineEntry entry)
    {
        public OutlineEntry Entry { get; } = entry;
        public List<Item> Children { get; } = [];
        public int Number { get; set; }
        public bool Open => Entry.Level == 0;
        /// <summary>Entries visible under this one when it is open.</summary>
        public int Visible => Children.Sum(c => 1 + (c.Open ? c.Visible : 0));
    }

    /// <summary>Writes the outline; returns the /Outlines object number, or null when there are no entries.</summary>
    public static int? Write(PdfFile file, IReadOnlyList<OutlineEntry> entries, IReadOnlyList<int> pageObjects, IReadOnlyList<float> pageHeights)
    {
        if (entries.Count == 0) return null;
        var roots = new List<Item>();
        var parents = new Stack<Item>();
        foreach (var entry in entries)
        {
            while (parents.Count > 0 && parents.Peek().Entry.Level >= entry.Level) parents.Pop();
            var item = new Item(entry);
            (parents.Count == 0 ? roots : parents.Peek().Children).Add(item);
            parents.Push(item);
        }
        int outlines = file.Reserve();
        Number(roots, file);
        var b = new PdfBuffer(256);
        WriteLevel(file, b, roots, outlines, pageObjects, pageHeights);
        b.Clear();
        b.Raw("<</Type/Outlines/First ").Int(roots[0].Number).Raw(" 0 R/Last ").Int(roots[^1].Number)
            .Raw(" 0 R/Count ").Int(roots.Sum(r => 1 + (r.Open ? r.Visible : 0))).Raw(">>");
        file.Object(outlines, b);
        return outlines;
    }

    private static void Number(List<Item> items, PdfFile file)
    {
        foreach (var item in items)
        {
            item.Number = file.Reserve();
            Number(item.Children, file);
        }
    }

    private static void WriteLevel(PdfFile file, PdfBuffer b, List<Item> items, int parent, IReadOnlyList<int> pageObjects, IReadOnlyList<float> pageHeights)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var e = item.Entry;
            b.Clear();
            b.Raw("<</Title").Text(e.Title).Raw("/Parent ").Int(parent).Raw(" 0 R");
            if (i > 0) b.Raw("/Prev ").Int(items[i - 1].Number).Raw(" 0 R");
            if (i < items.Count - 1) b.Raw("/Next ").Int(items[i + 1].Number).Raw(" 0 R");
            if (item.Children.Count > 0)
            {
                b.Raw("/First ").Int(item.Children[0].Number).Raw(" 0 R/Last ").Int(item.Children[^1].Number).Raw(" 0 R/Count ")
                    .Int(item.Open ? item.Visible : -item.Visible);
            }
            // Frames measure y down from the page top; destinations measure up from the bottom.
            b.Raw("/Dest[").Int(pageObjects[e.PageIndex]).Raw(" 0 R/XYZ 0 ").Num(pageHeights[e.PageIndex] - e.Y).Raw(" null]>>");
            file.Object(item.Number, b);
            WriteLevel(file, b, item.Children, item.Number, pageObjects, pageHeights);
        }
    }
}
