namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// A ruled box around its child (a callout): a thin frame with a heavier rule down the left, the
/// child inset by <paramref name="padding"/> on every side. Each page's part of it is boxed on
/// its own, so that a callout broken over a page reads as one on both. The rules are layout
/// artifacts; the content keeps its own structure. With a baseline grid (<paramref name="grid"/>,
/// the body's leading), the space above the content grows to the next grid line, so that body
/// text inside the box stays on the grid.
/// </summary>
public sealed class BoxElement(LayoutElement child, float padding, float rule, float heavyRule, uint color, float grid = 0) : LayoutElement
{
    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var top = grid > 0 ? GridSpacerElement.Height(region.Top, padding, grid) : padding;
        if (region.Height <= top + padding && !region.AtPageTop) return NothingFits.Instance;
        var inner = new Region(Math.Max(1, region.Width - 2 * padding - heavyRule), Math.Max(1, region.Height - top - padding), region.AtPageTop) { Top = region.Top + top };
        return child.Layout(inner) switch
        {
            Fits f => new Fits(Frame(f.Content, region.Width, top)),
            Partial p => new Partial(Frame(p.Content, region.Width, top), new BoxElement(p.Remainder, padding, rule, heavyRule, color, grid)),
            var other => other,
        };
    }

    private Fragment Frame(Fragment content, float width, float top)
    {
        var height = content.Height + top + padding;
        var half = rule / 2;
        var b = new FragmentBuilder();
        b.Add(new RuleOp(heavyRule / 2, 0, heavyRule / 2, height, heavyRule, color));
        b.Add(new RuleOp(heavyRule, half, width - half, half, rule, color));
        b.Add(new RuleOp(width - half, 0, width - half, height, rule, color));
        b.Add(new RuleOp(heavyRule, height - half, width - half, height - half, rule, color));
        return b.Add(content, heavyRule + padding, top).Build(height);
    }
}
