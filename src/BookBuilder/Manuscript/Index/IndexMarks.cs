using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using Markdig.Renderers.Html;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Index;

/// <summary>
/// The index marks of one division: the attributes of each span read into an
/// <see cref="IndexHeading"/> (<c>term="Main!sub"</c>, else the marked text; <c>see</c>,
/// <c>see-also</c> with entries separated by ';'; <c>sort</c>), checked, and given an anchor id
/// for the index to link to. The entries a "see" names are checked once the whole book is read
/// (<see cref="IndexCrossReferences"/>).
/// </summary>
internal sealed class IndexMarks(DivisionScope scope)
{
    private const int MaxLevels = 3;
    // "lang" is the language of the marked words (the inline converter reads it).
    private static readonly string[] Known = ["term", "see", "see-also", "sort", "lang"];
    private int _count;

    /// <summary>The mark around <paramref name="children"/>; the children alone when the mark is unusable (reported).</summary>
    public IReadOnlyList<Inline> Mark(IndexSpanStart start, IndexSpanEnd end, List<Inline> children)
    {
        var at = scope.At(start);
        var attributes = end.Attributes;
        Unknown(attributes, at);
        var properties = (attributes.Properties ?? []).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal);
        var term = properties.TryGetValue("term", out var written) ? written : InlineText.Plain(children);
        if (term.Trim().Length == 0)
        {
            scope.Diagnostics.Report(IndexMarkWithoutTerm, at);
            return children;
        }
        if (Path(term, at) is not { } path) return children;
        var see = References(properties.GetValueOrDefault("see"), at);
        var seeAlso = References(properties.GetValueOrDefault("see-also"), at);
        if (see is null || seeAlso is null) return children;
        var sort = properties.TryGetValue("sort", out var s) && s.Trim().Length > 0 ? s.Trim() : null;
        var heading = new IndexHeading(path, sort) { See = see, SeeAlso = seeAlso };
        _count++;
        var id = scope.Services.Anchors.AddDerived($"idx-{scope.DivisionId}-{_count}", "idx", AnchorKind.IndexMark, scope.DivisionId, string.Join(", ", path), at);
        scope.Services.IndexHeadings.Add(heading, at);
        return [new IndexMarkInline(id, heading, children)];
    }

    /// <summary>"Main!sub!subsub" as its levels; null (reported) when a level is empty or there are too many.</summary>
    private List<string>? Path(string term, Model.SourceSpan at)
    {
        var levels = term.Split('!').Select(l => l.Trim()).ToList();
        var problem = levels.Any(l => l.Length == 0) ? "a level is empty"
            : levels.Count > MaxLevels ? $"an entry has at most {MaxLevels} levels" : null;
        if (problem is null) return levels;
        scope.Diagnostics.Report(IndexTermMalformed, at, term, problem);
        return null;
    }

    /// <summary>The entries a "see" or "see also" names, separated by ';'; null when one is malformed.</summary>
    private List<IReadOnlyList<string>>? References(string? value, Model.SourceSpan at)
    {
        var result = new List<IReadOnlyList<string>>();
        if (string.IsNullOrWhiteSpace(value)) return result;
        foreach (var part in value.Split(';'))
        {
            if (Path(part, at) is not { } path) return null;
            result.Add(path);
        }
        return result;
    }

    private void Unknown(HtmlAttributes attributes, Model.SourceSpan at)
    {
        foreach (var (key, _) in attributes.Properties ?? [])
            if (!Known.Contains(key, StringComparer.Ordinal))
            {
                var hint = Known.FirstOrDefault(k => string.Equals(k.Replace("-", ""), key.Replace("-", "").Replace("_", ""), StringComparison.OrdinalIgnoreCase));
                scope.Diagnostics.Report(IndexAttributeUnknown, at, key, hint is null ? "" : $" (did you mean '{hint}'?)");
            }
        foreach (var cls in attributes.Classes ?? [])
            if (cls != IndexSpanParser.IndexClass) scope.Diagnostics.Report(IndexAttributeUnknown, at, "." + cls, "");
        if (attributes.Id is { Length: > 0 } id) scope.Diagnostics.Report(IndexAttributeUnknown, at, "#" + id, "");
    }
}
