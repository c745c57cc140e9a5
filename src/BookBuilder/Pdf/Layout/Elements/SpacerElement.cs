namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Vertical space between blocks. Discarded at the top of a page; at the foot of a page it takes
/// what is left, so the page ends there.
/// </summary>
public sealed class SpacerElement(float height) : LayoutElement
{
    public float Height { get; } = height;

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) =>
        new Fits(Fragment.Blank(region.AtPageTop ? 0 : Math.Min(Height, region.Height)));
}
