using System.Globalization;
using System.Text;

namespace BookBuilder.Manuscript.Anchors;

/// <summary>
/// Makes anchor ids and file stems from text the way GitHub does for headings: lower case,
/// letters and digits kept, spaces and hyphens become single hyphens, everything else dropped.
/// Authors can therefore link to a heading with the id they see on GitHub. Only ASCII letters
/// are kept (accents are stripped first) so that ids work as URL fragments in every reader and
/// as PDF destinations; a heading in another script gets a numbered fallback id.
/// </summary>
public static class Slugger
{
    /// <summary>Returns the slug of <paramref name="text"/>; empty when no letter or digit remains.</summary>
    public static string Slugify(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormKD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (ch < 128 && char.IsLetterOrDigit(ch))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is ' ' or '-' or '_' or '\t' or '\u2013' or '\u2014' or '/')
            {
                pendingHyphen = true;
            }
        }
        return sb.ToString();
    }
}
