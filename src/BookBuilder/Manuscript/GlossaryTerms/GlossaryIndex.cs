using BookBuilder.Model;
using MdDefinitionItem = Markdig.Extensions.DefinitionLists.DefinitionItem;

namespace BookBuilder.Manuscript.GlossaryTerms;

/// <summary>A glossary entry as the anchor phase found it: its id, its spellings (headword first) and its item.</summary>
internal sealed record IndexedTerm(string Id, IReadOnlyList<(string Text, SourceSpan At)> Terms, MdDefinitionItem Item)
{
    /// <summary>The first spelling: the entry's name.</summary>
    public (string Text, SourceSpan At) Headword => Terms[0];
}

/// <summary>
/// The glossary's entries, known before any chapter is converted so that the chapters can link
/// their first use of each term, and the matcher that finds them in running text.
/// </summary>
internal sealed class GlossaryIndex(IReadOnlyList<IndexedTerm> entries)
{
    private readonly Dictionary<string, string> _headwords = entries.ToDictionary(e => e.Id, e => e.Headword.Text, StringComparer.Ordinal);

    public static GlossaryIndex Empty { get; } = new([]);

    /// <summary>The entries in the order of the glossary file.</summary>
    public IReadOnlyList<IndexedTerm> Entries { get; } = entries;

    /// <summary>Finds every spelling of every entry in running text.</summary>
    public GlossaryMatcher Matcher { get; } = new(entries.SelectMany(e => e.Terms.Select(t => (t.Text, e.Id))));

    /// <summary>The headword of an entry.</summary>
    public string Headword(string entryId) => _headwords[entryId];
}
