using BookBuilder.Pdf.Layout.Tagging;

namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// A heading: its lines (and ornament or number lines) kept together, with outline entries at its
/// top and space after it that belongs to the heading, so that whatever follows is attached
/// directly below. Pair it with the next block through <see cref="KeepWithNextElement"/>.
/// </summary>
public sealed class HeadingElement : LayoutElement
{
    private readonly LayoutElement _inner;

    /// <param name="lines">The heading's text blocks, top to bottom.</param>
    /// <param name="outline">Outline entries (and anchors) placed at the heading's top.</param>
    /// <param name="spaceAfter">Space between the heading and the text it introduces.</param>
    /// <param name="tag">The heading's structure tag around all its lines, when the lines are not tagged themselves.</param>
    /// <param name="grid">The body's leading when the text keeps a baseline grid: the space after grows to the next grid line (0: no grid).</param>
    public HeadingElement(IReadOnlyList<LayoutElement> lines, IReadOnlyList<DrawOp> outline, float spaceAfter, StructTag? tag = null, float grid = 0)
    {
        LayoutElement text = new ColumnElement(lines);
        if (tag is not null) text = new TaggedElement(text, tag);
        LayoutElement after = grid > 0 ? new GridSpacerElement(spaceAfter, grid) : new SpacerElement(spaceAfter);
        _inner = new KeepTogetherElement(new DecoratedElement(new ColumnElement([text, after]), outline));
    }

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) => _inner.Layout(region);
}
