using BookBuilder.Pdf.Layout.LineBreaking;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// A paragraph ready for line breaking: boxes, glue and penalties, with the pieces the boxes
/// stand for. Independent of the measure; immutable once built.
/// </summary>
public sealed class TextFlow
{
    private readonly BreakItem[] _items;
    private readonly TextPiece[] _pieces;

    internal TextFlow(BreakItem[] items, TextPiece[] pieces, FlowStyle style, IReadOnlyList<string> trailingAnchors)
    {
        _items = items;
        _pieces = pieces;
        Style = style;
        TrailingAnchors = trailingAnchors;
    }

    /// <summary>
    /// Items for the breaker; a box's payload indexes <see cref="Pieces"/> (-1: blank space such as
    /// an indent). A glue's payload is the bidirectional level of its space (-1 or 0: left-to-right).
    /// </summary>
    public IReadOnlyList<BreakItem> Items => _items;
    public IReadOnlyList<TextPiece> Pieces => _pieces;
    public FlowStyle Style { get; }
    /// <summary>The paragraph's bidirectional level: 0 left-to-right, 1 right-to-left (set from the right margin).</summary>
    public byte ParagraphLevel { get; init; }
    /// <summary>Anchors with no text after them (an empty paragraph, a footnote mark at the very end).</summary>
    public IReadOnlyList<string> TrailingAnchors { get; }

    /// <summary>True when the flow holds no visible text.</summary>
    public bool IsEmpty => Pieces.Count == 0;

    /// <summary>Width of the widest stretch between two legal breaks: the narrowest measure that needs no emergency split.</summary>
    public float LongestUnbreakable(bool hyphenate = true)
    {
        float widest = 0, w = 0;
        var items = ItemArray;
        for (var i = 0; i < items.Length; i++)
        {
            var it = items[i];
            var legal = it.Kind switch
            {
                BreakItemKind.Glue => i > 0 && items[i - 1].Kind == BreakItemKind.Box,
                // A penalty with width inserts a hyphen: a hyphenation point, not a break the text has.
                BreakItemKind.Penalty => it.Penalty < BreakItem.Infinity && (hyphenate || it.Width == 0),
                _ => false,
            };
            if (legal)
            {
                widest = Math.Max(widest, w + (it.Kind == BreakItemKind.Penalty ? it.Width : 0));
                w = 0;
            }
            else if (it.Kind != BreakItemKind.Penalty) w += it.Width;
        }
        return Math.Max(widest, w);
    }

    internal BreakItem[] ItemArray => _items;
    internal TextPiece[] PieceArray => _pieces;
}
