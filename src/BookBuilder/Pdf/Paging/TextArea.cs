using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>A drawn item's extent on its page, in points from the page's top-left corner.</summary>
public readonly record struct DrawnBox(DrawOp Op, float Left, float Top, float Right, float Bottom);

/// <summary>
/// The text block of each page (the page less its margins) and the boxes of what a page draws, so
/// that anything drawn outside the text block can be found. Page furniture (running heads and
/// folios, tagged as pagination artifacts) lives in the margins by design and is left out; a text
/// item's box is its advance width by its font's ascent and descent, the box a line of it takes.
/// </summary>
public static class TextArea
{
    /// <summary>
    /// How far a box may reach past the text block before it counts. A heading set on a leading
    /// smaller than its font's ascent plus descent (section titles, 1.3 em of Source Sans 3's
    /// 1.42 em) has a box up to 0.9 pt taller than its line, room for accents that its ink does
    /// not reach; anything that really runs off the page reaches much further.
    /// </summary>
    public const float Tolerance = 1f;

    /// <summary>The text block of page <paramref name="index"/> (0 is a right-hand page: the inner margin is on its left).</summary>
    public static (float Left, float Top, float Right, float Bottom) Block(Theme theme, int index)
    {
        var left = index % 2 == 0 ? theme.MarginInner : theme.MarginOuter;
        return (left, theme.MarginTop, left + theme.ContentWidth, theme.MarginTop + theme.ContentHeight);
    }

    /// <summary>The boxes of everything <paramref name="page"/> draws, page furniture left out.</summary>
    public static IEnumerable<DrawnBox> Boxes(PageFrame page, ITextMeasurer measurer)
    {
        var furniture = 0;
        var open = new List<StructTag>();
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case TagStartOp s:
                    open.Add(s.Tag);
                    if (s.Tag is { Role: StructRole.Artifact, Artifact: ArtifactKind.Pagination }) furniture++;
                    continue;
                case TagEndOp e:
                    var at = open.LastIndexOf(e.Tag);
                    for (var i = open.Count - 1; i >= Math.Max(0, at); i--)
                    {
                        if (open[i] is { Role: StructRole.Artifact, Artifact: ArtifactKind.Pagination }) furniture--;
                        open.RemoveAt(i);
                    }
                    continue;
            }
            if (furniture > 0) continue;
            switch (op)
            {
                case TextOp t when t.Text.Width > 0:
                    var m = measurer.Metrics(t.Text.Style);
                    // Glyphs raised or lowered past the font's ascent or descent (marks stacked on marks) count.
                    float up = m.Ascent, down = m.Descent;
                    foreach (var run in t.Text.Runs)
                        foreach (var y in run.YOffsets) { up = Math.Max(up, y); down = Math.Min(down, y); }
                    yield return new DrawnBox(op, t.X, t.Baseline - up, t.X + t.Text.Width, t.Baseline - down);
                    break;
                case RuleOp r:
                    var half = r.Thickness / 2;
                    yield return new DrawnBox(op, Math.Min(r.X1, r.X2) - (r.Y1 == r.Y2 ? 0 : half), Math.Min(r.Y1, r.Y2) - (r.X1 == r.X2 ? 0 : half),
                        Math.Max(r.X1, r.X2) + (r.Y1 == r.Y2 ? 0 : half), Math.Max(r.Y1, r.Y2) + (r.X1 == r.X2 ? 0 : half));
                    break;
                case RectOp r:
                    yield return new DrawnBox(op, r.X, r.Y, r.X + r.Width, r.Y + r.Height);
                    break;
                case ImageOp i:
                    yield return new DrawnBox(op, i.X, i.Y, i.X + i.Width, i.Y + i.Height);
                    break;
            }
        }
    }

    /// <summary>The drawn items of <paramref name="pages"/> that reach outside their page's text block.</summary>
    public static IReadOnlyList<(PageFrame Page, DrawnBox Box)> Outside(IReadOnlyList<PageFrame> pages, Theme theme, ITextMeasurer measurer)
    {
        var result = new List<(PageFrame, DrawnBox)>();
        foreach (var page in pages)
        {
            var block = Block(theme, page.Index);
            foreach (var box in Boxes(page, measurer))
                if (Overshoot(box, block) > Tolerance) result.Add((page, box));
        }
        return result;
    }

    /// <summary>How far, in points, <paramref name="box"/> reaches past <paramref name="block"/> on its worst side (0 or less: inside).</summary>
    public static float Overshoot(DrawnBox box, (float Left, float Top, float Right, float Bottom) block) =>
        Math.Max(Math.Max(block.Left - box.Left, box.Right - block.Right), Math.Max(block.Top - box.Top, box.Bottom - block.Bottom));

    /// <summary>Which side <paramref name="box"/> reaches furthest past, and by how much, for a report.</summary>
    public static string Where(DrawnBox box, (float Left, float Top, float Right, float Bottom) block)
    {
        (string Side, float By)[] sides = [("left", block.Left - box.Left), ("right", box.Right - block.Right), ("top", block.Top - box.Top), ("bottom", box.Bottom - block.Bottom)];
        var worst = sides.MaxBy(s => s.By);
        return $"{worst.By:F1} pt past the {worst.Side} edge";
    }

    /// <summary>What a drawn item is, in a few words, for a report.</summary>
    public static string Describe(DrawOp op) => op switch
    {
        TextOp t => $"text \"{(t.Text.Text.Length > 30 ? t.Text.Text[..30] + "…" : t.Text.Text)}\"",
        RuleOp => "a rule",
        RectOp => "a shaded box",
        ImageOp => "an image",
        _ => op.GetType().Name,
    };
}
