using BookBuilder.Diagnostics;
using BookBuilder.Model;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Footnotes;

/// <summary>
/// The notes the conversion numbered, and the links that cite a note by its id. A note's id
/// exists from the anchor phase on, but the note is printed only where its call is converted: a
/// link to a note whose call never is (a call in a glossary term's line, which is not converted as
/// text) would lead nowhere, and is reported once every division is converted.
/// </summary>
internal sealed class FootnoteCitations
{
    private readonly HashSet<string> _numbered = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Label, SourceSpan At)> _citations = [];
    private readonly Lock _gate = new();

    /// <summary>A note was numbered: it is printed.</summary>
    public void Numbered(string id)
    {
        lock (_gate) _numbered.Add(id);
    }

    /// <summary>A link at <paramref name="at"/> cites note <paramref name="id"/> (written as <paramref name="label"/>).</summary>
    public void Cited(string id, string label, SourceSpan at)
    {
        lock (_gate) _citations.Add((id, label, at));
    }

    /// <summary>Reports every citation of a note that is not printed.</summary>
    public void ReportUnprinted(DiagnosticBag diagnostics)
    {
        lock (_gate)
            foreach (var (id, label, at) in _citations)
                if (!_numbered.Contains(id)) diagnostics.Report(LinkToUnknownAnchor, at, label);
    }
}
