using BookBuilder.Pdf.Layout.LineBreaking;
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
        var (items, pieces, unfittable) = EmergencySplitter.Split(flow.ItemArray, flow.PieceArray, width, measurer);
        var justify = flow.Style.Align == TextAlign.Justify;
        if (justify && flow.Style.Justification.MaxLetterSpacing > 0)
        {
            items = WithLetterSpacing(items, pieces, flow.Style, measurer);
            options = options with { LetterSpacingFrom = flow.Style.Justification.LetterSpacingFrom };
        }
        var breaks = justify
            ? KnuthPlassBreaker.Break(items, width, options) ?? GreedyBreaker.Break(items, width, options)
            : GreedyBreaker.Break(items, width, options);
        var setter = new LineSetter(items, pieces, flow.Style, width, measurer, flow.ParagraphLevel);
        var lines = new List<SetLine>(breaks.Count);
        foreach (var line in breaks) lines.Add(setter.Set(line));
        return new ComposedText(lines, unfittable, flow.TrailingAnchors);
    }

    /// <summary>
    /// A copy of <paramref name="items"/> in which every word box can stretch by the letter-spacing
    /// the line setter would give it at most (<see cref="Justification.MaxLetterSpacing"/> between its
    /// clusters), so that total-fit breaking knows which loose lines letter-spacing can rescue.
    /// </summary>
    private static BreakItem[] WithLetterSpacing(BreakItem[] items, TextPiece[] pieces, FlowStyle style, ITextMeasurer measurer)
    {
        var copy = (BreakItem[])items.Clone();
        var perGap = style.Justification.MaxLetterSpacing * style.Style.Size;
        for (var i = 0; i < copy.Length; i++)
        {
            var it = copy[i];
            if (it.Kind != BreakItemKind.Box || it.Payload < 0) continue;
            var piece = pieces[it.Payload];
            var gaps = measurer.Shape(piece.Text, piece.Look.Style, piece.Direction).ClusterGaps;
            if (gaps > 0) copy[i] = BreakItem.Box(it.Width, gaps * perGap, it.Payload);
        }
        return copy;
    }
}
