using System.Text.RegularExpressions;
using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Links;

/// <summary>
/// Links of one division: http, https and mailto links leave the book (their addresses made ASCII
/// URIs, <see cref="ExternalUri"/>); "#id", "file.md" and
/// "file.md#id" are resolved to an anchor of the book; anything else is an error that keeps the
/// link's text.
/// </summary>
internal sealed partial class LinkResolver(DivisionScope scope)
{
    /// <summary>The text a link shows: its own, or its address when it has none.</summary>
    public static List<Inline> Text(string url, List<Inline> children) => children.Count == 0 ? [new TextInline(url.Trim())] : children;

    public IReadOnlyList<Inline> Resolve(string url, string? title, List<Inline> children, SourceSpan at)
    {
        url = url.Trim();
        children = Text(url, children);
        title = string.IsNullOrEmpty(title) ? null : title;
        var scheme = Scheme(url);
        if (scheme is "http" or "https" or "mailto")
        {
            var (uri, problem) = ExternalUri.ToAscii(url, scheme);
            if (uri is not null) return [new LinkInline(uri, null, title, children)];
            scope.Diagnostics.Report(LinkAddressInvalid, at, url, problem);
            return children;
        }
        if (scheme is not null)
        {
            scope.Diagnostics.Report(LinkSchemeNotAllowed, at, url, scheme);
            return children;
        }

        var hash = url.IndexOf('#');
        var filePart = hash >= 0 ? url[..hash] : url;
        var idPart = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
        var target = idPart;
        if (filePart.Length > 0)
        {
            var division = NormaliseRelative(filePart) is { } rel ? scope.Services.Index.DivisionOfFile(rel) : null;
            if (division is null)
            {
                scope.Diagnostics.Report(LinkToUnknownFile, at, filePart);
                return children;
            }
            target = idPart.Length == 0 ? division : idPart;
        }
        if (string.IsNullOrEmpty(target) || !scope.Services.Anchors.Contains(target))
        {
            scope.Diagnostics.Report(LinkToUnknownAnchor, at, target);
            return children;
        }
        return [new LinkInline("#" + target, target, title, children)];
    }

    /// <summary>A path relative to this division's file, as a path relative to the manuscript folder; null when it leaves it.</summary>
    private string? NormaliseRelative(string filePart)
    {
        var decoded = Uri.UnescapeDataString(filePart).Replace('\\', '/');
        if (Path.IsPathRooted(decoded)) return null;
        var baseDir = Path.GetDirectoryName(scope.File)?.Replace('\\', '/') ?? "";
        var parts = new List<string>(baseDir.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in decoded.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private static string? Scheme(string url)
    {
        var m = SchemeRegex().Match(url);
        return m.Success ? m.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex SchemeRegex();
}
