using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BookBuilder.Manuscript.RawHtml;

/// <summary>
/// The text of a raw HTML block, which no edition shows as HTML: the tags go, the words stay, as
/// they do for HTML inside a paragraph. Elements that make blocks (paragraphs, divisions, list
/// items, table rows, headings, line breaks) end a line, table cells are set apart by spaces, the
/// text of <c>&lt;pre&gt;</c> keeps its spaces and line breaks, entities are decoded and comments
/// dropped.
/// </summary>
internal static partial class HtmlText
{
    /// <summary>The lines of text of <paramref name="html"/>, without empty ones.</summary>
    public static IReadOnlyList<string> Lines(string html)
    {
        // Line breaks in HTML source are spaces; only the elements decide where lines end.
        var withoutComments = Comment().Replace(html, " ").Replace('\n', ' ');
        var text = new StringBuilder(withoutComments.Length);
        var last = 0;
        foreach (Match tag in Tag().Matches(withoutComments))
        {
            text.Append(withoutComments, last, tag.Index - last);
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            text.Append(BlockElements.Contains(name) ? '\n' : name is "td" or "th" ? ' ' : "");
            last = tag.Index + tag.Length;
        }
        text.Append(withoutComments, last, withoutComments.Length - last);
        return WebUtility.HtmlDecode(text.ToString())
            .Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0)
            .ToArray();
    }

    /// <summary>Whether the block is preformatted text (<c>&lt;pre&gt;</c>), whose spacing is part of it.</summary>
    public static bool IsPreformatted(string html) => Pre().IsMatch(html);

    /// <summary>The text of a <c>&lt;pre&gt;</c> block as written: tags removed, spaces and line breaks kept.</summary>
    public static string Preformatted(string html)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(Comment().Replace(html, ""), ""));
        // The line break after <pre> belongs to the markup (HTML drops it), and so do trailing blank lines.
        return text.TrimStart('\n').TrimEnd();
    }

    private static readonly HashSet<string> BlockElements =
    [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ];

    [GeneratedRegex(@"<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?(?<name>[A-Za-z][A-Za-z0-9-]*)(\s[^>]*)?/?>|<![^>]*>|<\?.*?\?>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\A\s*<pre[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex Pre();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();
}
