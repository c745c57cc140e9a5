namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Lays its child out in a narrower measure (list items, quotations), optionally with a vertical
/// rule in the left indent on every fragment (a quotation bar).
/// </summary>
public sealed class IndentElement(LayoutElement child, float left, float right, RuleOp? bar = null) : LayoutElement
{
    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var inner = new Region(Math.Max(1, region.Width - left - right), region.Height, region.AtPageTop) { Top = region.Top };
        return child.Layout(inner) switch
        {
            Fits f => new Fits(Shift(f.Content)),
            Partial p => new Partial(Shift(p.Content), new IndentElement(p.Remainder, left, right, bar)),
            var other => other,
        };
    }

    private Fragment Shift(Fragment content)
    {
        var b = new FragmentBuilder();
        if (bar is not null && content.Height > 0) b.Add(bar with { Y1 = 0, Y2 = content.Height });
        return b.Add(content, left, 0).Build(content.Height);
    }
}
