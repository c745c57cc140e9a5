namespace BookBuilder.Model;

/// <summary>
/// Whether a language is written right to left, so that a passage the author put in it gets
/// <c>dir="rtl"</c>: a reading system then sets its lines from the right and its punctuation at
/// the right end, which the letters alone do not tell it when a line starts or ends with a
/// neutral; the PDF sets such a passage's paragraphs from the right margin. A script subtag
/// decides (<c>az-Arab</c>, <c>ku-Latn</c>), else the language.
/// </summary>
public static class LanguageDirection
{
    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase) { "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg" };

    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "dv", "sd", "ug", "ckb", "syr", "arc", "ks", "prs", "pnb",
    };

    public static bool IsRightToLeft(string tag)
    {
        var subtags = tag.Split('-');
        foreach (var subtag in subtags.Skip(1))
        {
            if (subtag.Length == 1) break; // an extension or private use follows
            if (subtag.Length == 4 && char.IsLetter(subtag[0])) return RightToLeftScripts.Contains(subtag);
        }
        return RightToLeftLanguages.Contains(subtags[0]);
    }
}
