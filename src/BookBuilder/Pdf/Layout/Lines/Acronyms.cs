namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Finds the acronyms of a word that are set in small capitals: runs of two or more capital
/// letters that stand as a word of their own ("UN", "NATO", "KGB"), possibly with a plural "s" or
/// a possessive after them ("NGOs", "USSR’s"). Capitals inside a mixed-case word ("McDONALD",
/// "iOS", "MHz") or next to a digit (codes such as "A320", "MP3") are left alone.
/// </summary>
public static class Acronyms
{
    /// <summary>The acronyms of <paramref name="word"/> as (start, length) in UTF-16 units, in order.</summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string word)
    {
        List<(int, int)>? found = null;
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i])) continue;
            var end = i;
            while (end < word.Length && char.IsUpper(word[end])) end++;
            if (end - i >= 2 && !IsLetterOrDigit(word, i - 1) && EndsAcronym(word, end))
                (found ??= []).Add((i, end - i));
            i = end - 1;
        }
        return found is null ? [] : found;
    }

    /// <summary>Whether the capitals before <paramref name="end"/> end there: the word ends, or a plural "s" ends it.</summary>
    private static bool EndsAcronym(string word, int end)
    {
        if (!IsLetterOrDigit(word, end)) return true;
        return word[end] == 's' && !IsLetterOrDigit(word, end + 1);
    }

    private static bool IsLetterOrDigit(string word, int i) => i >= 0 && i < word.Length && char.IsLetterOrDigit(word[i]);
}
