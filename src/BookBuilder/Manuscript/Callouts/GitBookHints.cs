using System.Text.RegularExpressions;
using BookBuilder.Manuscript.Conversion;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Callouts;

/// <summary>
/// GitBook's hint blocks (<c>{% hint style="info" %}</c> ... <c>{% endhint %}</c>), which a
/// manuscript moved from GitBook brings along. Markdown reads their tags as text; a paragraph of
/// nothing but such tags is left out, the opening one reported with the callout to write instead,
/// and the paragraphs between them are kept as they are.
/// </summary>
internal static partial class GitBookHints
{
    /// <summary>Whether the paragraph holds only hint tags (reported at each opening tag).</summary>
    public static bool IsTagOnly(Markdig.Syntax.ParagraphBlock p, DivisionScope scope)
    {
        // The text as written: the paragraph's inlines have had their quotation marks curled.
        var text = scope.Source.File.Text;
        if (p.Span.Start < 0 || p.Span.End >= text.Length || p.Span.End < p.Span.Start) return false;
        var written = text.AsSpan(p.Span.Start, p.Span.End - p.Span.Start + 1);
        if (!written.TrimStart().StartsWith("{%", StringComparison.Ordinal)) return false;
        var lines = written.ToString().Split('\n');
        if (!lines.All(l => Tag().IsMatch(l.Trim()))) return false;
        for (var i = 0; i < lines.Length; i++)
        {
            var tag = Tag().Match(lines[i].Trim());
            if (tag.Groups["end"].Success) continue;
            var style = tag.Groups["style"].Success ? tag.Groups["style"].Value : "info";
            var column = (i == 0 ? p.Column : 0) + lines[i].Length - lines[i].TrimStart().Length + 1;
            scope.Diagnostics.Report(GitBookHint, scope.File, p.Line + 1 + i, column, style, Callout(style));
        }
        return true;
    }

    /// <summary>The callout that says what a hint of <paramref name="style"/> says.</summary>
    private static string Callout(string style) => style.ToLowerInvariant() switch
    {
        "success" => "tip",
        "warning" => "warning",
        "danger" => "important",
        _ => "note",
    };

    [GeneratedRegex("""^\{%\s*(?:(?<end>endhint)|hint(?:\s+style\s*=\s*["'](?<style>[^"']*)["'])?)\s*%\}$""", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
