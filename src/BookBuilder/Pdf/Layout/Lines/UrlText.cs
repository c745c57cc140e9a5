namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Recognises words that are addresses (web addresses, e-mail addresses) and where they may
/// break: they are never hyphenated, since a hyphen added inside one cannot be told from a
/// hyphen of the address, but break without a hyphen after their separators.
/// </summary>
public static class UrlText
{
    /// <summary>
    /// Whether <paramref name="word"/> (a whole word, punctuation included) is an address: it has a
    /// scheme (<c>https://</c>, <c>mailto:</c>), starts with <c>www.</c>, or is a name at a domain.
    /// </summary>
    public static bool IsUrl(ReadOnlySpan<char> word)
    {
        word = word.TrimStart("([{\"'\u2018\u201C<");
        if (word.Length < 5) return false;
        if (word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        if (word.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return true;
        var scheme = word.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && IsScheme(word[..scheme])) return true;
        var at = word.IndexOf('@');
        return at > 0 && word[(at + 1)..].TrimEnd(".,;:!?)]}\"'\u2019\u201D>").IndexOf('.') > 0 && IsScheme(word[..at].Trim("._-+"));
    }

    private static bool IsScheme(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiLetter(s[0])) return false;
        foreach (var c in s)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.' or '_')) return false;
        return true;
    }

    /// <summary>
    /// Where an address may end a line, without a hyphen: after the scheme's <c>//</c>, after a
    /// slash, a dot, a hyphen, an underscore and the separators of a query (<c>? &amp; = # ~ %</c>),
    /// after the <c>@</c> of an e-mail address; never inside a run of separators, nor so close to
    /// either end that a line would begin or end with a scrap of one or two characters.
    /// </summary>
    /// <param name="text">A segment of the address.</param>
    /// <param name="textBefore">Whether the address has characters before this segment.</param>
    public static IReadOnlyList<WordBreak> Breaks(string text, bool textBefore)
    {
        var result = new List<WordBreak>();
        var end = text.Length;
        // Closing punctuation after the address belongs to the sentence: no break just before it.
        while (end > 0 && ".,;:!?)]}\"'\u2019\u201D>".Contains(text[end - 1], StringComparison.Ordinal)) end--;
        for (var i = 0; i < end - 1; i++)
        {
            if (!IsSeparator(text[i]) || IsSeparator(text[i + 1])) continue;
            var at = i + 1;
            if (!textBefore && at < 3) continue;
            if (end - at < 3) continue;
            result.Add(new WordBreak(at, Hyphenation: false, Flagged: false));
        }
        return result;
    }

    private static bool IsSeparator(char c) => c is '/' or '.' or '-' or '_' or '?' or '&' or '=' or '#' or '~' or '%' or '@' or ':';
}
