namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>A short centred horizontal rule with space above and below (a scene break).</summary>
public sealed class RuleElement(float height, float ruleWidth, float thickness, uint color) : LayoutElement
{
    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        if (height > region.Height && !region.AtPageTop) return NothingFits.Instance;
        var w = Math.Min(ruleWidth, region.Width);
        var x = (region.Width - w) / 2;
        var y = height / 2;
        return new Fits(new Fragment(height, [new RuleOp(x, y, x + w, y, thickness, color)], [], [], []));
    }
}
