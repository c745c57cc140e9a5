namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>A block quotation: its blocks in a narrower measure with a thin bar on the left.</summary>
public sealed class QuoteElement(LayoutElement body, float indent, uint barColor) : LayoutElement
{
    private readonly IndentElement _inner = new(body, indent, indent / 2, new RuleOp(indent / 3, 0, indent / 3, 0, 0.8f, barColor));

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) => _inner.Layout(region);
}
