namespace BookBuilder.Pdf.Output;

/// <summary>Numbering style of a page label range (the /S entry of a PDF page label).</summary>
public enum PageLabelStyle { None, Decimal, LowerRoman }

/// <summary>
/// A run of pages whose labels count up in one style from <see cref="Start"/>, or a single page
/// with a literal label (<see cref="Prefix"/> and style None), or unlabelled pages (neither).
/// </summary>
public readonly record struct PageLabelRange(int FirstPage, PageLabelStyle Style, int Start, string? Prefix);

/// <summary>
/// Turns the label of every page ("i", "ii", "1", "2", null for an unnumbered page) into the
/// fewest /PageLabels ranges that reproduce them, so viewers show the book's own page numbers.
/// </summary>
public static class PageLabelRanges
{
    public static IReadOnlyList<PageLabelRange> Compute(IReadOnlyList<string?> labels)
    {
        var ranges = new List<PageLabelRange>();
        PageLabelStyle prevStyle = PageLabelStyle.None;
        int prevValue = 0;
        string? prevLiteral = null;
        for (int page = 0; page < labels.Count; page++)
        {
            var (style, value) = Parse(labels[page]);
            bool continues = page > 0 && style == prevStyle && (style == PageLabelStyle.None
                ? labels[page] is null && prevLiteral is null
                : value == prevValue + 1);
            if (!continues)
                ranges.Add(new PageLabelRange(page, style, style == PageLabelStyle.None ? 0 : value,
                    style == PageLabelStyle.None ? labels[page] : null));
            prevStyle = style;
            prevValue = value;
            prevLiteral = style == PageLabelStyle.None ? labels[page] : null;
        }
        return ranges;
    }

    /// <summary>The label a range gives its <paramref name="offset"/>-th page (for checks and tests).</summary>
    public static string Label(PageLabelRange range, int offset) => range.Style switch
    {
        PageLabelStyle.Decimal => (range.Start + offset).ToString(System.Globalization.CultureInfo.InvariantCulture),
        PageLabelStyle.LowerRoman => ToRoman(range.Start + offset),
        _ => range.Prefix ?? "",
    };

    private static (PageLabelStyle, int) Parse(string? label)
    {
        if (string.IsNullOrEmpty(label)) return (PageLabelStyle.None, 0);
        if (label[0] != '0' && label.Length <= 9 && label.All(char.IsAsciiDigit))
            return (PageLabelStyle.Decimal, int.Parse(label, System.Globalization.CultureInfo.InvariantCulture));
        var roman = FromRoman(label);
        if (roman > 0 && ToRoman(roman) == label) return (PageLabelStyle.LowerRoman, roman);
        return (PageLabelStyle.None, 0);
    }

    private static readonly (int Value, string Numeral)[] Numerals =
    [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ];

    private static string ToRoman(int n)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (value, numeral) in Numerals)
            while (n >= value) { sb.Append(numeral); n -= value; }
        return sb.ToString();
    }

    private static int FromRoman(string s)
    {
        int total = 0, i = 0;
        foreach (var (value, numeral) in Numerals)
            while (string.CompareOrdinal(s, i, numeral, 0, numeral.Length) == 0 && i + numeral.Length <= s.Length)
            {
                total += value;
                i += numeral.Length;
            }
        return i == s.Length ? total : 0;
    }
}
