using System.Text;

namespace BookBuilder.Manuscript.Conversion;

/// <summary>
/// Control characters other than tab and newline never reach an edition. The files are cleaned
/// when they are read (<see cref="Sources.SourceText"/>); this is for the characters entities name.
/// </summary>
internal static class ControlCharacters
{
    /// <summary><paramref name="text"/> without them; <paramref name="removed"/> says whether there were any.</summary>
    public static string Remove(string text, out bool removed)
    {
        removed = false;
        foreach (var ch in text)
            if (IsRemoved(ch)) { removed = true; break; }
        if (!removed) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            if (!IsRemoved(ch)) sb.Append(ch);
        return sb.ToString();
    }

    private static bool IsRemoved(char ch) => char.IsControl(ch) && ch is not '\t' and not '\n';
}
