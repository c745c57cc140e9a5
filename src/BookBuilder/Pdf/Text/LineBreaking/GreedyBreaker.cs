namespace BookBuilder.Pdf.Text.LineBreaking;

/// <summary>
/// First-fit line breaking for ragged text (headings, captions, table cells, contents): each line
/// takes as much as fits at natural width. Honours forced breaks and the consecutive-hyphen limit.
/// </summary>
public static class GreedyBreaker
{
    /// <summary>
    /// Breaks <paramref name="items"/> into lines no wider than <paramref name="width"/> at natural
    /// spacing. A box wider than the measure gets a line of its own (callers split such boxes first).
    /// </summary>
    public static IReadOnlyList<BrokenLine> Break(ReadOnlySpan<BreakItem> items, float width, LineBreakOptions? options = null)
    {
        options ??= LineBreakOptions.Default;
        var lines = new List<BrokenLine>();
        var start = SkipDiscardable(items, 0);
        var hyphens = 0;
        while (start < items.Length)
        {
            float natural = 0;
            int lastFit = -1, lastFitPlain = -1;
            var end = -1;
            for (var i = start; i < items.Length; i++)
            {
                var it = items[i];
                if (IsLegal(items, i))
                {
                    var lineWidth = natural + (it.Kind == BreakItemKind.Penalty ? it.Width : 0);
                    if (lineWidth <= width || lastFit < 0)
                    {
                        if (it.IsForcedBreak) { end = i; break; }
                        if (lineWidth <= width)
                        {
                            lastFit = i;
                            if (!it.Flagged) lastFitPlain = i;
                        }
                    }
                    if (lineWidth > width && lastFit >= 0) break;
                    if (lineWidth > width && lastFit < 0) { end = i; break; } // an over-wide box
                }
                if (it.Kind != BreakItemKind.Penalty) natural += it.Width;
            }
            if (end < 0)
            {
                end = lastFit >= 0 && items[lastFit].Flagged && hyphens >= options.MaxConsecutiveHyphens && lastFitPlain >= 0
                    ? lastFitPlain
                    : lastFit >= 0 ? lastFit : items.Length - 1;
            }
            var flagged = items[end].Kind == BreakItemKind.Penalty && items[end].Flagged;
            hyphens = flagged ? hyphens + 1 : 0;
            lines.Add(new BrokenLine(start, end, 0, flagged));
            start = SkipDiscardable(items, end + 1);
            // The paragraph's closing forced break right after a natural break is not a line of its own.
            if (start == items.Length - 1 && !items[end].IsForcedBreak) break;
        }
        return lines;
    }

    private static bool IsLegal(ReadOnlySpan<BreakItem> items, int i) => items[i].Kind switch
    {
        BreakItemKind.Glue => i > 0 && items[i - 1].Kind == BreakItemKind.Box,
        BreakItemKind.Penalty => items[i].Penalty < BreakItem.Infinity,
        _ => false,
    };

    private static int SkipDiscardable(ReadOnlySpan<BreakItem> items, int i)
    {
        while (i < items.Length && items[i].Kind != BreakItemKind.Box && !items[i].IsForcedBreak) i++;
        return i;
    }
}
