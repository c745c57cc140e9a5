using System.Text.RegularExpressions;
using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Links;

/// <summary>
/// Links of one division: http, https and mailto links leave the book (their addresses made ASCII
/// URIs, <see cref="ExternalUri"/>); "#id", "file.md" and "file.md#id" are resolved to an anchor
/// of the book ("#^label" to the footnote called with that label); anything else is an error that
/// keeps the link's text. An internal link without text is a cross-reference, which needs a
/// target with a label (a division, section, heading, question, glossary entry, footnote, figure
/// or table).
/// </summary>
internal sealed partial class LinkResolver(DivisionScope scope)
{
    /// <summary>The text a link shows: its own, or its address when it has none.</summary>
    public static List<Inline> Text(string url, List<Inline> children) => children.Count == 0 ? [new TextInline(url.Trim())] : children;

    public IReadOnlyList<Inline> Resolve(string url, string? title, List<Inline> children, SourceSpan at)
    {
        url = url.Trim();
        // A link without text of its own cites its target: the editions print the target's label.
        var citation = children.Count == 0;
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
        var file = scope.File;
        var target = idPart;
        if (filePart.Length > 0)
        {
            var rel = NormaliseRelative(filePart);
            var division = rel is null ? null : scope.Services.Index.DivisionOfFile(rel);
            if (division is null)
            {
                scope.Diagnostics.Report(LinkToUnknownFile, at, filePart);
                return children;
            }
            file = rel!;
            target = idPart.Length == 0 ? division : idPart;
        }
        if (target.StartsWith('^'))
        {
            // A footnote, named by the label it is called with: "#^label" or "file.md#^label".
            var label = target[1..];
            if (scope.Services.Index.FootnoteId(file, label) is not { } note)
            {
                scope.Diagnostics.Report(FootnoteLabelUnknown, at, label, file);
                return children;
            }
            target = note;
        }
        if (string.IsNullOrEmpty(target) || !scope.Services.Anchors.All.TryGetValue(target, out var anchor))
        {
            scope.Diagnostics.Report(LinkToUnknownAnchor, at, target);
            return children;
        }
        if (anchor.Kind == AnchorKind.Solution)
        {
            scope.Diagnostics.Report(LinkToSolution, at, target);
            return children;
        }
        if (anchor.Kind == AnchorKind.Footnote) scope.Services.Footnotes.Cited(target, idPart.Length > 0 ? idPart : target, at);
        if (!citation) return [new LinkInline("#" + target, target, title, children)];
        if (!AnchorKinds.HasLabel(anchor.Kind))
        {
            scope.Diagnostics.Report(CrossReferenceWithoutLabel, at, target, Describe(anchor.Kind));
            return children;
        }
        var refId = scope.Services.Anchors.AddDerived($"ref-{target}", "ref", AnchorKind.CrossReference, scope.DivisionId, anchor.Label, at);
        return [new CrossRefInline(target, refId)];
    }

    /// <summary>What an anchor without a label names, for the message that asks for the link's text.</summary>
    private static string Describe(AnchorKind kind) => kind switch
    {
        AnchorKind.GlossaryUse => "a use of a glossary term in the text",
        AnchorKind.FootnoteRef => "the call of a footnote",
        AnchorKind.CrossReference => "a cross-reference",
        AnchorKind.IndexMark => "a place the index points to",
        _ => "a block of text",
    };

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
