using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.RawHtml;

/// <summary>
/// Raw HTML never reaches an edition: comments stay the author's, anything that could run or
/// load something is an error, the rest loses its tags with a warning and keeps its text.
/// </summary>
internal static partial class RawHtmlPolicy
{
    /// <summary>Reports the HTML; whether its text may be kept (it is neither a comment nor unsafe).</summary>
    public static bool Check(string html, SourceSpan at, DiagnosticBag diagnostics)
    {
        var trimmed = html.Trim();
        if (trimmed.StartsWith("<!--", StringComparison.Ordinal) && trimmed.EndsWith("-->", StringComparison.Ordinal)) return false;
        var unsafeHtml = DangerousHtml().IsMatch(trimmed);
        diagnostics.Report(unsafeHtml ? RawHtmlUnsafe : RawHtmlRemoved, at, Shorten(trimmed));
        return !unsafeHtml;
    }

    private static string Shorten(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 40 ? s : s[..40] + "…";
    }

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|frame|frameset|form|style|link|meta|base)\b|\son\w+\s*=|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousHtml();
}
