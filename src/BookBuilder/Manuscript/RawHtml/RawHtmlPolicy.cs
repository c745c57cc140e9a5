using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.RawHtml;

/// <summary>
/// Raw HTML never reaches an edition: comments stay the author's, anything that could run or
/// load something is an error, the rest is removed with a warning.
/// </summary>
internal static partial class RawHtmlPolicy
{
    public static void Check(string html, SourceSpan at, DiagnosticBag diagnostics)
    {
        var trimmed = html.Trim();
        if (trimmed.StartsWith("<!--", StringComparison.Ordinal)) return;
        diagnostics.Report(DangerousHtml().IsMatch(trimmed) ? RawHtmlUnsafe : RawHtmlRemoved, at, Shorten(trimmed));
    }

    private static string Shorten(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 40 ? s : s[..40] + "…";
    }

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|frame|frameset|form|style|link|meta|base)\b|\son\w+\s*=|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousHtml();
}
