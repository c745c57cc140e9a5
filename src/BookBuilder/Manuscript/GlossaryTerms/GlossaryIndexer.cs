using BookBuilder.Manuscript.Anchors;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using Markdig.Extensions.DefinitionLists;
using Markdig.Syntax;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using MdDefinitionItem = Markdig.Extensions.DefinitionLists.DefinitionItem;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.GlossaryTerms;

/// <summary>
/// The glossary's part of the anchor phase: the glossary division and its headings, then each
/// definition item's spellings, the first of which names the entry and gets its id.
/// </summary>
internal static class GlossaryIndexer
{
    public static GlossaryIndex Index(ParsedSource source, AnchorIndexer indexer)
    {
        var glossaryId = indexer.Appendix(source, "glossary", AnchorKind.Glossary, AnchorKind.Heading, "");
        var entries = new List<IndexedTerm>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in source.Document.Descendants<MdDefinitionItem>())
        {
            var terms = new List<(string Text, SourceSpan At)>();
            foreach (var term in item.OfType<DefinitionTerm>())
            {
                var text = HeadingText.Of(term);
                if (text.Length == 0) continue;
                var at = ManuscriptParser.At(source.Path, term);
                if (!HeadingConverter.CheckLength("the glossary term", text, at, indexer.Diagnostics)) continue;
                if (seen.TryGetValue(text, out var first))
                {
                    indexer.Diagnostics.Report(GlossaryTermTwice, at, text, first);
                    continue;
                }
                seen[text] = at;
                terms.Add((text, at));
            }
            if (terms.Count == 0) continue;
            var headword = terms[0].Text;
            var id = indexer.Register(item.OfType<DefinitionTerm>().First(), source.Path, "gloss-" + Slugger.Slugify(headword), "gloss", AnchorKind.GlossaryEntry, glossaryId, headword);
            entries.Add(new IndexedTerm(id, terms, item));
        }
        return new GlossaryIndex(entries);
    }
}
