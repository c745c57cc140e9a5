namespace BookBuilder.Pdf.Layout.Tagging;

/// <summary>
/// The language to declare for a word written in a script other than Latin, so that a screen
/// reader switches to a voice that can read it: Hebrew script is read as Hebrew, Arabic as
/// Arabic, Greek as Greek, Cyrillic as Russian. A default for when the manuscript does not say
/// (it cannot mark a phrase's language yet): a Ukrainian word would be declared Russian.
/// </summary>
public static class ScriptLanguage
{
    /// <summary>The BCP 47 tag for the script most of the letters of <paramref name="text"/> are in; null for Latin and unknown scripts.</summary>
    public static string? Of(string text)
    {
        int hebrew = 0, arabic = 0, greek = 0, cyrillic = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            switch (c)
            {
                case >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F': hebrew++; break;
                case >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF': arabic++; break;
                case >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF': greek++; break;
                case >= '\u0400' and <= '\u052F': cyrillic++; break;
                default: other++; break;
            }
        }
        int best = Math.Max(Math.Max(hebrew, arabic), Math.Max(greek, cyrillic));
        if (best == 0 || best <= other) return null;
        return best == hebrew ? "he" : best == arabic ? "ar" : best == greek ? "el" : "ru";
    }
}
