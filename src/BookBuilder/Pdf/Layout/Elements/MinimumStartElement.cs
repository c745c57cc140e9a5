namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Content that may split over pages but starts on a page only with at least
/// <paramref name="minimum"/> points of it (a list's heading and its first rows): where less room
/// is left and the whole does not fit either, it goes to the next page whole, as a paragraph keeps
/// its first lines together. At the top of a page it is laid out as its child is.
/// </summary>
public sealed class MinimumStartElement(LayoutElement child, float minimum) : LayoutElement
{
    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var result = child.Layout(region);
        if (region.AtPageTop || result is not Partial p) return result;
        return p.Content.Height + 0.01f < minimum ? NothingFits.Instance : result;
    }
}
