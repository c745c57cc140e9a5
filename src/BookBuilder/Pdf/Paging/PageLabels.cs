using System.Globalization;
using System.Text;

namespace BookBuilder.Pdf.Paging;

/// <summary>Folio strings: lower-case roman for front matter, arabic for the body.</summary>
public static class PageLabels
{
    public static string Arabic(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Lower-case roman numeral of a positive number (front matter folios).</summary>
    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ReadOnlySpan<(int Value, string Text)> table =
        [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ];
        var sb = new StringBuilder();
        foreach (var (value, text) in table)
            while (number >= value) { sb.Append(text); number -= value; }
        return sb.ToString();
    }
}
