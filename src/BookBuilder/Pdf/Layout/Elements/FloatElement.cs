using BookBuilder.Pdf.Layout.Tagging;

namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// A figure or a captioned table that may float: kept whole, and when it does not fit in the rest
/// of the page, the column that holds it sets the text after it there and puts it at the top of
/// the next page (as LaTeX's <c>[tp]</c>), floats keeping their order (<see cref="ColumnElement"/>).
/// On an empty page it is laid out as its child is (shrunk or split, as the child does).
/// </summary>
/// <param name="tag">The float's outermost structure tag: where the float is put off, an empty
/// element of it marks its place in the author's order, so that the structure tree reads the
/// float where the author put it, not where the page could take it.</param>
public sealed class FloatElement(LayoutElement child, StructTag? tag) : LayoutElement
{
    /// <summary>
    /// True for a float the column has put off. Its page still begins at it in the book's text (the
    /// EPUB's page marker stands before the figure, which is where a reader of the page looks for
    /// it), so the text set above the float on the page before is marked as on the float's page.
    /// </summary>
    public bool Deferred { get; private init; }

    /// <summary>
    /// The same float, put off to a later page, with the space that followed it in the text
    /// (<paramref name="spaceAfter"/>), which now stands between it and the text under it.
    /// </summary>
    public FloatElement Defer(LayoutElement? spaceAfter = null) =>
        Deferred ? this : new FloatElement(spaceAfter is null ? child : new ColumnElement([child, spaceAfter]), tag) { Deferred = true };

    /// <summary>What a column leaves where it puts the float off: an empty element of its tag.</summary>
    public Fragment Placeholder() =>
        Deferred || tag is null ? Fragment.Empty : Fragment.Empty with { Ops = [new TagStartOp(tag), new TagEndOp(tag)] };

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var result = child.Layout(region);
        return result is not Fits && !region.AtPageTop ? NothingFits.Instance : result;
    }
}
