using System.Text;
using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Typography.Bidi;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Runs the Unicode Bidirectional Algorithm (<see cref="BidiLevels"/>) over a paragraph before it
/// is broken into lines, which works on the logical order. The paragraph's direction is the
/// flow's (a block in a right-to-left language), else its first strong character's (rules P2 and
/// P3). A piece whose
/// characters resolve to different levels is split where the level changes (in "שלום, means" the
/// comma belongs to the English sentence, not to the Hebrew word), every piece gets its level and
/// is measured in its direction, and every glue gets the level of its space in its payload. The
/// pieces of each line are put in visual order when the line is set (<see cref="LineSetter"/>).
/// </summary>
internal static class ParagraphBidi
{
    /// <summary>A footnote mark counts as an object (U+FFFC, neutral), not as the digits it shows.</summary>
    private const char FootnoteMark = '\uFFFC';

    /// <summary>
    /// The items and pieces with levels, and the paragraph's level (1: right-to-left); the lists
    /// themselves when the paragraph is left-to-right and holds nothing right-to-left (every level
    /// is then 0).
    /// </summary>
    public static (List<BreakItem> Items, List<TextPiece> Pieces, byte Level) Apply(List<BreakItem> items, List<TextPiece> pieces, ITextMeasurer measurer,
        ParagraphDirection direction = ParagraphDirection.LeftToRight)
    {
        if (direction != ParagraphDirection.RightToLeft && !pieces.Exists(p => p.FootnoteId is null && BidiLevels.NeedsResolving(p.Text))) return (items, pieces, 0);

        // The paragraph as the algorithm reads it, and where each item starts in that text.
        var text = new StringBuilder();
        var starts = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            starts[i] = text.Length;
            var it = items[i];
            switch (it.Kind)
            {
                case BreakItemKind.Box when it.Payload >= 0:
                    var piece = pieces[it.Payload];
                    if (piece.FootnoteId is null) text.Append(piece.Text);
                    else text.Append(FootnoteMark, piece.Text.Length);
                    break;
                case BreakItemKind.Glue:
                    text.Append(IsNoBreakSpace(items, i) ? '\u00A0' : ' ');
                    break;
                case BreakItemKind.Penalty when it.IsForcedBreak:
                    text.Append('\u2028'); // a hard line break is a line separator (white space)
                    break;
            }
        }
        var paragraph = text.ToString();
        var level = direction switch
        {
            ParagraphDirection.RightToLeft => (byte)1,
            ParagraphDirection.Auto => BidiLevels.ParagraphLevel(paragraph),
            _ => (byte)0,
        };
        var levels = BidiLevels.Resolve(paragraph, level);

        var newItems = new List<BreakItem>(items.Count + 8);
        var newPieces = new List<TextPiece>(pieces.Count + 8);
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            if (it.Kind == BreakItemKind.Glue)
            {
                newItems.Add(it with { Payload = levels[starts[i]] });
                continue;
            }
            if (it.Kind != BreakItemKind.Box || it.Payload < 0 || pieces[it.Payload].Text.Length == 0)
            {
                if (it.Kind == BreakItemKind.Box && it.Payload >= 0)
                {
                    newPieces.Add(pieces[it.Payload]);
                    it = it with { Payload = newPieces.Count - 1 };
                }
                newItems.Add(it);
                continue;
            }
            Split(pieces[it.Payload], levels.AsSpan(starts[i]), measurer, newItems, newPieces);
        }
        return (newItems, newPieces, level);
    }

    /// <summary>Adds <paramref name="piece"/> as one box per run of equal levels, measured in its direction.</summary>
    private static void Split(TextPiece piece, ReadOnlySpan<byte> levels, ITextMeasurer measurer, List<BreakItem> items, List<TextPiece> pieces)
    {
        var text = piece.Text;
        for (var from = 0; from < text.Length;)
        {
            var level = levels[from];
            var to = from + 1;
            while (to < text.Length && levels[to] == level) to++;
            var whole = from == 0 && to == text.Length;
            var part = whole ? piece : piece with
            {
                Text = text[from..to],
                Offset = piece.OffsetAt(from),
                Anchors = from == 0 ? piece.Anchors : [],
                FootnoteId = from == 0 ? piece.FootnoteId : null,
            };
            // A whole left-to-right piece keeps the width it was measured with.
            var width = whole && level % 2 == 0 ? piece.Width : measurer.Shape(part.Text, part.Look.Style, TextPiece.DirectionOf(level)).Width;
            pieces.Add(part with { Width = width, Level = level });
            items.Add(BreakItem.Box(width, pieces.Count - 1));
            from = to;
        }
    }

    /// <summary>
    /// A no-break space is glue after a prohibiting penalty; the glue of a hard line break (which
    /// also follows one) ends in a forced break instead.
    /// </summary>
    private static bool IsNoBreakSpace(List<BreakItem> items, int i) =>
        i > 0 && items[i - 1].Kind == BreakItemKind.Penalty && items[i - 1].Penalty >= BreakItem.Infinity
        && !(i + 1 < items.Count && items[i + 1].IsForcedBreak);
}
