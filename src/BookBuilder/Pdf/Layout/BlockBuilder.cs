using System.Globalization;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography.Hyphenation;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout;

/// <summary>The text setting of a run of blocks: body text, footnotes, table cells.</summary>
/// <param name="Flow">Flow style of a paragraph that is not indented.</param>
/// <param name="IndentParagraphs">Indent a paragraph that follows a paragraph (book convention).</param>
/// <param name="ParagraphGap">Space between consecutive paragraphs.</param>
public sealed record TextContext(FlowStyle Flow, bool IndentParagraphs, float ParagraphGap)
{
    /// <summary>
    /// Figures and captioned tables of these blocks float (<see cref="FloatElement"/>): the body of
    /// a division, not a list, a quote or a callout, whose column could only put them off to its own end.
    /// </summary>
    public bool Floats { get; init; }
}

/// <summary>
/// Turns blocks of the book model into layout elements: paragraphs, subheadings, lists, quotes,
/// code, rules, ornaments, figures, tables and definition lists, with the spacing between them and
/// headings bound to what follows.
/// </summary>
/// <param name="references">What the plan decides in the text (caption numbers); none for text without a plan.</param>
public sealed partial class BlockBuilder(Theme theme, ITextMeasurer measurer, Hyphenator hyphenator, ReferenceResolver? references = null)
{
    public Theme Theme => theme;
    public ITextMeasurer Measurer => measurer;
    public Hyphenator Hyphenator => hyphenator;
    public ReferenceResolver? References => references;

    /// <summary>An element and whether it must stay on the page of the element after it.</summary>
    public readonly record struct Entry(LayoutElement Element, bool KeepWithNext = false);

    /// <summary>The setting of body text (with acronyms in small capitals if the theme asks for them).</summary>
    public TextContext BodyContext => new(
        new FlowStyle(theme.Body, theme.TextColor, theme.LinkColor, theme.GlossaryColor,
            theme.Justify ? TextAlign.Justify : TextAlign.Left, theme.Hyphenate, 0, theme.BodyLeading)
        {
            Justification = theme.Justification,
            SmallCapsAcronyms = theme.SmallCapsAcronyms,
            Role = LineRole.Body,
            Links = theme.Links,
        },
        theme.Paragraphs == ParagraphSeparation.Indented,
        theme.Paragraphs == ParagraphSeparation.Spaced ? theme.ParagraphGap : 0);

    /// <summary>A ragged flow in <paramref name="style"/>, not hyphenated.</summary>
    public FlowStyle Ragged(TextStyle style, float leading, uint color, TextAlign align = TextAlign.Left, bool hyphenate = false) =>
        new(style, color, theme.LinkColor, theme.GlossaryColor, align, hyphenate, 0, leading) { Justification = theme.Justification, Links = theme.Links };

    /// <summary>A paragraph element of <paramref name="inlines"/>.</summary>
    /// <param name="node">What the text is in the book, for the page starts (<see cref="TextStartOp"/>).</param>
    public ParagraphElement Paragraph(IEnumerable<Inline> inlines, FlowStyle flow, SplitRules? rules = null, SourceSpan source = default, IEnumerable<string>? anchors = null,
        object? node = null, Func<int, int>? offsetOf = null) =>
        new(InlineItemizer.Itemize(inlines, flow, measurer, hyphenator, anchors, references), measurer, rules, source, node: node, offsetOf: offsetOf);

    /// <summary>A paragraph element of plain text.</summary>
    public ParagraphElement Paragraph(string text, FlowStyle flow, SplitRules? rules = null, IEnumerable<string>? anchors = null, object? node = null) =>
        Paragraph([new TextInline(text)], flow, rules, default, anchors, node);

    /// <summary>Distance from a line's top to its baseline in <paramref name="flow"/>.</summary>
    public float BaselineOffset(FlowStyle flow)
    {
        var m = measurer.Metrics(flow.Style);
        return (flow.Leading - (m.Ascent - m.Descent)) / 2 + m.Ascent;
    }

    /// <summary>The body's leading when <paramref name="context"/> is body text on the theme's baseline grid; 0 otherwise.</summary>
    public float GridOf(TextContext context) =>
        theme.BaselineGrid && context.Flow.Role == LineRole.Body && Math.Abs(context.Flow.Leading - theme.BodyLeading) < 0.01f ? theme.BodyLeading : 0;

    /// <summary>
    /// Space of <paramref name="height"/> between blocks of <paramref name="context"/>: on the
    /// baseline grid, rounded up so that what follows starts on a grid line.
    /// </summary>
    public LayoutElement Space(float height, TextContext context) =>
        GridOf(context) is var grid and > 0 ? new GridSpacerElement(height, grid) : new SpacerElement(height);

    /// <summary>Blocks as one column element.</summary>
    public LayoutElement Column(IReadOnlyList<Block> blocks, TextContext context)
    {
        var entries = new List<Entry>();
        AddBlocks(entries, blocks, context with { Floats = false });
        return new ColumnElement(Fold(entries));
    }

    /// <summary>Binds every keep-with-next entry to the element after it.</summary>
    public static IReadOnlyList<LayoutElement> Fold(IReadOnlyList<Entry> entries)
    {
        var result = new List<LayoutElement>(entries.Count);
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var e = entries[i];
            if (e.KeepWithNext && result.Count > 0 && result[^1] is FloatElement)
            {
                // A heading keeps with the text after its figure, which may float past that text:
                // the heading and everything up to that text are one column, which puts the float off.
                var j = result.Count - 1;
                while (j > 0 && result[j] is FloatElement or SpacerElement or GridSpacerElement) j--;
                var following = new List<LayoutElement>();
                for (var k = result.Count - 1; k >= j; k--) following.Add(result[k]);
                result.RemoveRange(j, result.Count - j);
                result.Add(new KeepWithNextElement(e.Element, new ColumnElement(following)));
            }
            else if (e.KeepWithNext && result.Count > 0 && result[^1] is not (SpacerElement or GridSpacerElement))
                result[^1] = new KeepWithNextElement(e.Element, result[^1]);
            else
                result.Add(e.Element);
        }
        result.Reverse();
        return result;
    }

    /// <summary>Appends the elements of <paramref name="blocks"/> with the spacing between them.</summary>
    public void AddBlocks(List<Entry> entries, IReadOnlyList<Block> blocks, TextContext context)
    {
        Block? previous = null;
        foreach (var block in blocks)
        {
            var gap = Gap(previous, block, context);
            if (gap > 0 && previous is not null) entries.Add(new Entry(Space(gap, context)));
            // An unexpected failure names the innermost block it happened in.
            var entry = InputLocationException.At(block.Source, () => Element(block, previous, context));
            // The author's id marks the top of the block, where links to it land.
            if (block.Anchor is { } id) entry = entry with { Element = new DecoratedElement(entry.Element, [new AnchorOp(0, 0, id)]) };
            entries.Add(entry);
            previous = block;
        }
    }

    private float Gap(Block? previous, Block block, TextContext context) => (previous, block) switch
    {
        (null, _) => 0,
        (HeadingBlock, _) => 0, // the heading carries its own space after
        (_, HeadingBlock) => theme.BodyLeading,
        (ParagraphBlock, ParagraphBlock) => context.ParagraphGap,
        _ => theme.BlockGap,
    };

    /// <summary>The element of a block, tagged with the block's role in the document's structure.</summary>
    private Entry Element(Block block, Block? previous, TextContext context)
    {
        switch (block)
        {
            case ParagraphBlock p:
                var indent = context.IndentParagraphs && previous is ParagraphBlock;
                var flow = indent ? context.Flow with { FirstLineIndent = theme.ParagraphIndent * context.Flow.Style.Size } : context.Flow;
                return new Entry(Tagged(Paragraph(p.Inlines, flow, SplitRules.Body, p.Source, node: p), StructRole.P));
            case HeadingBlock h:
                return new Entry(Subheading(h, context), KeepWithNext: true);
            case ListBlock l:
                return new Entry(List(l, context));
            case QuoteBlock q:
                return new Entry(Tagged(new QuoteElement(Column(q.Blocks, context with { IndentParagraphs = false, ParagraphGap = theme.BlockGap / 2 }), theme.BodySize * 1.8f, theme.RuleColor), StructRole.BlockQuote));
            case CalloutBlock c:
                return new Entry(Callout(c, context));
            case ExerciseBlock e:
                return new Entry(Exercise(e, context));
            case ReviewBlock r:
                return new Entry(Review(r, context));
            case FaqBlock f:
                return new Entry(Faq(f, context));
            case LanguageBlock l:
                return new Entry(new TaggedElement(Column(l.Blocks, InLanguage(context, l.Language)), new StructTag(StructRole.Div) { Lang = l.Language }));
            case CodeBlock c:
                return new Entry(Tagged(Code(c), StructRole.Code));
            case ThematicBreakBlock:
                return new Entry(Tagged(new RuleElement(context.Flow.Leading * 1.5f, 60, 0.6f, theme.RuleColor), StructRole.Artifact));
            case OrnamentBlock o:
                return new Entry(Ornament(o.Text, theme.SectionOrnamentSize));
            case ImageBlock i:
                return new Entry(Floating(Figure(i), context, i.Id is not null && !i.KeepInPlace));
            case TableBlock t:
                return new Entry(Floating(Table(t), context, t.Id is not null && !t.KeepInPlace));
            case DefinitionListBlock d:
                return new Entry(Definitions(d, context));
            default:
                throw UnknownNodeException.Block(block, "the PDF edition");
        }
    }

    /// <summary>
    /// A numbered figure or table (<paramref name="floats"/>: it has a caption and the author did
    /// not keep it in place) in the body of a division is a float, tagged as its outermost element is.
    /// </summary>
    private static LayoutElement Floating(LayoutElement element, TextContext context, bool floats) =>
        !context.Floats || !floats ? element : new FloatElement(element, OuterTag(element));

    /// <summary>The structure tag around all of <paramref name="element"/>: its own, or its first part's.</summary>
    private static Tagging.StructTag? OuterTag(LayoutElement element) => element switch
    {
        TaggedElement t => t.Tag,
        ColumnElement c => c.Children.Select(OuterTag).FirstOrDefault(tag => tag is not null),
        KeepWithNextElement k => OuterTag(k.First),
        _ => null,
    };

    /// <summary>The element with a new tag of <paramref name="role"/> around every fragment of it.</summary>
    public static TaggedElement Tagged(LayoutElement element, StructRole role) => new(element, new StructTag(role));

    /// <summary>
    /// A callout: its label in bold ("Tip: Before you start") over its blocks, in a ruled box, in
    /// the text's own colour (black in print). Tagged as a section (PDF 1.7 has no aside) whose
    /// first paragraph is the label, so that a screen reader announces the kind before the text;
    /// a callout in another language carries its /Lang, the label the book's.
    /// </summary>
    private LayoutElement Callout(CalloutBlock callout, TextContext context)
    {
        var labels = references?.Plan.Labels ?? Plan.BookLabels.English;
        var label = new List<Inline> { new EmphasisInline(EmphasisKind.Bold, [new TextInline(labels.CalloutName(callout.Kind))]) };
        if (callout.Title is { } title) label.Add(new TextInline(": " + title));
        var labelFlow = Ragged(context.Flow.Style, context.Flow.Leading, theme.TextColor, hyphenate: true);
        var labelTag = new StructTag(StructRole.P) { Lang = callout.Language is null ? null : references?.Plan.Metadata.Language };
        LayoutElement head = new TaggedElement(Paragraph(label, labelFlow, SplitRules.Unbreakable, callout.Source), labelTag);
        // The space under the label goes with it, so that the label stays with the first block.
        if (callout.Blocks.Count > 0) head = new ColumnElement([head, Space(theme.BlockGap / 2, context)]);
        var entries = new List<Entry> { new(head, KeepWithNext: true) };
        AddBlocks(entries, callout.Blocks, InLanguage(context, callout.Language) with { IndentParagraphs = false, ParagraphGap = theme.BlockGap / 2, Floats = false });
        var box = new BoxElement(new ColumnElement(Fold(entries)), theme.BodySize * 0.7f, 0.5f, 2.5f, theme.RuleColor, GridOf(context));
        return new TaggedElement(box, new StructTag(StructRole.Sect) { Lang = callout.Language });
    }

    /// <summary>The context of blocks in <paramref name="language"/>, which their element declares; the same context when null.</summary>
    private static TextContext InLanguage(TextContext context, string? language) =>
        language is null ? context : context with
        {
            Flow = context.Flow with
            {
                Language = language,
                Direction = LanguageDirection.IsRightToLeft(language) ? ParagraphDirection.RightToLeft : ParagraphDirection.LeftToRight,
            },
        };

    /// <summary>A ### to ###### heading inside a section.</summary>
    public LayoutElement Subheading(HeadingBlock h, TextContext? context = null)
    {
        var style = h.Level <= 3
            ? new TextStyle(theme.HeadingFamily, theme.SubheadingSize, Bold: true)
            : new TextStyle(theme.HeadingFamily, theme.BodySize, Bold: true, Italic: true);
        var flow = Ragged(style, style.Size * 1.3f, theme.HeadingColor);
        var text = Tagged(Paragraph(h.Inlines, flow, SplitRules.Unbreakable, h.Source, [h.Id], h), StructRoles.Heading(h.Level));
        return new HeadingElement([text], [], theme.BodyLeading * 0.35f, grid: context is null ? 0 : GridOf(context));
    }

    /// <summary>A centred line of emoji (an ornament): decoration, an artifact of the page.</summary>
    public LayoutElement Ornament(string text, float size)
    {
        var flow = Ragged(new TextStyle(FontFamilyRole.Emoji, size), size * 1.5f, theme.TextColor, TextAlign.Center);
        return Tagged(Paragraph([new OrnamentInline(text)], flow, SplitRules.Unbreakable), StructRole.Artifact);
    }

    private LayoutElement List(ListBlock list, TextContext context)
    {
        if (list.Items.Count == 0) return EmptyElement.Instance;
        var markerStyle = context.Flow.Style;
        var markers = list.Items.Select((_, i) => list.Ordered
            ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + "."
            : "\u2022").Select(m => measurer.Shape(m, markerStyle)).ToArray();
        var indent = Math.Max(markerStyle.Size * 1.8f, markers.Max(m => m.Width) + 8);
        var inner = context with { IndentParagraphs = false, ParagraphGap = theme.BlockGap / 2 };
        var baseline = BaselineOffset(context.Flow);
        var items = list.Items.Select((item, i) => new ListItemContent(markers[i], Column(item.Blocks, inner), baseline)).ToArray();
        return Tagged(new ListElement(items, indent, theme.BlockGap / 3, theme.TextColor, GridOf(context)), StructRole.L);
    }

    private LayoutElement Code(CodeBlock code)
    {
        var style = new TextStyle(FontFamilyRole.Mono, theme.BodySize * 0.85f);
        // A line too long for the measure goes on after an arrow (the code font has U+2192, not U+21AA).
        var flow = Ragged(style, theme.BodyLeading * 0.9f, theme.TextColor) with { PreserveSpaces = true, WrapMark = "\u2192" };
        var inlines = new List<Inline>();
        var lines = code.Code.TrimEnd('\n', '\r').Split('\n');
        // Where each line starts as set (tabs expanded, no line ends) and in the code as written.
        var starts = new List<(int Set, int Written)>();
        int set = 0, written = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) inlines.Add(new LineBreakInline(true));
            var line = lines[i].TrimEnd('\r').Replace("\t", "    ", StringComparison.Ordinal);
            starts.Add((set, written));
            inlines.Add(new TextInline(line));
            set += line.Length;
            written += lines[i].Length + 1;
        }
        // A page that begins inside the code begins at the start of a line of it.
        int WrittenOffset(int offset) => starts.Last(s => s.Set <= offset || s.Set == 0).Written;
        return new IndentElement(Paragraph(inlines, flow, SplitRules.Body, code.Source, node: code, offsetOf: WrittenOffset), theme.BodySize * 1.2f, 0);
    }

    private LayoutElement Figure(ImageBlock figure)
    {
        var caption = Caption(figure.Id, figure.Caption, figure.Source, anchor: false);
        var img = figure.Image;
        // Alt text is required (the manuscript reader warns when it is missing); without it, the
        // caption, else the file's name, so that a figure is never announced as nothing.
        var captionText = InlineText.Plain(figure.Caption);
        var alt = img.Alt.Length > 0 ? img.Alt : captionText.Length > 0 ? captionText : Path.GetFileNameWithoutExtension(img.RelativePath);
        var tag = new StructTag(StructRole.Figure) { Alt = alt };
        return new TaggedElement(new ImageElement(img, caption, theme.ContentHeight * 0.6f, theme.CaptionSize * 0.6f, figure.Id, figure.Source, figure), tag);
    }

    /// <summary>
    /// A caption centred in italic, after its label in bold upright ("Figure 3.1"); null when
    /// there is neither. <paramref name="anchor"/> puts the figure's or table's anchor at its start.
    /// </summary>
    private ParagraphElement? Caption(string? id, IReadOnlyList<Inline> caption, SourceSpan source, bool anchor, Block? node = null)
    {
        var numbered = references?.Caption(id);
        if (caption.Count == 0 && numbered is null) return null;
        var inlines = new List<Inline>();
        if (numbered is not null)
        {
            inlines.Add(new EmphasisInline(EmphasisKind.Italic, [new EmphasisInline(EmphasisKind.Bold, [new TextInline(numbered.Label)])]));
            if (caption.Count > 0) inlines.Add(new TextInline("\u2002"));
        }
        inlines.AddRange(caption);
        var style = new TextStyle(theme.BodyFamily, theme.CaptionSize, Italic: true);
        var flow = Ragged(style, theme.CaptionSize * 1.35f, theme.MutedColor, TextAlign.Center, hyphenate: true);
        return Paragraph(inlines, flow, SplitRules.Unbreakable, source, anchor && id is not null ? [id] : null, node);
    }

    private LayoutElement Table(TableBlock table)
    {
        var rows = new List<IReadOnlyList<ParagraphElement>>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var header = table.HasHeader && r == 0;
            var style = new TextStyle(theme.BodyFamily, theme.SmallSize, Bold: header);
            var cells = table.Rows[r].Cells.Select((cell, c) =>
            {
                var align = c < table.Columns.Count ? table.Columns[c] : ColumnAlign.Default;
                var flow = Ragged(style, theme.SmallLeading, theme.TextColor, align switch
                {
                    ColumnAlign.Right => TextAlign.Right,
                    ColumnAlign.Center => TextAlign.Center,
                    _ => TextAlign.Left,
                }, hyphenate: theme.Hyphenate);
                return Paragraph(cell, flow, SplitRules.Unbreakable, table.Source);
            }).ToArray();
            rows.Add(cells);
        }
        var look = new TableLook(3.5f, 0.8f, 0.5f, theme.RuleColor, theme.TableHeaderFill);
        var groups = ColumnGroups(rows, look.Padding, theme.ContentWidth);
        if (groups.Count == 1) return Captioned(table, new TableElement(rows, table.HasHeader, look, table.Source, table, table.Rows), null);

        // Too wide for the measure even with every column at its longest word: the columns are set
        // in parts one below the other, each repeating the first column when it is narrow enough to
        // label the rows, rather than drawn past the edge of the page.
        var parts = string.Join(", ", groups.Select((g, i) =>
        {
            var data = i > 0 && g[0] == 0 ? g.Skip(1).ToList() : g;
            return data.Count == 1 ? $"{data[0] + 1}" : $"{data[0] + 1}\u2013{data[^1] + 1}";
        }));
        var note = new PreflightNote(PreflightKind.Oversize,
            $"a table of {rows.Max(r => r.Count)} columns is too wide for the measure: it is set in {groups.Count} parts (columns {parts})", table.Source);
        var elements = new List<LayoutElement> { new FixedElement(new Fragment(0, [], [], [], [note])) };
        TableElement? first = null;
        foreach (var group in groups)
        {
            if (elements.Count > 1) elements.Add(new SpacerElement(theme.BlockGap));
            var part = rows.Select(r => (IReadOnlyList<ParagraphElement>)group.Where(c => c < r.Count).Select(c => r[c]).ToArray()).ToList();
            // The first part is where the table's text starts; the caption stands above it.
            var element = new TableElement(part, table.HasHeader, look, table.Source, first is null ? table : null, first is null ? table.Rows : null);
            first ??= element;
            elements.Add(element);
        }
        return Captioned(table, new ColumnElement(elements), first);
    }

    /// <summary>
    /// A table with its caption above it, on the page where the table starts, tagged as the first
    /// child of the table's structure element (of its first part when it is set in parts).
    /// </summary>
    private LayoutElement Captioned(TableBlock table, LayoutElement element, TableElement? first)
    {
        if (Caption(table.Id, table.Caption, table.Source, anchor: true, table) is not { } caption) return element;
        var tagged = new TaggedElement(Tagged(caption, StructRole.Caption), (first ?? (TableElement)element).Tag);
        var entries = new List<Entry> { new(tagged, KeepWithNext: true), new(new SpacerElement(theme.CaptionSize * 0.5f), KeepWithNext: true), new(element) };
        return new ColumnElement(Fold(entries));
    }

    /// <summary>
    /// The table's columns in groups that each fit <paramref name="width"/> at their longest words
    /// (a column wider than half the measure counts as half: its words may split); one group when
    /// the whole table fits. After the first group, each starts with the first column when that
    /// takes at most a third of the measure.
    /// </summary>
    private static List<List<int>> ColumnGroups(List<IReadOnlyList<ParagraphElement>> rows, float padding, float width)
    {
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var need = new float[columns];
        foreach (var row in rows)
            for (var c = 0; c < row.Count; c++)
                need[c] = Math.Max(need[c], Math.Min(row[c].Flow.LongestUnbreakable(hyphenate: false) + 0.5f, width / 2) + 2 * padding);
        var groups = new List<List<int>> { new() };
        if (columns == 0 || need.Sum() <= width) { groups[0].AddRange(Enumerable.Range(0, columns)); return groups; }
        var stub = need[0] <= width / 3;
        var used = 0f;
        for (var c = 0; c < columns; c++)
        {
            var current = groups[^1];
            var data = current.Count - (stub && groups.Count > 1 ? 1 : 0);
            if (data > 0 && used + need[c] > width)
            {
                current = stub ? [0] : [];
                used = stub ? need[0] : 0;
                groups.Add(current);
            }
            current.Add(c);
            used += need[c];
        }
        return groups;
    }

    /// <summary>
    /// A definition list, tagged as a list: each item's terms are its label, its definitions its
    /// body. Terms and definition are separate elements (the term keeps with its definition), so
    /// each carries the item's tag, and the writer makes one list item of them.
    /// </summary>
    private LayoutElement Definitions(DefinitionListBlock list, TextContext context)
    {
        var entries = new List<Entry>();
        var termFlow = context.Flow with { Style = context.Flow.Style.WithBold(), Align = TextAlign.Left, Hyphenate = false };
        foreach (var item in list.Items)
        {
            if (entries.Count > 0) entries.Add(new Entry(Space(theme.BlockGap / 2, context)));
            var li = new StructTag(StructRole.LI);
            var label = new StructTag(StructRole.Lbl);
            foreach (var term in item.Terms)
                entries.Add(new Entry(new TaggedElement(new TaggedElement(Paragraph(term, termFlow, SplitRules.Unbreakable, list.Source, node: term), label), li), KeepWithNext: true));
            var body = Column(item.Definitions, context with { IndentParagraphs = false, ParagraphGap = theme.BlockGap / 2 });
            entries.Add(new Entry(new TaggedElement(Tagged(new IndentElement(body, theme.BodySize * 1.8f, 0), StructRole.LBody), li)));
        }
        return Tagged(new ColumnElement(Fold(entries)), StructRole.L);
    }
}
