using BookBuilder.Manuscript.Conversion;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using Markdig.Extensions.DefinitionLists;
using Markdig.Syntax;
using MdDefinitionItem = Markdig.Extensions.DefinitionLists.DefinitionItem;

using SourceSpan = BookBuilder.Model.SourceSpan;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.GlossaryTerms;

/// <summary>
/// Shapes the glossary file (a definition list) into entries. The first term line of an item is
/// the headword; further term lines are aliases that link to the same entry.
/// </summary>
internal static class GlossaryBuilder
{
    /// <param name="uses">The uses of each entry in the chapters and the FAQ, which are converted first.</param>
    public static Glossary Build(ParsedSource source, ConversionServices services, IReadOnlyDictionary<string, IReadOnlyList<GlossaryUse>> uses)
    {
        var scope = new DivisionScope(services, source, linkGlossary: false);
        IReadOnlyList<Model.Inline>? title = null;
        var titleAt = new Model.SourceSpan(source.Path, 1, 1);
        var intro = new List<Model.Block>();
        foreach (var block in source.Document)
        {
            if (BlockConverter.IsSkippable(block) || block is DefinitionList) continue;
            if (block is HeadingBlock { Level: 1 } h1 && title is null)
            {
                title = HeadingConverter.Title(h1, scope);
                titleAt = scope.At(h1);
                continue;
            }
            intro.AddRange(scope.Blocks.Block(block));
        }

        var entries = new List<GlossaryEntry>();
        foreach (var p in services.Index.Glossary.Entries)
        {
            var definition = scope.Blocks.Blocks(p.Item.Where(b => b is not DefinitionTerm));
            var headword = p.Terms[0];
            if (definition.Count == 0)
                scope.Diagnostics.Report(GlossaryTermWithoutDefinition, headword.At, headword.Text);
            var used = uses.GetValueOrDefault(p.Id, []);
            if (used.Count == 0)
                scope.Diagnostics.Report(GlossaryTermUnused, headword.At, headword.Text);
            entries.Add(new GlossaryEntry
            {
                Id = p.Id,
                Term = headword.Text,
                Aliases = p.Terms.Skip(1).Select(t => t.Text).ToList(),
                Definition = definition,
                Uses = used,
                Source = headword.At,
            });
        }
        if (entries.Count == 0)
            scope.Diagnostics.Report(GlossaryWithoutEntries, source.Path, 1, 1);
        scope.Footnotes.CheckDefinitions();

        entries.Sort((a, b) => string.Compare(a.Term, b.Term, StringComparison.OrdinalIgnoreCase));
        return new Glossary
        {
            Id = scope.DivisionId,
            Title = title ?? [], // the plan titles an untitled glossary in the book's language
            SourceFile = source.Path,
            TitleSource = titleAt,
            Intro = intro,
            Entries = entries,
            Footnotes = scope.Footnotes.All,
        };
    }
}
