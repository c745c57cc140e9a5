namespace BookBuilder.Manuscript.SmartPunctuation;

/// <summary>
/// Apostrophes that begin a word: "'tis", "said 'em", "rock 'n' roll" elide letters, so the mark is
/// an apostrophe (’), never an opening quote (‘), which is what a quote before a letter otherwise
/// becomes. Known by the word that follows, as typesetters do; a year ("the '90s") is already
/// right, since a quote before a digit is always an apostrophe.
/// </summary>
internal static class Elisions
{
    /// <summary>Words that begin with an elided letter, lower case, without the apostrophe.</summary>
    private static readonly string[] Words =
    [
        "tis", "twas", "twere", "twill", "twould", "til", "till", "em", "n", "cause", "cos", "bout", "round",
        "neath", "cept", "fore", "gainst", "mid", "midst", "nother", "prentice", "scuse", "sup", "kay",
        "cuz", "nuff", "ow", "ere", "im", "is", "ave", "alf", "ad", "appen", "ello", "ome", "ouse",
    ];

    /// <summary><paramref name="text"/> with ‘ turned into ’ where it begins one of the elided words.</summary>
    /// <param name="afterWord">The text directly follows other content (a quote at its start then closes).</param>
    public static string Apostrophes(string text, bool afterWord = false)
    {
        if (!text.Contains('\u2018')) return text;
        char[]? chars = null;
        for (var i = text.IndexOf('\u2018'); i >= 0; i = text.IndexOf('\u2018', i + 1))
        {
            var startsWord = i == 0 ? !afterWord : !char.IsLetterOrDigit(text[i - 1]);
            if (!startsWord || ElidedWordAt(text, i + 1) is not { } length) continue;
            chars ??= text.ToCharArray();
            chars[i] = '\u2019';
            // "'n'": the closing mark of the word is an apostrophe as well.
            if (i + 1 + length < text.Length && text[i + 1 + length] == '\u2018') chars[i + 1 + length] = '\u2019';
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>The length of the elided word at <paramref name="start"/>, when one stands there whole.</summary>
    private static int? ElidedWordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end == start) return null;
        var word = text.AsSpan(start, end - start);
        foreach (var candidate in Words)
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return end - start;
        return null;
    }
}
