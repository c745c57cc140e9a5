using System.Globalization;
using BookBuilder.Model;

namespace BookBuilder.Plan.Index;

/// <summary>
/// Gathers the index from the content in reading order: every index mark, and, when book.yml
/// does not switch it off, every glossary term with the places it is used and its definition.
/// Headings that differ only in case are one entry; sub-entries sort under their entry; the
/// entries are grouped by letter.
/// </summary>
internal static class IndexPlanner
{
    /// <summary>The index, or null when the book has no entry.</summary>
    public static BookIndex? Plan(IReadOnlyList<PlannedDivision> divisions, ApparatusSettings settings, BookLabels labels)
    {
        var root = new Node("", "");
        var glossary = divisions.OfType<GlossaryDivision>().SingleOrDefault();
        var indexGlossary = settings.IndexGlossary && glossary is not null;
        var terms = indexGlossary ? glossary!.Glossary.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal) : [];
        new ContentWalker(null, (place, inline) =>
        {
            switch (inline)
            {
                case IndexMarkInline m:
                    var node = root.At(m.Heading.Path, m.Heading.Sort);
                    if (m.Heading.IsLocator) node.Locators.Add(Locator(m.Id, place));
                    node.See.AddRange(m.Heading.See.Select(Joined));
                    node.SeeAlso.AddRange(m.Heading.SeeAlso.Select(Joined));
                    break;
                case GlossaryRefInline g when terms.TryGetValue(g.EntryId, out var entry):
                    root.At([entry.Term], null).Locators.Add(Locator(g.UseId, place));
                    break;
            }
        }).Walk(divisions);
        if (indexGlossary)
            foreach (var entry in glossary!.Glossary.Entries)
                root.At([entry.Term], null).Locators.Add(new IndexLocator(entry.Id, glossary.Id, glossary.PlainTitle, IsDefinition: true));
        if (root.Children.Count == 0) return null;

        var ids = 0;
        var groups = root.Sorted("", ref ids)
            .GroupBy(e => IndexCollation.Group(e.SortKey))
            .Select(g => new IndexGroup(g.Key ?? labels.IndexSymbols, g.ToList()))
            .ToList();
        return new BookIndex(groups);
    }

    private static string Joined(IReadOnlyList<string> path) => string.Join(", ", path);

    private static IndexLocator Locator(string anchorId, Place place) => new(anchorId, place.Division.Id, PlaceOf(place));

    /// <summary>The section's number, else the chapter's, else the division's title.</summary>
    private static string PlaceOf(Place place) => place switch
    {
        { Section: { } section, Division: ChapterDivision c } when c.SectionNumber(section) is { } number => number,
        { Division: ChapterDivision { Number: { } n } } => n.ToString(CultureInfo.InvariantCulture),
        _ => place.Division.PlainTitle,
    };

    /// <summary>An entry while the index is gathered: headings equal but for case are one.</summary>
    private sealed class Node(string term, string sortKey)
    {
        public string Term { get; } = term;
        public string SortKey { get; set; } = sortKey;
        public List<IndexLocator> Locators { get; } = [];
        public List<string> See { get; } = [];
        public List<string> SeeAlso { get; } = [];
        public Dictionary<string, Node> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Node At(IReadOnlyList<string> path, string? sort)
        {
            var node = this;
            for (var i = 0; i < path.Count; i++)
            {
                if (!node.Children.TryGetValue(path[i], out var child))
                    node.Children[path[i]] = child = new Node(path[i], path[i]);
                if (i == path.Count - 1 && sort is not null) child.SortKey = sort;
                node = child;
            }
            return node;
        }

        /// <summary>The children as entries in printed order, numbered as printed.</summary>
        public List<IndexEntry> Sorted(string parent, ref int ids)
        {
            var entries = new List<IndexEntry>();
            foreach (var n in Children.Values.OrderBy(n => n.SortKey, IndexCollation.Comparer).ThenBy(n => n.Term, StringComparer.Ordinal))
            {
                var id = "ix-" + (++ids).ToString(CultureInfo.InvariantCulture);
                var heading = parent.Length == 0 ? n.Term : $"{parent}, {n.Term}";
                entries.Add(new IndexEntry(id, heading, n.Term, n.SortKey, n.Locators.ToList(), Distinct(n.See), Distinct(n.SeeAlso), n.Sorted(heading, ref ids)));
            }
            return entries;
        }

        private static List<string> Distinct(List<string> headings) =>
            headings.Distinct(StringComparer.OrdinalIgnoreCase).Order(IndexCollation.Comparer).ToList();
    }
}
