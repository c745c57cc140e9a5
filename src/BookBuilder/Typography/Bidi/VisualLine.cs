namespace BookBuilder.Typography.Bidi;

/// <summary>
/// Shapes one line of text that is not broken further (a title on a cover, a name) in visual
/// order: the bidirectional algorithm resolves its levels as a left-to-right paragraph, as the
/// PDF sets the book's lines, each run of one level is shaped in its direction, and the runs are
/// put left to right (rule L2). A line without right-to-left text is shaped as it is.
/// </summary>
public static class VisualLine
{
    /// <summary>The shaped line; its runs are in the order they are drawn, from the left.</summary>
    public static ShapedText Shape(ITextMeasurer measurer, string text, TextStyle style)
    {
        if (!BidiLevels.NeedsResolving(text)) return measurer.Shape(text, style);
        var levels = BidiLevels.Resolve(text);
        var runs = new List<(int Start, int Length)>();
        for (var from = 0; from < text.Length;)
        {
            var to = from + 1;
            while (to < text.Length && levels[to] == levels[from]) to++;
            runs.Add((from, to - from));
            from = to;
        }
        var runLevels = runs.Select(r => levels[r.Start]).ToArray();
        var shaped = new List<ShapedRun>();
        foreach (var i in BidiReorder.VisualOrder(runLevels))
        {
            var (start, length) = runs[i];
            var direction = (runLevels[i] & 1) == 1 ? TextDirection.RightToLeft : TextDirection.LeftToRight;
            shaped.AddRange(measurer.Shape(text.Substring(start, length), style, direction).Runs);
        }
        return new ShapedText(text, style, shaped);
    }
}
