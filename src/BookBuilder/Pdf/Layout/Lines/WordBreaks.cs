using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>A place inside a word where a line may end.</summary>
/// <param name="Offset">UTF-16 offset: the break comes before this character.</param>
/// <param name="Hyphenation">A hyphen must be added when breaking here.</param>
/// <param name="Flagged">Counts as a hyphenated line (hyphens, not dashes).</param>
public readonly record struct WordBreak(int Offset, bool Hyphenation, bool Flagged);

/// <summary>Finds break opportunities inside one word.</summary>
public static class WordBreaks
{
    private const char SoftHyphen = '\u00AD';
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>
    /// Like <see cref="Find(string, bool, Hyphenator)"/> for text that may hold the author's own
    /// break marks: soft hyphens (U+00AD) are the only hyphenation points of their word and
    /// zero-width spaces (U+200B) are breaks without a hyphen. Both are removed from
    /// <paramref name="text"/>, and the offsets refer to the text without them.
    /// </summary>
    public static IReadOnlyList<WordBreak> Find(string word, bool textBefore, Hyphenator hyphenator, out string text)
    {
        if (word.IndexOfAny([SoftHyphen, ZeroWidthSpace]) < 0)
        {
            text = word;
            return Find(word, textBefore, hyphenator);
        }
        var marks = new List<WordBreak>();
        var sb = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is SoftHyphen or ZeroWidthSpace)
            {
                if (sb.Length > 0 && (marks.Count == 0 || marks[^1].Offset != sb.Length))
                    marks.Add(new WordBreak(sb.Length, c == SoftHyphen, c == SoftHyphen));
                continue;
            }
            sb.Append(c);
        }
        text = sb.ToString();
        var clean = text;
        marks.RemoveAll(m => m.Offset >= clean.Length);
        // The author's soft hyphens replace the patterns; dashes still break.
        var dashes = Find(text, textBefore, Hyphenator.None);
        return marks.Concat(dashes).DistinctBy(b => b.Offset).OrderBy(b => b.Offset).ToArray();
    }

    /// <summary>
    /// Breaks after hyphens and en/em dashes that have something on both sides ("Israel-Russia",
    /// "1967–1970"), and hyphenation points of letter runs that touch no digit.
    /// </summary>
    /// <param name="word">The characters of one segment of a word.</param>
    /// <param name="textBefore">Whether the word has characters before this segment.</param>
    public static IReadOnlyList<WordBreak> Find(string word, bool textBefore, Hyphenator hyphenator)
    {
        List<WordBreak>? result = null;
        var runStart = -1;
        for (var i = 0; i <= word.Length; i++)
        {
            var c = i < word.Length ? word[i] : '\0';
            if (i < word.Length && char.IsLetter(c))
            {
                if (runStart < 0) runStart = i;
                continue;
            }
            if (runStart >= 0)
            {
                AddHyphenation(word, runStart, i, hyphenator, ref result);
                runStart = -1;
            }
            if (c is '-' or '\u2010' or '\u2013' or '\u2014' && i + 1 < word.Length && (i > 0 || textBefore) && !IsDashOrSpace(word[i + 1]))
                (result ??= []).Add(new WordBreak(i + 1, false, Flagged: c is '-' or '\u2010'));
        }
        return result is null ? [] : result;
    }

    private static bool IsDashOrSpace(char c) => c is '-' or '\u2010' or '\u2013' or '\u2014' || char.IsWhiteSpace(c);

    private static void AddHyphenation(string word, int start, int end, Hyphenator hyphenator, ref List<WordBreak>? result)
    {
        if (end - start < 5) return;
        if (start > 0 && char.IsDigit(word[start - 1])) return;
        if (end < word.Length && char.IsDigit(word[end])) return;
        var points = hyphenator.Points(word[start..end]);
        foreach (var p in points) (result ??= []).Add(new WordBreak(start + p, true, true));
    }
}
