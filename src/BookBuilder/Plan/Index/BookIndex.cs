namespace BookBuilder.Plan.Index;

/// <summary>
/// The book's index as both editions print it: letter groups in order, each with its entries
/// sorted by <see cref="IndexCollation"/>; the EPUB links every place, the PDF prints the pages.
/// </summary>
public sealed record BookIndex(IReadOnlyList<IndexGroup> Groups)
{
    private Dictionary<string, IndexEntry>? _byHeading;

    /// <summary>The entry a "see" or "see also" names ("Main, sub"), or null.</summary>
    public IndexEntry? Find(string heading)
    {
        _byHeading ??= AllEntries.ToDictionary(e => e.Heading, StringComparer.OrdinalIgnoreCase);
        return _byHeading.GetValueOrDefault(heading);
    }

    /// <summary>Every entry and sub-entry, depth first in printed order.</summary>
    public IEnumerable<IndexEntry> AllEntries => Groups.SelectMany(g => g.Entries).SelectMany(Flatten);

    private static IEnumerable<IndexEntry> Flatten(IndexEntry entry) => entry.SubEntries.SelectMany(Flatten).Prepend(entry);
}

/// <summary>The entries under one letter ("C"), or under the numbers and symbols that come first.</summary>
/// <param name="Label">The group's heading: the letter, or the label of numbers and symbols.</param>
public sealed record IndexGroup(string Label, IReadOnlyList<IndexEntry> Entries);

/// <summary>
/// One heading of the index with the places it points to, the entries it sends the reader to
/// instead ("see") or as well ("see also"), and its sub-entries.
/// </summary>
/// <param name="Id">An id of its own ("ix-12"), which the entries that refer to it link to.</param>
/// <param name="Heading">Its levels joined as a "see" names it: "River, banks".</param>
/// <param name="Term">The heading as printed.</param>
/// <param name="SortKey">What it sorts by (the term, unless a mark gave another).</param>
/// <param name="See">Headings to look under instead, each written "Main, sub".</param>
/// <param name="SeeAlso">Headings to look under as well.</param>
public sealed record IndexEntry(string Id, string Heading, string Term, string SortKey, IReadOnlyList<IndexLocator> Locators,
    IReadOnlyList<string> See, IReadOnlyList<string> SeeAlso, IReadOnlyList<IndexEntry> SubEntries);

/// <summary>
/// A place an index entry points to: the anchor of an index mark, of a glossary term's use, or of
/// its definition in the glossary.
/// </summary>
/// <param name="AnchorId">Where the link leads.</param>
/// <param name="DivisionId">The division the place is in.</param>
/// <param name="Place">Where it is, as the EPUB names it: the section's number ("2.1"), else the chapter's ("2"), else the division's title.</param>
/// <param name="IsDefinition">The glossary's definition of the term (printed in bold).</param>
public sealed record IndexLocator(string AnchorId, string DivisionId, string Place, bool IsDefinition = false);
