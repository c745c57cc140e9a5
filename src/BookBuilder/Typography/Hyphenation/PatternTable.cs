namespace BookBuilder.Typography.Hyphenation;

/// <summary>
/// Liang patterns keyed by their letters, each with the inter-letter values (length + 1).
/// Lookups use span keys so scanning a word allocates nothing.
/// </summary>
internal sealed class PatternTable
{
    private readonly Dictionary<string, byte[]> _patterns;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PatternTable(Dictionary<string, byte[]> patterns)
    {
        _patterns = patterns;
        _lookup = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in patterns.Keys) MaxLength = Math.Max(MaxLength, key.Length);
    }

    public int Count => _patterns.Count;
    public int MaxLength { get; }

    public bool TryGet(ReadOnlySpan<char> letters, out byte[] values) => _lookup.TryGetValue(letters, out values!);

    /// <summary>
    /// Parses one pattern such as <c>.ad1d4</c> into its letters (".add") and values
    /// ([0,0,0,1,4]). Returns false for lines that are not patterns (Hunspell's non-standard
    /// "/" replacements are skipped: the builder only inserts plain hyphens).
    /// </summary>
    public static bool TryParse(string line, out string letters, out byte[] values)
    {
        letters = "";
        values = [];
        if (line.Length == 0 || line.Contains('/')) return false;
        var chars = new List<char>(line.Length);
        var vals = new List<byte> { 0 };
        foreach (var c in line)
        {
            if (c is >= '0' and <= '9')
            {
                vals[^1] = (byte)(c - '0');
            }
            else
            {
                chars.Add(char.ToLowerInvariant(c));
                vals.Add(0);
            }
        }
        if (chars.Count == 0) return false;
        letters = new string(chars.ToArray());
        values = vals.ToArray();
        return true;
    }
}
