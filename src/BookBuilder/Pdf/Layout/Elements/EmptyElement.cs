namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>Nothing at all: what an empty list or an empty division lays out as.</summary>
public sealed class EmptyElement : LayoutElement
{
    public static EmptyElement Instance { get; } = new();

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) => new Fits(Fragment.Empty);
}
