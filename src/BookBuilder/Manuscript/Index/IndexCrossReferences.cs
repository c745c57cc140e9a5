using BookBuilder.Diagnostics;
using BookBuilder.Model;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Index;

/// <summary>
/// Every index heading the marks name, in reading order, so that once the book is read each
/// "see" and "see also" can be checked against the entries the index will have: the marks' own,
/// and the glossary's terms when they are indexed.
/// </summary>
internal sealed class IndexCrossReferences
{
    private readonly List<(IndexHeading Heading, SourceSpan At)> _headings = [];
    private readonly Lock _gate = new();

    public void Add(IndexHeading heading, SourceSpan at)
    {
        lock (_gate) _headings.Add((heading, at));
    }

    /// <summary>Reports every "see" or "see also" that names no entry (or sub-entry) of the index.</summary>
    /// <param name="glossaryTerms">The glossary's headwords when they are entries of the index; empty otherwise.</param>
    public void Report(IEnumerable<string> glossaryTerms, DiagnosticBag diagnostics)
    {
        lock (_gate)
        {
            var entries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var term in glossaryTerms) entries.Add(term);
            foreach (var (heading, _) in _headings)
                for (var n = 1; n <= heading.Path.Count; n++) entries.Add(Key(heading.Path.Take(n)));
            foreach (var (heading, at) in _headings)
                foreach (var target in heading.See.Concat(heading.SeeAlso))
                    if (!entries.Contains(Key(target))) diagnostics.Report(IndexSeeUnknown, at, string.Join("!", target));
        }
    }

    private static string Key(IEnumerable<string> path) => string.Join("\u0001", path);
}
