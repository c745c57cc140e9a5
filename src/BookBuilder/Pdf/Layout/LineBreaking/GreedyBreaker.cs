namespace BookBuilder.Pdf.Layout.LineBreaking;

/// <summary>
/// First-fit line breaking for ragged text (headings, captions, table cells, contents): each line
/// takes as much as fits at natural width. Honours forced breaks and the consecutive-hyphen limit:
/// when a line could only end in a third hyphen, it ends at its last space instead, or, if it has
/// none, the previous line is taken back to its last space.
/// </summary>
public static class GreedyBreaker
{
    /// <summary>
    /// Breaks <paramref name="items"/> into lines no wider than <paramref name="width"/> at natural
    /// spacing. A box wider than the measure gets a line of its own (callers split such boxes first).
    /// </summary>
    /// <param name="continuation">
    /// The measure of a line that goes on with the text of the line before it (that line did not
    /// end at a forced break), by the index of its first item: narrower where a wrapped line of
    /// code hangs under its indentation after a continuation mark. Null: every line takes
    /// <paramref name="width"/>.
    /// </param>
    public static IReadOnlyList<BrokenLine> Break(ReadOnlySpan<BreakItem> items, float width, LineBreakOptions? options = null, Func<int, float>? continuation = null)
    {
        options ??= LineBreakOptions.Default;
        var lines = new List<BrokenLine>();
        var start = SkipDiscardable(items, 0);
        var hyphens = 0;
        var backedUp = -1;
        var continued = false;
        while (start < items.Length)
        {
            var (end, plain) = Scan(items, start, continued && continuation is not null ? continuation(start) : width);
            if (IsFlagged(items, end) && hyphens >= options.MaxConsecutiveHyphens)
            {
                if (plain >= 0)
                {
                    end = plain;
                }
                else if (lines.Count > 0 && lines[^1].Hyphenated && backedUp != lines.Count - 1)
                {
                    var previous = lines[^1];
                    var (_, previousPlain) = Scan(items, previous.Start, width);
                    if (previousPlain >= 0)
                    {
                        lines[^1] = new BrokenLine(previous.Start, previousPlain, 0, false);
                        backedUp = lines.Count - 1;
                        hyphens = 0;
                        start = SkipDiscardable(items, previousPlain + 1);
                        continue;
                    }
                }
            }
            var flagged = IsFlagged(items, end);
            hyphens = flagged ? hyphens + 1 : 0;
            lines.Add(new BrokenLine(start, end, 0, flagged));
            continued = !items[end].IsForcedBreak;
            start = SkipDiscardable(items, end + 1);
            // The paragraph's closing forced break right after a natural break is not a line of its own.
            if (start == items.Length - 1 && !items[end].IsForcedBreak) break;
        }
        return lines;
    }

    /// <summary>
    /// Where a line starting at <paramref name="start"/> ends: a forced break, else the last legal
    /// break that fits (an over-wide box ends its own line); and the last fitting break that is
    /// not a hyphen (-1 when there is none).
    /// </summary>
    private static (int End, int Plain) Scan(ReadOnlySpan<BreakItem> items, int start, float width)
    {
        float natural = 0;
        int lastFit = -1, lastPlain = -1;
        for (var i = start; i < items.Length; i++)
        {
            var it = items[i];
            if (IsLegal(items, i))
            {
                var lineWidth = natural + (it.Kind == BreakItemKind.Penalty ? it.Width : 0);
                if (lineWidth > width) return (lastFit >= 0 ? lastFit : i, lastPlain);
                if (it.IsForcedBreak) return (i, i);
                lastFit = i;
                if (!it.Flagged) lastPlain = i;
            }
            if (it.Kind != BreakItemKind.Penalty) natural += it.Width;
        }
        return (lastFit >= 0 ? lastFit : items.Length - 1, lastPlain);
    }

    private static bool IsFlagged(ReadOnlySpan<BreakItem> items, int i) =>
        items[i].Kind == BreakItemKind.Penalty && items[i].Flagged;

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
