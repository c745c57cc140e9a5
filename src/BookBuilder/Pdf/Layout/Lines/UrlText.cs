namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Recognises words that are addresses (web addresses, e-mail addresses): they are never
/// hyphenated, since a hyphen added inside one cannot be told from a hyphen of the address.
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
}
