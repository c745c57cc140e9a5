namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Keeps its child on one page: if it does not fit whole, it moves to the next page. On an empty
/// page the child may split after all, since waiting would not help.
/// </summary>
public sealed class KeepTogetherElement(LayoutElement child) : LayoutElement
{
    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var result = child.Layout(region);
        return result is Fits || region.AtPageTop ? result : NothingFits.Instance;
    }
}
