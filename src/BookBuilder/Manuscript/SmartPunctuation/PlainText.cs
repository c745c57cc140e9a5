namespace BookBuilder.Manuscript.SmartPunctuation;

/// <summary>
/// Typographic punctuation for text that is not Markdown: the title, subtitle and other prose of
/// book.yml, which the title page, the cover, the contents, the EPUB's metadata and the PDF's set
/// beside a body whose "...", "--" and quotes are typographic. The same marks, by the same rules.
/// </summary>
internal static class PlainText
{
    public static string Typographic(string text)
    {
        if (text.IndexOfAny(['.', '-', '\'', '"']) < 0) return text;
        var dashed = text.Replace("...", "\u2026", StringComparison.Ordinal)
            .Replace("---", "\u2014", StringComparison.Ordinal)
            .Replace("--", "\u2013", StringComparison.Ordinal);
        return Elisions.Apostrophes(StraightQuotes.Curl(dashed));
    }
}
