using BookBuilder.Diagnostics;
using BookBuilder.Model;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Anchors;

/// <summary>
/// Hands out anchor ids that are unique in the whole book. Ids derived from text get a numeric
/// suffix when taken ("conclusion-2"); an id the author wrote explicitly that is already taken is
/// an error, because links to it would be ambiguous.
/// </summary>
internal sealed class AnchorRegistry(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Anchor> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _where = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Anchor> All => _anchors;

    public bool Contains(string id) => _anchors.ContainsKey(id);

    /// <summary>Registers an id derived from text (or a fallback), making it unique.</summary>
    public string AddDerived(string wanted, string fallback, AnchorKind kind, string divisionId, string label, SourceSpan at)
    {
        var id = string.IsNullOrEmpty(wanted) ? fallback : wanted;
        if (char.IsDigit(id[0])) id = "s-" + id; // XML ids must not start with a digit
        var unique = id;
        for (var n = 2; _anchors.ContainsKey(unique); n++) unique = $"{id}-{n}";
        Put(unique, kind, divisionId, label, at);
        return unique;
    }

    /// <summary>Registers an explicit id; a duplicate is reported and a unique id returned instead.</summary>
    public string AddExplicit(string id, AnchorKind kind, string divisionId, string label, SourceSpan at)
    {
        if (!IsValidId(id))
        {
            diagnostics.Report(AnchorIdInvalid, at, id);
            return AddDerived(Slugger.Slugify(id), "anchor", kind, divisionId, label, at);
        }
        if (_anchors.ContainsKey(id))
        {
            diagnostics.Report(AnchorDuplicate, at, id, _where[id]);
            return AddDerived(id, id, kind, divisionId, label, at);
        }
        Put(id, kind, divisionId, label, at);
        return id;
    }

    /// <summary>Sets the division of an anchor once it is known (a chapter's own anchor).</summary>
    public void SetDivision(string id, string divisionId) => _anchors[id] = _anchors[id] with { DivisionId = divisionId };

    private void Put(string id, AnchorKind kind, string divisionId, string label, SourceSpan at)
    {
        _anchors[id] = new Anchor(id, kind, divisionId, label);
        _where[id] = at;
    }

    internal static bool IsValidId(string id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
