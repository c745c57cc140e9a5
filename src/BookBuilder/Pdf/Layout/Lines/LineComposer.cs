using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Breaks a <see cref="TextFlow"/> at a measure (total-fit for justified text, first-fit for
/// ragged) and sets each line: adjacent pieces of one look are shaped together (so kerning and
/// ligatures survive and a hyphen is part of the shaped fragment), glue gets its adjusted width,
/// and links, anchors and strike-through rules are emitted at their positions.
/// </summary>
public static class LineComposer
{
    /// <summary>Composes <paramref name="flow"/> into lines no wider than <paramref name="width"/>.</summary>
    public static ComposedText Compose(TextFlow flow, float width, ITextMeasurer measurer, LineBreakOptions? options = null)
    {
        options ??= LineBreakOptions.Default;
        if (flow.IsEmpty) return new ComposedText([], [], flow.TrailingAnchors);
        var wrap = flow.Style.WrapMark is { } markText && flow.Style.Align != TextAlign.Justify ? new CodeWrap(flow, markText, width, measurer) : null;
        var (items, pieces, unfittable, squeezed) = EmergencySplitter.Split(flow.ItemArray, flow.PieceArray, wrap?.NarrowestMeasure ?? width, measurer);
        var justify = flow.Style.Align == TextAlign.Justify;
        if (justify && (flow.Style.Justification.MaxLetterSpacing > 0 || flow.Style.Justification.MaxGlyphScaling > 0))
        {
            items = WithLetterSpacing(items, pieces, flow.Style, measurer);
            options = options with { LetterSpacingFrom = flow.Style.Justification.LetterSpacingFrom, LetterTighteningFrom = flow.Style.Justification.LetterTighteningFrom };
        }
        // Running text leaves no paragraph's last word alone on its last line.
        if (justify && flow.Style.Role != LineRole.Other && flow.Style.Justification.AvoidRunts) options = options with { AvoidRunts = true };
        var breaks = justify
            ? KnuthPlassBreaker.Break(items, width, options) ?? GreedyBreaker.Break(items, width, options)
            : GreedyBreaker.Break(items, width, options, wrap is null ? null : start => width - wrap.Hang(items, start));
        var setter = new LineSetter(items, pieces, flow.Style, width, measurer, flow.ParagraphLevel);
        var lines = new List<SetLine>(breaks.Count);
        for (var i = 0; i < breaks.Count; i++)
        {
            var line = breaks[i];
            var set = setter.Set(line);
            if (line.KeptRunt) set = set with { KeptRunt = true };
            if (wrap is not null && i > 0 && !items[breaks[i - 1].End].IsForcedBreak) set = wrap.Continue(set, items, line.Start, flow.Style.Color);
            lines.Add(set);
        }
        return new ComposedText(lines, unfittable, flow.TrailingAnchors) { SqueezedClusters = [.. squeezed, .. setter.Squeezed] };
    }

    /// <summary>
    /// How a line of code too long for the measure goes on: on the next line, after a hanging
    /// indent as deep as the line's own indentation (at most half the measure) and the flow's
    /// continuation mark, drawn as an artifact so that the text read back is the code as written.
    /// </summary>
    private sealed class CodeWrap
    {
        private readonly ShapedText _mark;
        private readonly float _gap, _width;

        public CodeWrap(TextFlow flow, string mark, float width, ITextMeasurer measurer)
        {
            _mark = measurer.Shape(mark, flow.Style.Style);
            _gap = measurer.Shape(" ", flow.Style.Style).Width;
            _width = width;
            var deepest = 0f;
            var items = flow.ItemArray;
            for (var i = 0; i < items.Length; i++)
                if (i == 0 || items[i - 1].IsForcedBreak) deepest = Math.Max(deepest, Indent(items, i));
            NarrowestMeasure = Math.Max(width / 4, width - Math.Min(deepest, width / 2) - _mark.Width - _gap);
        }

        /// <summary>The measure a word must fit not to be split: that of the most indented line's continuation.</summary>
        public float NarrowestMeasure { get; }

        /// <summary>The indentation of the line of code that starts at item <paramref name="start"/>: its leading kept spaces.</summary>
        private static float Indent(BreakItem[] items, int start)
        {
            var w = 0f;
            for (var i = start; i < items.Length && !items[i].IsForcedBreak; i++)
            {
                if (items[i].Kind == BreakItemKind.Box && items[i].Payload >= 0) break;
                if (items[i].Kind == BreakItemKind.Box) w += items[i].Width;
            }
            return w;
        }

        /// <summary>The hanging indent and mark before a continuation that starts at item <paramref name="start"/>.</summary>
        public float Hang(BreakItem[] items, int start) => HangIndent(items, start) + _mark.Width + _gap;

        private float HangIndent(BreakItem[] items, int start)
        {
            var first = start;
            while (first > 0 && !items[first - 1].IsForcedBreak) first--;
            return Math.Min(Indent(items, first), _width / 2);
        }

        /// <summary><paramref name="line"/> moved right by the hang, after the mark.</summary>
        public SetLine Continue(SetLine line, BreakItem[] items, int start, uint color)
        {
            var indent = HangIndent(items, start);
            var shift = indent + _mark.Width + _gap;
            var artifact = StructTag.ArtifactOf(ArtifactKind.Layout);
            var ops = new List<DrawOp>(line.Ops.Count + 3) { new TagStartOp(artifact), new TextOp(indent, 0, _mark, color) { ActualText = "" }, new TagEndOp(artifact) };
            foreach (var op in line.Ops) ops.Add(DrawOps.Translate(op, shift, 0));
            return line with { Ops = ops, NaturalWidth = line.NaturalWidth + shift, Wrapped = true };
        }
    }

    /// <summary>
    /// A copy of <paramref name="items"/> in which every word box can stretch by the letter-spacing
    /// the line setter would give it at most (<see cref="Justification.MaxLetterSpacing"/> between its
    /// clusters), so that total-fit breaking knows which loose lines letter-spacing can rescue, and
    /// narrow by the letter-tightening it may take (<see cref="Justification.MaxLetterTightening"/>),
    /// and grow or narrow by drawing its glyphs wider or narrower (<see cref="Justification.MaxGlyphScaling"/>
    /// of its width; not a picture's, nor a cluster squeezed into the measure).
    /// </summary>
    private static BreakItem[] WithLetterSpacing(BreakItem[] items, TextPiece[] pieces, FlowStyle style, ITextMeasurer measurer)
    {
        var copy = (BreakItem[])items.Clone();
        var perGap = style.Justification.MaxLetterSpacing * style.Style.Size;
        var perGapTight = style.Justification.MaxLetterTightening * style.Style.Size;
        var scaling = style.Justification.MaxGlyphScaling;
        for (var i = 0; i < copy.Length; i++)
        {
            var it = copy[i];
            if (it.Kind != BreakItemKind.Box || it.Payload < 0) continue;
            var piece = pieces[it.Payload];
            if (piece.Image is not null) continue; // a picture keeps its size
            var gaps = measurer.Shape(piece.Text, piece.Look.Style, piece.Direction).ClusterGaps;
            if (gaps > 0) copy[i] = BreakItem.Box(it.Width, gaps * perGap, gaps * perGapTight, it.Payload);
            if (piece.FitWidth == 0) copy[i] = copy[i] with { Scaling = it.Width * scaling };
        }
        return copy;
    }
}
