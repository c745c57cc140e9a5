using System.Globalization;

namespace BookBuilder.Manuscript.SmartPunctuation;

/// <summary>
/// Curls the straight quotes that SmartyPants leaves behind. SmartyPants only curls quotes it can
/// pair, so an apostrophe inside a word ("river's"), after a plural ("rivers' mouths"), before a
/// year ("the '90s"), or a quote whose partner sits beside removed raw HTML stays straight. A
/// leftover quote closes when it follows a word or closing punctuation and opens otherwise; an
/// apostrophe before a digit marks an elision and is always ’.
/// </summary>
internal static class StraightQuotes
{
    /// <summary>
    /// Returns <paramref name="text"/> with typographic quotes. <paramref name="afterWord"/> says that
    /// the text directly follows other inline content (emphasis, a link), not a space or the start.
    /// </summary>
    public static string Curl(string text, bool afterWord = false)
    {
        if (text.IndexOfAny(['\'', '"']) < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is not ('\'' or '"')) continue;
            var closes = i == 0 ? afterWord : Closes(chars[i - 1]);
            if (c == '\'')
                chars[i] = closes || (i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1])) ? '\u2019' : '\u2018';
            else
                chars[i] = closes ? '\u201D' : '\u201C';
        }
        return new string(chars);
    }

    /// <summary>Whether a quote after <paramref name="previous"/> ends something rather than starts it.</summary>
    private static bool Closes(char previous) => char.GetUnicodeCategory(previous) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control => false,
        UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.DashPunctuation => false,
        _ => true,
    };
}
