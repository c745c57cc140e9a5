using System.Collections.Concurrent;
using System.Text;
using BookBuilder.Diagnostics;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Typography.Hyphenation;

/// <summary>
/// Liang's hyphenation over patterns from a LibreOffice/Hunspell <c>.dic</c> file (first line the
/// charset, then patterns; LEFTHYPHENMIN/RIGHTHYPHENMIN honoured, compound and non-standard
/// entries skipped). Thread-safe; results are cached per word.
/// </summary>
public sealed class Hyphenator
{
    private readonly PatternTable? _table;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    /// <summary>Exception words (without hyphens, looked up ignoring case) and their break points.</summary>
    private IReadOnlyDictionary<string, int[]> _exceptions = new Dictionary<string, int[]>();

    private Hyphenator(PatternTable? table, int leftMin, int rightMin)
    {
        _table = table;
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    /// <summary>A hyphenator that never hyphenates.</summary>
    public static Hyphenator None { get; } = new(null, 2, 3);

    /// <summary>Fewest letters before a hyphen.</summary>
    public int LeftMin { get; }
    /// <summary>Fewest letters after a hyphen.</summary>
    public int RightMin { get; }
    /// <summary>Words shorter than this are never hyphenated.</summary>
    public int MinWordLength { get; private init; } = 5;
    /// <summary>
    /// Shortest capitalised word that may be hyphenated. In this kind of book capitalised words are
    /// mostly names: short ones ("Is-rael", "As-sad") read badly when broken, while refusing long
    /// ones ("Czechoslovakia") leaves very loose lines. <see cref="int.MaxValue"/> never hyphenates them.
    /// </summary>
    public int MinCapitalizedLength { get; private init; } = 8;

    /// <summary>A hyphenator over the same patterns with other word rules (and its own cache).</summary>
    public Hyphenator WithOptions(int? minWordLength = null, int? minCapitalizedLength = null) =>
        new(_table, LeftMin, RightMin)
        {
            MinWordLength = minWordLength ?? MinWordLength,
            MinCapitalizedLength = minCapitalizedLength ?? MinCapitalizedLength,
            _exceptions = _exceptions,
        };

    /// <summary>
    /// A hyphenator that breaks the given words only where they show hyphens ("Vla-di-mir"), in
    /// any capitalisation and whatever the patterns and word rules say; a word without hyphens is
    /// never broken. Later entries for the same word win. Entries that are not letters and
    /// hyphens are ignored (book.yml reports them).
    /// </summary>
    public Hyphenator WithExceptions(IEnumerable<string> words)
    {
        var exceptions = new Dictionary<string, int[]>(_exceptions, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in words)
        {
            var letters = new StringBuilder(entry.Length);
            var points = new List<int>();
            var valid = entry.Length > 0 && entry[0] != '-' && entry[^1] != '-';
            foreach (var c in entry)
            {
                if (c == '-')
                {
                    if (points.Count > 0 && points[^1] == letters.Length) valid = false;
                    points.Add(letters.Length);
                }
                else if (char.IsLetter(c)) letters.Append(c);
                else valid = false;
            }
            if (valid) exceptions[letters.ToString()] = points.ToArray();
        }
        return new Hyphenator(_table, LeftMin, RightMin)
        {
            MinWordLength = MinWordLength,
            MinCapitalizedLength = MinCapitalizedLength,
            _exceptions = exceptions,
        };
    }
    /// <summary>Number of patterns loaded.</summary>
    public int PatternCount => _table?.Count ?? 0;

    /// <summary>
    /// Loads patterns from a <c>.dic</c> file. Left/right minimums are at least 2 and 3 whatever
    /// the file says.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file holds no patterns.</exception>
    public static Hyphenator Load(string dicPath)
    {
        if (!File.Exists(dicPath)) throw new FileNotFoundException($"Hyphenation patterns not found: {dicPath}", dicPath);
        var bytes = File.ReadAllBytes(dicPath);
        // The first line names the charset; every file we ship is UTF-8, older ones ISO8859-1.
        var firstLineEnd = Array.IndexOf(bytes, (byte)'\n');
        var charset = Encoding.ASCII.GetString(bytes, 0, firstLineEnd < 0 ? bytes.Length : firstLineEnd).Trim();
        var encoding = charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : Encoding.Latin1;
        var lines = encoding.GetString(bytes).Split('\n');
        return Parse(lines.Skip(1));
    }

    /// <summary>
    /// Loads patterns, or reports why it could not (missing or unreadable file) to
    /// <paramref name="diagnostics"/> and returns <see cref="None"/>, so the book still sets.
    /// </summary>
    public static Hyphenator LoadOrNone(string dicPath, DiagnosticBag diagnostics)
    {
        try
        {
            return Load(dicPath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            diagnostics.Report(PdfHyphenationUnavailable, dicPath, 0, 0, e.Message);
            return None;
        }
    }

    /// <summary>Builds a hyphenator from pattern lines (without the charset line).</summary>
    public static Hyphenator Parse(IEnumerable<string> lines)
    {
        int left = 2, right = 3;
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('%') || line.StartsWith('#')) continue;
            if (line.StartsWith("LEFTHYPHENMIN", StringComparison.Ordinal)) { left = Math.Max(left, ParseNumber(line)); continue; }
            if (line.StartsWith("RIGHTHYPHENMIN", StringComparison.Ordinal)) { right = Math.Max(right, ParseNumber(line)); continue; }
            if (char.IsUpper(line[0]) && line.Contains(' ')) continue; // other directives (COMPOUND..., NEXTLEVEL)
            if (line == "NEXTLEVEL") break; // compound-word level: not used
            if (PatternTable.TryParse(line, out var letters, out var values)) patterns[letters] = values;
        }
        if (patterns.Count == 0) throw new InvalidDataException("The hyphenation file holds no patterns.");
        return new Hyphenator(new PatternTable(patterns), left, right);
    }

    private static int ParseNumber(string line) =>
        int.TryParse(line.AsSpan(line.IndexOf(' ') + 1).Trim(), out var n) ? n : 0;

    /// <summary>
    /// Offsets in <paramref name="word"/> where a hyphen may go (a break between word[i-1] and
    /// word[i]). Empty for short words, words with anything but letters (digits, apostrophes,
    /// hyphens), and acronyms.
    /// </summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (_exceptions.Count > 0 && _exceptions.TryGetValue(word, out var given)) return given;
        if (_table is null || !IsCandidate(word)) return [];
        return _cache.GetOrAdd(word, Compute);
    }

    /// <summary>The word with hyphens at every point, e.g. "hy-phen-ation" (for tests and reports).</summary>
    public string Show(string word)
    {
        var points = Points(word);
        var sb = new StringBuilder(word.Length + points.Count);
        var last = 0;
        foreach (var p in points)
        {
            sb.Append(word, last, p - last).Append('-');
            last = p;
        }
        return sb.Append(word, last, word.Length - last).ToString();
    }

    private bool IsCandidate(string word)
    {
        if (word.Length < Math.Max(MinWordLength, LeftMin + RightMin)) return false;
        var upper = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        if (upper > 1) return false; // acronyms and shouted words
        return upper == 0 || (char.IsUpper(word[0]) && word.Length >= MinCapitalizedLength);
    }

    private int[] Compute(string word)
    {
        var table = _table!;
        Span<char> dotted = stackalloc char[word.Length + 2];
        dotted[0] = '.';
        for (var i = 0; i < word.Length; i++) dotted[i + 1] = char.ToLowerInvariant(word[i]);
        dotted[^1] = '.';
        Span<byte> levels = stackalloc byte[dotted.Length + 1];
        levels.Clear();
        for (var start = 0; start < dotted.Length; start++)
        {
            var maxLen = Math.Min(table.MaxLength, dotted.Length - start);
            for (var len = 1; len <= maxLen; len++)
            {
                if (!table.TryGet(dotted.Slice(start, len), out var values)) continue;
                for (var k = 0; k < values.Length; k++)
                    if (values[k] > levels[start + k]) levels[start + k] = values[k];
            }
        }
        // levels[j] sits before dotted[j]; dotted[j] is word[j-1], so a break before word[i] is levels[i+1].
        var points = new List<int>();
        for (var i = LeftMin; i <= word.Length - RightMin; i++)
            if ((levels[i + 1] & 1) == 1) points.Add(i);
        return points.ToArray();
    }
}
