using BookBuilder.Pdf.Text;
using BookBuilder.Pdf.Text.LineBreaking;

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
        var breaks = justify
            ? KnuthPlassBreaker.Break(items, width, options) ?? GreedyBreaker.Break(items, width, options)
            : GreedyBreaker.Break(items, width, options);
        var setter = new LineSetter(items, pieces, flow.Style, width, measurer);
        var lines = new List<SetLine>(breaks.Count);
        foreach (var line in breaks) lines.Add(setter.Set(line));
        return new ComposedText(lines, unfittable, flow.TrailingAnchors);
    }
}
