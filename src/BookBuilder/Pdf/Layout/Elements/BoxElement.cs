namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// A ruled box around its child (a callout): a thin frame with a heavier rule down the left, the
/// child inset by <paramref name="padding"/> on every side. Each page's part of it is boxed on
/// its own, so that a callout broken over a page reads as one on both. The rules are layout
/// artifacts; the content keeps its own structure.
/// </summary>
public sealed class BoxElement(LayoutElement child, float padding, float rule, float heavyRule, uint color) : LayoutElement
{
    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        if (region.Height <= 2 * padding && !region.AtPageTop) return NothingFits.Instance;
        var inner = new Region(Math.Max(1, region.Width - 2 * padding - heavyRule), Math.Max(1, region.Height - 2 * padding), region.AtPageTop);
        return child.Layout(inner) switch
        {
            Fits f => new Fits(Frame(f.Content, region.Width)),
            Partial p => new Partial(Frame(p.Content, region.Width), new BoxElement(p.Remainder, padding, rule, heavyRule, color)),
            var other => other,
        };
    }

    private Fragment Frame(Fragment content, float width)
    {
        var height = content.Height + 2 * padding;
        var half = rule / 2;
        var b = new FragmentBuilder();
        b.Add(new RuleOp(heavyRule / 2, 0, heavyRule / 2, height, heavyRule, color));
        b.Add(new RuleOp(heavyRule, half, width - half, half, rule, color));
        b.Add(new RuleOp(width - half, 0, width - half, height, rule, color));
        b.Add(new RuleOp(heavyRule, height - half, width - half, height - half, rule, color));
        return b.Add(content, heavyRule + padding, padding).Build(height);
    }
}
