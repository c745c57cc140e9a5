using System.Globalization;

namespace BookBuilder.Pdf.Layout;

/// <summary>
/// A list of page references as a book prints them: each page once, in page order, runs of
/// consecutive pages merged ("2, 5–7, 12"); each item keeps the anchor of its first reference,
/// which its link leads to.
/// </summary>
public static class PageRanges
{
    /// <summary>One printed item: "5" or "5–7", and the anchor its link leads to.</summary>
    public readonly record struct Item(string Text, string AnchorId, int First);

    /// <summary>
    /// The items for <paramref name="references"/> (anchor id and page label, in reading order);
    /// references whose page is not known yet, or not a number, are left out.
    /// </summary>
    public static IReadOnlyList<Item> Of(IEnumerable<(string AnchorId, string? Page)> references)
    {
        var firstOnPage = new SortedDictionary<int, string>();
        foreach (var (anchor, page) in references)
            if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                firstOnPage.TryAdd(number, anchor);
        var items = new List<Item>();
        int? start = null, end = null;
        string? anchorOfStart = null;
        foreach (var (page, anchor) in firstOnPage)
        {
            if (end == page - 1) { end = page; continue; }
            if (start is { } s) items.Add(Make(s, end!.Value, anchorOfStart!));
            (start, end, anchorOfStart) = (page, page, anchor);
        }
        if (start is { } last) items.Add(Make(last, end!.Value, anchorOfStart!));
        return items;
    }

    private static Item Make(int first, int last, string anchor) => new(
        first == last ? Number(first) : $"{Number(first)}\u2013{Number(last)}", anchor, first);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
