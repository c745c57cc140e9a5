using System.Globalization;

namespace BookBuilder.Publishing;

/// <summary>A length given on the command line: a number with <c>pt</c>, <c>in</c> or <c>mm</c> (points when bare).</summary>
public static class PrintLength
{
    /// <summary>The largest bleed accepted: half an inch (printers ask for an eighth of an inch, 3 mm or 5 mm).</summary>
    public const float MaxBleed = 36;

    /// <summary>Reads <paramref name="text"/> as a length in points.</summary>
    public static bool TryParse(string? text, out float points)
    {
        points = 0;
        var t = text?.Trim().ToLowerInvariant() ?? "";
        var (unit, factor) = t.EndsWith("in", StringComparison.Ordinal) ? ("in", 72f)
            : t.EndsWith("mm", StringComparison.Ordinal) ? ("mm", 72f / 25.4f)
            : t.EndsWith("pt", StringComparison.Ordinal) ? ("pt", 1f)
            : ("", 1f);
        if (!float.TryParse(t[..^unit.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        points = value * factor;
        return float.IsFinite(points);
    }
}
