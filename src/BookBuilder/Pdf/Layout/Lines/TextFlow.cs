using BookBuilder.Pdf.Text.LineBreaking;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// A paragraph ready for line breaking: boxes, glue and penalties, with the pieces the boxes
/// stand for. Independent of the measure; immutable once built.
/// </summary>
public sealed class TextFlow
{
    internal TextFlow(BreakItem[] items, TextPiece[] pieces, FlowStyle style, IReadOnlyList<string> trailingAnchors)
    {
        Items = items;
        Pieces = pieces;
        Style = style;
        TrailingAnchors = trailingAnchors;
    }

    /// <summary>Items for the breaker; a box's payload indexes <see cref="Pieces"/> (-1: blank space such as an indent).</summary>
    public IReadOnlyList<BreakItem> Items { get; }
    public IReadOnlyList<TextPiece> Pieces { get; }
    public FlowStyle Style { get; }
    /// <summary>Anchors with no text after them (an empty paragraph, a footnote mark at the very end).</summary>
    public IReadOnlyList<string> TrailingAnchors { get; }

    /// <summary>True when the flow holds no visible text.</summary>
    public bool IsEmpty => Pieces.Count == 0;

    internal BreakItem[] ItemArray => (BreakItem[])Items;
}
