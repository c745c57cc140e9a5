using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Callouts;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Manuscript.Ornaments;
using BookBuilder.Manuscript.RawHtml;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Manuscript.Tables;
using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using MdBlock = Markdig.Syntax.Block;

namespace BookBuilder.Manuscript.Conversion;

/// <summary>
/// Converts the Markdig blocks of one division into model blocks: paragraphs, subheadings,
/// lists, quotes, code, scene breaks, ornaments, figures, tables, definition lists; raw HTML is
/// checked and dropped, anything else reported and left out. Quotes and lists nest at most
/// <see cref="ManuscriptParser.MaxNesting"/> deep.
/// </summary>
internal sealed class BlockConverter(DivisionScope scope)
{
    private int _depth;

    /// <summary>Converts a run of sibling blocks; blocks that produce nothing are skipped.</summary>
    public List<Model.Block> Blocks(IEnumerable<MdBlock> blocks)
    {
        var result = new List<Model.Block>();
        foreach (var b in blocks) result.AddRange(Block(b));
        return result;
    }

    /// <summary>
    /// Converts one block: none, one, or (an unknown container) the blocks it held. An unexpected
    /// failure inside it names the innermost block.
    /// </summary>
    public IReadOnlyList<Model.Block> Block(MdBlock block)
    {
        var converted = InputLocationException.At(scope.At(block), (this, block), static s => s.Item1.Nested(s.block));
        // The id the author gave the block (an anchor of its own, not a heading's, a figure's, a
        // table's or an exercise's, which those blocks write) goes with the first block it became.
        if (converted.Count == 0 || scope.Services.Index.IdOf(block) is not { } id
            || !scope.Services.Anchors.All.TryGetValue(id, out var anchor) || anchor.Kind != Model.AnchorKind.Custom)
            return converted;
        return [converted[0] with { Anchor = id }, .. converted.Skip(1)];
    }

    /// <summary>Blocks that carry nothing for the book: front matter, blank lines, link definitions, footnote definitions.</summary>
    public static bool IsSkippable(MdBlock b) => b is YamlFrontMatterBlock or BlankLineBlock or LinkReferenceDefinitionGroup or FootnoteGroup;

    private IReadOnlyList<Model.Block> Nested(MdBlock block)
    {
        if (block is not (Markdig.Syntax.ListBlock or Markdig.Syntax.QuoteBlock or CustomContainer)) return One(Convert(block));
        if (_depth >= ManuscriptParser.MaxNesting)
        {
            scope.Diagnostics.Report(NestedTooDeeply, scope.At(block), ManuscriptParser.MaxNesting);
            return [];
        }
        _depth++;
        try { return block is CustomContainer cc && !OrnamentContainer.Is(cc) ? scope.Containers.Convert(cc) : One(Convert(block)); }
        finally { _depth--; }
    }

    private static IReadOnlyList<Model.Block> One(Model.Block? block) => block is null ? [] : [block];

    private Model.Block? Convert(MdBlock block)
    {
        var at = scope.At(block);
        switch (block)
        {
            case Markdig.Syntax.HeadingBlock h:
                return HeadingConverter.Subheading(h, scope);

            case Markdig.Syntax.ParagraphBlock p when scope.Services.Index.IsTableCaption(p):
                return null; // its table converts it

            case Markdig.Syntax.ParagraphBlock p when GitBookHints.IsTagOnly(p, scope):
                return null; // reported; what the hint holds is in the paragraphs around it

            case Markdig.Syntax.ParagraphBlock p:
                if (Images.FigureConverter.SoleImage(p) is { } image) return scope.Figures.Image(p, image, at);
                var inlines = scope.Inlines.Inlines(p.Inline, linkGlossary: true);
                return inlines.Count == 0 ? null : new Model.ParagraphBlock(inlines) { Source = at };

            case Markdig.Syntax.ListBlock l:
                var items = l.OfType<ListItemBlock>().Select(li => new Model.ListItem(Blocks(li))).ToList();
                var start = l.IsOrdered && int.TryParse(l.OrderedStart, out var s) ? s : 1;
                return new Model.ListBlock(l.IsOrdered, start, items) { Source = at };

            case Markdig.Syntax.QuoteBlock q:
                return new Model.QuoteBlock(Blocks(q)) { Source = at };

            case FencedCodeBlock fc:
                return new Model.CodeBlock(fc.Lines.ToString(), string.IsNullOrWhiteSpace(fc.Info) ? null : fc.Info) { Source = at };

            case Markdig.Syntax.CodeBlock c:
                return new Model.CodeBlock(c.Lines.ToString(), null) { Source = at };

            case Markdig.Syntax.ThematicBreakBlock:
                return new Model.ThematicBreakBlock { Source = at };

            case CustomContainer cc when OrnamentContainer.Is(cc):
                return OrnamentContainer.Text(cc, scope) is { } text ? new OrnamentBlock(text) { Source = at } : null;

            case Figure f:
                return scope.Figures.Figure(f);

            case Table t:
                return scope.Tables.Table(t);

            case DefinitionList dl:
                return DefinitionList(dl, at);

            case HtmlBlock html:
                return RawHtmlBlock(html.Lines.ToString(), at);

            case var _ when IsSkippable(block):
                return null;

            default:
                scope.Diagnostics.Report(ElementUnsupported, at, block.GetType().Name);
                return null;
        }
    }

    /// <summary>
    /// A raw HTML block: checked, and its text kept without the tags (as HTML inside a paragraph
    /// keeps its text): preformatted text as code, anything else as a paragraph of lines.
    /// </summary>
    private Model.Block? RawHtmlBlock(string html, Model.SourceSpan at)
    {
        if (!RawHtmlPolicy.Check(html, at, scope.Diagnostics)) return null;
        if (HtmlText.IsPreformatted(html))
            return HtmlText.Preformatted(html) is { Length: > 0 } code ? new Model.CodeBlock(code + "\n", null) { Source = at } : null;
        var lines = HtmlText.Lines(html);
        if (lines.Count == 0) return null;
        var inlines = new List<Model.Inline>();
        foreach (var line in lines)
        {
            if (inlines.Count > 0) inlines.Add(new Model.LineBreakInline(true));
            inlines.Add(new Model.TextInline(line));
        }
        return new Model.ParagraphBlock(SmartPunctuation.Punctuation.Merge(inlines)) { Source = at };
    }

    private DefinitionListBlock DefinitionList(DefinitionList list, Model.SourceSpan at)
    {
        var items = new List<Model.DefinitionItem>();
        foreach (var item in list.OfType<Markdig.Extensions.DefinitionLists.DefinitionItem>())
        {
            var terms = item.OfType<DefinitionTerm>().Select(t => (IReadOnlyList<Model.Inline>)scope.Inlines.Inlines(t.Inline, false)).ToList();
            items.Add(new Model.DefinitionItem(terms, Blocks(item.Where(b => b is not DefinitionTerm))));
        }
        return new DefinitionListBlock(items) { Source = at };
    }
}
