namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// A fragment laid out in advance (an ornament line, a rule, a block of the title page). Never
/// split: it moves to the next page when it does not fit.
/// </summary>
public sealed class FixedElement(Fragment content) : LayoutElement
{
    public Fragment Content { get; } = content;

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) =>
        Content.Height <= region.Height + 0.01f || region.AtPageTop ? new Fits(Content) : NothingFits.Instance;
}
