namespace BookBuilder.Publishing;

/// <summary>
/// A page size of the PDF edition, known by name on the command line and in Cake
/// (<c>a4</c>, <c>letter</c>, and the book trims <c>6x9</c>, <c>5.5x8.5</c>, <c>a5</c>, <c>royal</c>). Parsed once where the name comes in; everything after
/// that passes the value, and the PDF theme maps each size to its page geometry.
/// </summary>
public readonly record struct PageSize
{
    private PageSize(string name) => Name = name;

    /// <summary>A4, 210 × 297 mm.</summary>
    public static PageSize A4 { get; } = new("a4");

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public static PageSize Letter { get; } = new("letter");

    /// <summary>US trade, 6 × 9 in.</summary>
    public static PageSize Trade6x9 { get; } = new("6x9");

    /// <summary>US digest, 5.5 × 8.5 in.</summary>
    public static PageSize Digest { get; } = new("5.5x8.5");

    /// <summary>A5, 148 × 210 mm.</summary>
    public static PageSize A5 { get; } = new("a5");

    /// <summary>Royal, 156 × 234 mm (the British trade size).</summary>
    public static PageSize Royal { get; } = new("royal");

    /// <summary>Every size, A4 (the default) first.</summary>
    public static IReadOnlyList<PageSize> All { get; } = [A4, Letter, Trade6x9, Digest, A5, Royal];

    /// <summary>The name used on the command line, e.g. "6x9".</summary>
    public string Name { get; }

    /// <summary>The size named <paramref name="name"/> (case and surrounding spaces do not matter).</summary>
    public static bool TryParse(string? name, out PageSize size)
    {
        var key = name?.Trim();
        size = All.FirstOrDefault(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase));
        return size.Name is not null;
    }

    /// <summary>The names, as a usage line shows them: "a4|letter|6x9".</summary>
    public static string Names(string separator) => string.Join(separator, All.Select(s => s.Name));

    public override string ToString() => Name ?? "";
}
