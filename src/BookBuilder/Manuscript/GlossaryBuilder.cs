using BookBuilder.Model;
using Markdig.Extensions.DefinitionLists;
using Markdig.Syntax;
using MdDefinitionItem = Markdig.Extensions.DefinitionLists.DefinitionItem;

using SourceSpan = BookBuilder.Model.SourceSpan;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript;

/// <summary>
/// Shapes the glossary file (a definition list) into entries. The first term line of an item is
/// the headword; further term lines are aliases that link to the same entry.
/// </summary>
internal static class GlossaryBuilder
{
    /// <summary>An entry whose id and spellings are known before the chapters are converted.</summary>
    public sealed record PendingEntry(string Id, IReadOnlyList<(string Text, SourceSpan At)> Terms, MdDefinitionItem Item);

    public static Glossary Build(string file, MarkdownDocument doc, IReadOnlyList<PendingEntry> pending, ConversionContext ctx)
    {
        var id = ctx.DivisionOfFile[file];
        var conv = new DivisionConverter(ctx, file, id, ctx.Anchors.All[id].Label, linkGlossary: false);
        IReadOnlyList<Model.Inline>? title = null;
        var intro = new List<Model.Block>();
        foreach (var block in doc)
        {
            if (ManuscriptLoader.IsSkippable(block) || block is DefinitionList) continue;
            if (block is HeadingBlock { Level: 1 } h1 && title is null)
            {
                title = conv.HeadingInlines(h1);
                continue;
            }
            if (conv.Block(block) is { } b) intro.Add(b);
        }

        var entries = new List<GlossaryEntry>();
        foreach (var p in pending)
        {
            var definition = conv.Blocks(p.Item.Where(b => b is not DefinitionTerm));
            var headword = p.Terms[0];
            if (definition.Count == 0)
                ctx.Diagnostics.Report(GlossaryTermWithoutDefinition, headword.At, headword.Text);
            var uses = ctx.GlossaryUses.TryGetValue(p.Id, out var u) ? u : [];
            if (uses.Count == 0)
                ctx.Diagnostics.Report(GlossaryTermUnused, headword.At, headword.Text);
            entries.Add(new GlossaryEntry
            {
                Id = p.Id,
                Term = headword.Text,
                Aliases = p.Terms.Skip(1).Select(t => t.Text).ToList(),
                Definition = definition,
                Uses = uses,
                Source = headword.At,
            });
        }
        if (entries.Count == 0)
            ctx.Diagnostics.Report(GlossaryWithoutEntries, file, 1, 1);
        conv.ReportUnusedFootnotes(doc);

        entries.Sort((a, b) => string.Compare(a.Term, b.Term, StringComparison.OrdinalIgnoreCase));
        return new Glossary
        {
            Id = id,
            Title = title ?? [new TextInline("Glossary")],
            SourceFile = file,
            Intro = intro,
            Entries = entries,
        };
    }
}
