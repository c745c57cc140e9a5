using System.Text;
using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdInline = Markdig.Syntax.Inlines.Inline;
using SourceSpan = BookBuilder.Model.SourceSpan;
using LinkInline = Markdig.Syntax.Inlines.LinkInline;
using Footnote = Markdig.Extensions.Footnotes.Footnote;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript;

/// <summary>
/// Converts the Markdig blocks and inlines of one division (a chapter, the FAQ, the glossary) into
/// model blocks: resolves links and images, numbers footnotes, links the first use of each
/// glossary term, and reports raw HTML. One instance per division.
/// </summary>
internal sealed partial class DivisionConverter
{
    private readonly ConversionContext _ctx;
    private readonly string _file;
    private readonly string _divisionId;
    private readonly string _divisionTitle;
    private readonly bool _linkGlossary;
    private readonly HashSet<string> _glossaryUsedHere = new(StringComparer.Ordinal);
    private readonly Dictionary<Footnote, (string Id, int Number)> _footnotes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<string>> _footnoteRefs = new(StringComparer.Ordinal);
    private readonly List<Model.Footnote> _footnoteModels = [];

    public DivisionConverter(ConversionContext ctx, string file, string divisionId, string divisionTitle, bool linkGlossary)
    {
        _ctx = ctx;
        _file = file;
        _divisionId = divisionId;
        _divisionTitle = divisionTitle;
        _linkGlossary = linkGlossary;
    }

    /// <summary>Footnotes referenced in this division, numbered in order of first reference.</summary>
    public IReadOnlyList<Model.Footnote> Footnotes => _footnoteModels;

    public SourceSpan At(MarkdownObject o) => new(_file, o.Line + 1, o.Column + 1);

    /// <summary>Converts a run of sibling blocks; blocks that produce nothing are skipped.</summary>
    public List<Model.Block> Blocks(IEnumerable<MdBlock> blocks)
    {
        var result = new List<Model.Block>();
        foreach (var b in blocks)
        {
            var converted = Block(b);
            if (converted is not null) result.Add(converted);
        }
        return result;
    }

    /// <summary>Quotes and lists nested deeper than this cannot be set on a page.</summary>
    public const int MaxNesting = 16;

    private int _depth;

    /// <summary>Converts one block; an unexpected failure inside it names the innermost block.</summary>
    public Model.Block? Block(MdBlock block) =>
        InputLocationException.At(At(block), (this, block), static s => s.Item1.Nested(s.block));

    private Model.Block? Nested(MdBlock block)
    {
        if (block is Markdig.Syntax.ListBlock or Markdig.Syntax.QuoteBlock or CustomContainer)
        {
            if (_depth >= MaxNesting)
            {
                _ctx.Diagnostics.Report(NestedTooDeeply, At(block), MaxNesting);
                return null;
            }
            _depth++;
            try { return Convert(block); }
            finally { _depth--; }
        }
        return Convert(block);
    }

    private Model.Block? Convert(MdBlock block)
    {
        var at = At(block);
        switch (block)
        {
            case Markdig.Syntax.HeadingBlock h:
                if (h.Level <= 2)
                {
                    _ctx.Diagnostics.Report(HeadingMisplaced, at, h.Level);
                    return null;
                }
                return new Model.HeadingBlock(h.Level, IdOf(h, AnchorKind.Heading), HeadingInlines(h)) { Source = at };

            case Markdig.Syntax.ParagraphBlock p:
                if (SoleImage(p) is { } img)
                {
                    var image = ResolveImage(img);
                    if (image is null) return null;
                    var caption = string.IsNullOrEmpty(img.Title) ? [] : new List<Model.Inline> { new TextInline(img.Title) };
                    return new ImageBlock(image, caption) { Source = at };
                }
                var inlines = Inlines(p.Inline, _linkGlossary);
                return inlines.Count == 0 ? null : new Model.ParagraphBlock(inlines) { Source = at };

            case Markdig.Syntax.ListBlock l:
                var items = new List<Model.ListItem>();
                foreach (var child in l)
                    if (child is ListItemBlock li) items.Add(new Model.ListItem(Blocks(li)));
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

            case CustomContainer cc when IsOrnament(cc):
                var text = OrnamentText(cc);
                return text is null ? null : new OrnamentBlock(text) { Source = at };

            case CustomContainer cc:
                _ctx.Diagnostics.Report(ContainerUnknown, at, cc.Info);
                return Blocks(cc) is { Count: > 0 } inner ? new Model.QuoteBlock(inner) { Source = at } : null;

            case Figure f:
                return Figure(f);

            case Table t:
                return Table(t);

            case DefinitionList dl:
                var defs = new List<Model.DefinitionItem>();
                foreach (var item in dl.OfType<Markdig.Extensions.DefinitionLists.DefinitionItem>())
                {
                    var terms = item.OfType<DefinitionTerm>().Select(t => (IReadOnlyList<Model.Inline>)Inlines(t.Inline, false)).ToList();
                    defs.Add(new Model.DefinitionItem(terms, Blocks(item.Where(b => b is not DefinitionTerm))));
                }
                return new DefinitionListBlock(defs) { Source = at };

            case HtmlBlock html:
                RawHtml(html.Lines.ToString(), at);
                return null;

            case FootnoteGroup or YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                return null;

            default:
                _ctx.Diagnostics.Report(ElementUnsupported, at, block.GetType().Name);
                return null;
        }
    }

    public static bool IsOrnament(CustomContainer cc) => string.Equals(cc.Info?.Trim(), "ornament", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text of an ornament container, or null (with a diagnostic) when it is empty.</summary>
    public string? OrnamentText(CustomContainer cc)
    {
        var text = InputLocationException.At(At(cc), () =>
            string.Concat(cc.OfType<Markdig.Syntax.ParagraphBlock>().Select(p => InlineText.Plain(Inlines(p.Inline, false))))).Trim();
        if (text.Length == 0)
        {
            _ctx.Diagnostics.Report(OrnamentEmpty, At(cc));
            return null;
        }
        return text;
    }

    /// <summary>The id registered for a heading in the anchor pass, or a new derived one.</summary>
    public string IdOf(MdBlock block, AnchorKind kind)
    {
        if (_ctx.BlockIds.TryGetValue(block, out var id)) return id;
        var label = block is LeafBlock { Inline: not null } leaf ? InlineText.Plain(Inlines(leaf.Inline, false)) : kind.ToString();
        id = _ctx.Anchors.AddDerived(Slugger.Slugify(label), kind.ToString().ToLowerInvariant(), kind, _divisionId, label, At(block));
        _ctx.BlockIds[block] = id;
        return id;
    }

    private Model.Block? Figure(Figure f)
    {
        Model.BookImage? image = null;
        var caption = new List<Model.Inline>();
        foreach (var child in f)
        {
            switch (child)
            {
                case FigureCaption fc:
                    caption.AddRange(Inlines(fc.Inline, false));
                    break;
                case Markdig.Syntax.ParagraphBlock p when SoleImage(p) is { } img:
                    image ??= ResolveImage(img);
                    break;
                case Markdig.Syntax.ParagraphBlock p:
                    caption.AddRange(Inlines(p.Inline, false));
                    break;
            }
        }
        if (image is null)
        {
            _ctx.Diagnostics.Report(FigureWithoutImage, At(f));
            return null;
        }
        return new ImageBlock(image, caption) { Source = At(f) };
    }

    private Model.Block Table(Table t)
    {
        var columns = t.ColumnDefinitions.Select(c => c.Alignment switch
        {
            TableColumnAlign.Left => ColumnAlign.Left,
            TableColumnAlign.Center => ColumnAlign.Center,
            TableColumnAlign.Right => ColumnAlign.Right,
            _ => ColumnAlign.Default,
        }).ToList();
        var rows = new List<Model.TableRow>();
        var hasHeader = false;
        foreach (var row in t.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            if (rows.Count == 0 && row.IsHeader) hasHeader = true;
            var cells = new List<IReadOnlyList<Model.Inline>>();
            foreach (var cell in row.OfType<TableCell>())
            {
                var content = new List<Model.Inline>();
                foreach (var p in cell.OfType<LeafBlock>())
                    if (p.Inline is not null) content.AddRange(Inlines(p.Inline, _linkGlossary && !row.IsHeader));
                cells.Add(content);
            }
            rows.Add(new Model.TableRow(cells));
        }
        // Markdig may drop trailing empty alignment definitions; pad so every row has a column.
        var width = rows.Count == 0 ? columns.Count : rows.Max(r => r.Cells.Count);
        while (columns.Count < width) columns.Add(ColumnAlign.Default);
        return new TableBlock(columns.Take(width).ToList(), rows, hasHeader) { Source = At(t) };
    }

    private static LinkInline? SoleImage(Markdig.Syntax.ParagraphBlock p)
    {
        if (p.Inline is null) return null;
        LinkInline? found = null;
        foreach (var inline in p.Inline)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } img when found is null: found = img; break;
                case LiteralInline lit when lit.Content.IsEmptyOrWhitespace(): break;
                case Markdig.Syntax.Inlines.LineBreakInline: break;
                default: return null;
            }
        }
        return found;
    }

    private Model.BookImage? ResolveImage(LinkInline img)
    {
        var alt = PlainOf(img);
        if (alt.Length == 0)
            _ctx.Diagnostics.Report(ImageWithoutAlt, At(img), img.Url);
        return _ctx.Images.Resolve(img.Url ?? "", alt, _file, At(img));
    }

    private string PlainOf(ContainerInline c) => InlineText.Plain(Inlines(c, false)).Trim();

    /// <summary>
    /// Converts a heading's text. A heading with nothing readable in it (only spaces, a comment or
    /// removed HTML) is an error: it would give an empty entry in the contents and the outline.
    /// </summary>
    public List<Model.Inline> HeadingInlines(Markdig.Syntax.HeadingBlock h)
    {
        var inlines = InputLocationException.At(At(h), () => Inlines(h.Inline, linkGlossary: false));
        if (!InlineText.Plain(inlines).Any(c => !char.IsWhiteSpace(c) &&
                System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control)))
            _ctx.Diagnostics.Report(HeadingEmpty, At(h));
        return inlines;
    }

    /// <summary>Converts inline content; optionally links the first use of glossary terms.</summary>
    public List<Model.Inline> Inlines(ContainerInline? container, bool linkGlossary)
    {
        var list = new List<Model.Inline>();
        if (container is null) return list;
        foreach (var inline in container) Inline(inline, list);
        var merged = Merge(list);
        foreach (var t in merged.OfType<TextInline>()) CheckUndefinedFootnote(t.Text, (MarkdownObject?)container.ParentBlock ?? container);
        return linkGlossary && _ctx.Glossary is not null ? LinkGlossary(merged) : merged;
    }

    private void Inline(MdInline inline, List<Model.Inline> into)
    {
        switch (inline)
        {
            case LiteralInline lit:
                var text = lit.Content.ToString();
                into.Add(new TextInline(Clean(text, lit)));
                break;
            case SmartyPant sp:
                into.Add(new TextInline(SmartyText(sp)));
                break;
            case HtmlEntityInline entity:
                into.Add(new TextInline(entity.Transcoded.ToString()));
                break;
            case Markdig.Syntax.Inlines.CodeInline code:
                into.Add(new Model.CodeInline(code.Content));
                break;
            case Markdig.Syntax.Inlines.LineBreakInline br:
                into.Add(br.IsHard ? new Model.LineBreakInline(true) : new TextInline(" "));
                break;
            case Markdig.Syntax.Inlines.EmphasisInline em:
                var kind = (em.DelimiterChar, em.DelimiterCount) switch
                {
                    ('~', 2) => EmphasisKind.Strikethrough,
                    ('~', _) => EmphasisKind.Subscript,
                    ('^', _) => EmphasisKind.Superscript,
                    (_, >= 2) => EmphasisKind.Bold,
                    _ => EmphasisKind.Italic,
                };
                into.Add(new Model.EmphasisInline(kind, ChildInlines(em)));
                break;
            case LinkInline { IsImage: true } img:
                var image = ResolveImage(img);
                if (image is not null) into.Add(new ImageInline(image));
                break;
            case LinkInline link:
                into.AddRange(Link(link.Url ?? "", link.Title, ChildInlines(link), At(link)));
                break;
            case AutolinkInline auto:
                var url = auto.IsEmail && !auto.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + auto.Url : auto.Url;
                into.AddRange(Link(url, null, [new TextInline(auto.Url)], At(auto)));
                break;
            case FootnoteLink { IsBackLink: false } fl:
                into.Add(FootnoteRef(fl));
                break;
            case FootnoteLink:
                break; // back-links are the renderers' business
            case HtmlInline html:
                RawHtml(html.Tag, At(html));
                break;
            case ContainerInline other:
                into.AddRange(ChildInlines(other));
                break;
            default:
                _ctx.Diagnostics.Report(ElementUnsupported, At(inline), inline.GetType().Name);
                break;
        }
    }

    private List<Model.Inline> ChildInlines(ContainerInline c)
    {
        var list = new List<Model.Inline>();
        foreach (var child in c) Inline(child, list);
        return Merge(list);
    }

    private IReadOnlyList<Model.Inline> Link(string url, string? title, List<Model.Inline> children, SourceSpan at)
    {
        url = url.Trim();
        if (children.Count == 0) children = [new TextInline(url)];
        var scheme = Scheme(url);
        if (scheme is "http" or "https" or "mailto")
            return [new Model.LinkInline(url, null, string.IsNullOrEmpty(title) ? null : title, children)];
        if (scheme is not null)
        {
            _ctx.Diagnostics.Report(LinkSchemeNotAllowed, at, url, scheme);
            return children;
        }

        // Internal: "#id", "file.md", "file.md#id".
        var hash = url.IndexOf('#');
        var filePart = hash >= 0 ? url[..hash] : url;
        var idPart = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
        string? target = null;
        if (filePart.Length > 0)
        {
            var rel = NormaliseRelative(filePart);
            if (rel is null || !_ctx.DivisionOfFile.TryGetValue(rel, out var division))
            {
                _ctx.Diagnostics.Report(LinkToUnknownFile, at, filePart);
                return children;
            }
            target = idPart.Length == 0 ? division : idPart;
        }
        else target = idPart;

        if (string.IsNullOrEmpty(target) || !_ctx.Anchors.Contains(target))
        {
            _ctx.Diagnostics.Report(LinkToUnknownAnchor, at, target);
            return children;
        }
        return [new Model.LinkInline("#" + target, target, string.IsNullOrEmpty(title) ? null : title, children)];
    }

    private string? NormaliseRelative(string filePart)
    {
        var decoded = Uri.UnescapeDataString(filePart).Replace('\\', '/');
        if (Path.IsPathRooted(decoded)) return null;
        var baseDir = Path.GetDirectoryName(_file)?.Replace('\\', '/') ?? "";
        var parts = new List<string>(baseDir.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in decoded.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private static string? Scheme(string url)
    {
        var m = SchemeRegex().Match(url);
        return m.Success ? m.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex SchemeRegex();

    private FootnoteRefInline FootnoteRef(FootnoteLink fl)
    {
        var fn = fl.Footnote;
        if (!_footnotes.TryGetValue(fn, out var info))
        {
            var number = _footnotes.Count + 1;
            var id = _ctx.Anchors.AddDerived($"fn-{_divisionId}-{number}", "fn", AnchorKind.Footnote, _divisionId, $"Note {number}", At(fn));
            info = (id, number);
            _footnotes[fn] = info;
            _footnoteRefs[id] = [];
            // Register before converting the body: a footnote may itself reference a term or link.
            var refs = _footnoteRefs[id];
            _footnoteModels.Add(new Model.Footnote(id, number, Blocks(fn), refs));
        }
        var refList = _footnoteRefs[info.Id];
        var refId = _ctx.Anchors.AddDerived($"fnref-{_divisionId}-{info.Number}" + (refList.Count == 0 ? "" : $"-{refList.Count + 1}"), "fnref", AnchorKind.FootnoteRef, _divisionId, $"Note {info.Number}", At(fl));
        refList.Add(refId);
        return new FootnoteRefInline(info.Id, info.Number, refId);
    }

    /// <summary>
    /// Reports footnote definitions that nothing references (call after conversion). Markdig drops
    /// such definitions from the tree, so they are found in the source text.
    /// </summary>
    public void ReportUnusedFootnotes(MarkdownDocument doc)
    {
        if (doc.GetData(SourceKey) is not string source) return;
        var used = new HashSet<string>(_footnotes.Keys.Select(f => (f.Label ?? "").TrimStart('^')), StringComparer.OrdinalIgnoreCase);
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var m = FootnoteDefinition().Match(lines[i]);
            if (m.Success && !used.Contains(m.Groups[1].Value))
                _ctx.Diagnostics.Report(FootnoteUnused, new SourceSpan(_file, i + 1, 1), m.Groups[1].Value);
        }
    }

    /// <summary>Key under which the loader stores a document's source text.</summary>
    public const string SourceKey = "bookbuilder.source";

    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:")]
    private static partial Regex FootnoteDefinition();

    private void CheckUndefinedFootnote(string text, MarkdownObject at)
    {
        var m = UndefinedFootnote().Match(text);
        if (m.Success)
            _ctx.Diagnostics.Report(FootnoteUndefined, At(at), m.Groups[1].Value);
    }

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex UndefinedFootnote();

    /// <summary>Control characters other than tab and newline never reach an edition.</summary>
    private string Clean(string text, MdInline at)
    {
        var bad = false;
        foreach (var ch in text)
            if (char.IsControl(ch) && ch is not '\t' and not '\n') { bad = true; break; }
        if (!bad) return text;
        _ctx.Diagnostics.Report(ControlCharactersRemoved, At(at));
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            if (!char.IsControl(ch) || ch is '\t' or '\n') sb.Append(ch);
        return sb.ToString();
    }

    internal static string SmartyText(SmartyPant sp) => sp.Type switch
    {
        SmartyPantType.Quote or SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.DoubleQuote or SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        _ => sp.ToString(),
    };

    private void RawHtml(string html, SourceSpan at)
    {
        var trimmed = html.Trim();
        if (trimmed.StartsWith("<!--", StringComparison.Ordinal)) return; // author's comments stay private
        if (DangerousHtml().IsMatch(trimmed))
            _ctx.Diagnostics.Report(RawHtmlUnsafe, at, Shorten(trimmed));
        else
            _ctx.Diagnostics.Report(RawHtmlRemoved, at, Shorten(trimmed));
    }

    private static string Shorten(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 40 ? s : s[..40] + "…";
    }

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|frame|frameset|form|style|link|meta|base)\b|\son\w+\s*=|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousHtml();

    /// <summary>
    /// Joins adjacent text runs and curls the straight quotes SmartyPants left in them: only the
    /// joined run shows whether a quote follows a word, since removed raw HTML and smart
    /// punctuation split the text into pieces.
    /// </summary>
    private static List<Model.Inline> Merge(List<Model.Inline> list)
    {
        var result = new List<Model.Inline>(list.Count);
        StringBuilder? pending = null;
        foreach (var inline in list)
        {
            if (inline is TextInline t)
            {
                pending ??= new StringBuilder();
                pending.Append(t.Text);
                continue;
            }
            Flush();
            result.Add(inline);
        }
        Flush();
        return result;

        void Flush()
        {
            if (pending is null) return;
            var afterWord = result.Count > 0 && result[^1] is not Model.LineBreakInline;
            result.Add(new TextInline(StraightQuotes.Curl(pending.ToString(), afterWord)));
            pending = null;
        }
    }

    /// <summary>Wraps the first use in this division of each glossary term in a <see cref="GlossaryRefInline"/>.</summary>
    private List<Model.Inline> LinkGlossary(List<Model.Inline> inlines)
    {
        var result = new List<Model.Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    SplitText(t.Text, result);
                    break;
                case Model.EmphasisInline e:
                    result.Add(e with { Children = LinkGlossary(e.Children.ToList()) });
                    break;
                default:
                    result.Add(inline);
                    break;
            }
        }
        return result;
    }

    private void SplitText(string text, List<Model.Inline> into)
    {
        var pos = 0;
        foreach (var (index, length, entryId) in _ctx.Glossary!.Matches(text))
        {
            if (index < pos || !_glossaryUsedHere.Add(entryId)) continue;
            if (index > pos) into.Add(new TextInline(text[pos..index]));
            var uses = _ctx.GlossaryUses.TryGetValue(entryId, out var u) ? u : _ctx.GlossaryUses[entryId] = [];
            var useId = _ctx.Anchors.AddDerived($"use-{entryId}-{uses.Count + 1}", "use", AnchorKind.GlossaryUse, _divisionId, _ctx.GlossaryTerms[entryId], new SourceSpan(_file, 0, 0));
            uses.Add(new GlossaryUse(useId, _divisionId, _divisionTitle));
            into.Add(new GlossaryRefInline(entryId, useId, [new TextInline(text.Substring(index, length))]));
            pos = index + length;
        }
        if (pos < text.Length) into.Add(new TextInline(pos == 0 ? text : text[pos..]));
    }
}
