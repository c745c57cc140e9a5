namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>Ends the page, unless nothing has been placed on it yet.</summary>
public sealed class PageBreakElement : LayoutElement
{
    public static PageBreakElement Instance { get; } = new();

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) =>
        region.AtPageTop ? new Fits(Fragment.Empty) : new Partial(Fragment.Empty, EmptyElement.Instance);
}

/// <summary>Nothing at all; what remains after a page break.</summary>
public sealed class EmptyElement : LayoutElement
{
    public static EmptyElement Instance { get; } = new();

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) => new Fits(Fragment.Empty);
}
