using System.Globalization;
using System.Text;
using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Finds stretches of boxes that no legal break makes narrower than the measure (a long URL, a
/// chemical name) and splits them between grapheme clusters, so the page still renders. Never
/// splits inside a cluster, so emoji sequences and flags stay whole.
/// </summary>
internal static class EmergencySplitter
{
    private const float EmergencyPenalty = 1000;

    /// <summary>How far a squeezed cluster's glyphs may be raised or lowered, in ems (stacked marks are brought down to it).</summary>
    public const float MaxShift = 0.3f;

    public static (BreakItem[] Items, TextPiece[] Pieces, IReadOnlyList<string> Words, IReadOnlyList<string> Squeezed) Split(
        BreakItem[] items, TextPiece[] pieces, float width, ITextMeasurer measurer)
    {
        var tooWide = FindTooWide(items, width);
        if (tooWide.Count == 0) return (items, pieces, [], []);
        var squeezed = new List<string>();

        var newItems = new List<BreakItem>(items.Length + 32);
        var newPieces = new List<TextPiece>(pieces);
        var words = new List<string>();
        var next = 0;
        foreach (var (from, to) in tooWide)
        {
            for (; next < from; next++) newItems.Add(items[next]);
            var word = new StringBuilder();
            for (var i = from; i < to; i++)
            {
                var item = items[i];
                if (item.Kind != BreakItemKind.Box || item.Payload < 0) { newItems.Add(item); continue; }
                var piece = pieces[item.Payload];
                if (piece.Image is not null)
                {
                    // A picture wider than the measure is scaled down to it, never split.
                    if (item.Width > width)
                    {
                        newPieces.Add(piece with { Width = width, ImageHeight = piece.ImageHeight * width / item.Width });
                        newItems.Add(BreakItem.Box(width, newPieces.Count - 1));
                    }
                    else newItems.Add(item);
                    continue;
                }
                word.Append(piece.Text);
                var clusters = StringInfo.GetTextElementEnumerator(piece.Text);
                var first = true;
                while (clusters.MoveNext())
                {
                    var text = (string)clusters.Current;
                    if (!first) newItems.Add(BreakItem.PenaltyAt(0, EmergencyPenalty));
                    var shaped = measurer.Shape(text, piece.Look.Style, piece.Direction);
                    var fit = 0f;
                    if (shaped.Width > width)
                    {
                        shaped = shaped.SqueezedTo(width, MaxShift * piece.Look.Style.Size);
                        fit = width;
                        squeezed.Add(text);
                    }
                    var w = shaped.Width;
                    newPieces.Add(piece with { Text = text, Width = w, FitWidth = fit, Offset = piece.OffsetAt(clusters.ElementIndex), Anchors = first ? piece.Anchors : [], FootnoteId = first ? piece.FootnoteId : null });
                    newItems.Add(BreakItem.Box(w, newPieces.Count - 1));
                    first = false;
                }
            }
            words.Add(word.ToString());
            next = to;
        }
        for (; next < items.Length; next++) newItems.Add(items[next]);
        return (newItems.ToArray(), newPieces.ToArray(), words, squeezed);
    }

    /// <summary>Item ranges [from, to) between legal breaks whose content is wider than the measure.</summary>
    private static List<(int From, int To)> FindTooWide(BreakItem[] items, float width)
    {
        var result = new List<(int, int)>();
        var start = 0;
        float w = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var it = items[i];
            var legal = it.Kind switch
            {
                BreakItemKind.Glue => i > 0 && items[i - 1].Kind == BreakItemKind.Box,
                BreakItemKind.Penalty => it.Penalty < BreakItem.Infinity,
                _ => false,
            };
            if (legal)
            {
                if (w + (it.Kind == BreakItemKind.Penalty ? it.Width : 0) > width)
                {
                    // Widen to the whole word so that its pieces merge into one report.
                    var from = start;
                    while (from > 0 && items[from - 1].Kind != BreakItemKind.Glue) from--;
                    var to = i;
                    while (to < items.Length && items[to].Kind != BreakItemKind.Glue) to++;
                    if (result.Count > 0 && result[^1].Item2 > from) from = result[^1].Item2;
                    if (from < to) result.Add((from, to));
                    i = Math.Max(i, to - 1);
                    start = to;
                    w = 0;
                    continue;
                }
                start = i + 1;
                w = 0;
                continue;
            }
            if (it.Kind != BreakItemKind.Penalty) w += it.Width;
        }
        return result;
    }
}
