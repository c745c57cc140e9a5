using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>One list item: its marker ("•", "3.") and its blocks.</summary>
/// <param name="Baseline">Distance from the top of the body to the baseline of its first line.</param>
public sealed record ListItemContent(ShapedText Marker, LayoutElement Body, float Baseline);

/// <summary>
/// A bullet or numbered list: each item's blocks are indented, with the marker right-aligned in
/// the indent on the item's first line. Items may split between pages like any column. Each item
/// is tagged LI with the marker as its Lbl and the blocks as its LBody.
/// </summary>
public sealed class ListElement : LayoutElement
{
    private readonly ColumnElement _inner;

    /// <param name="grid">The body's leading when the text keeps a baseline grid: the space between items ends on it (0: no grid).</param>
    public ListElement(IReadOnlyList<ListItemContent> items, float indent, float itemGap, uint markerColor, float grid = 0)
    {
        var children = new List<LayoutElement>();
        const float gap = 5f;
        foreach (var item in items)
        {
            if (children.Count > 0 && (itemGap > 0 || grid > 0)) children.Add(grid > 0 ? new GridSpacerElement(itemGap, grid) : new SpacerElement(itemGap));
            var marker = new TextOp(indent - gap - item.Marker.Width, item.Baseline, item.Marker, markerColor);
            // Tagged as a list item: the marker its label, the blocks its body.
            var label = new StructTag(StructRole.Lbl);
            var body = new TaggedElement(new IndentElement(item.Body, indent, 0), new StructTag(StructRole.LBody));
            children.Add(new TaggedElement(new DecoratedElement(body, [new TagStartOp(label), marker, new TagEndOp(label)]), new StructTag(StructRole.LI)));
        }
        _inner = new ColumnElement(children);
    }

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) => _inner.Layout(region);
}
