namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Children stacked top to bottom. When a child splits or does not fit, the column splits there
/// and its remainder is a new column holding the child's remainder and the children after it.
/// </summary>
public sealed class ColumnElement : LayoutElement
{
    private readonly IReadOnlyList<LayoutElement> _children;
    private readonly int _start;

    public ColumnElement(IReadOnlyList<LayoutElement> children) : this(children, 0) { }

    private ColumnElement(IReadOnlyList<LayoutElement> children, int start)
    {
        _children = children;
        _start = start;
    }

    /// <summary>Children not yet laid out.</summary>
    public IEnumerable<LayoutElement> Children => _children.Skip(_start);

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var b = new FragmentBuilder();
        float y = 0;
        for (var i = _start; i < _children.Count; i++)
        {
            var atTop = region.AtPageTop && y <= 0;
            var result = _children[i].Layout(new Region(region.Width, Math.Max(0, region.Height - y), atTop));
            switch (result)
            {
                case Fits f:
                    b.Add(f.Content, 0, y);
                    y += f.Content.Height;
                    break;
                case Partial p:
                    b.Add(p.Content, 0, y);
                    y += p.Content.Height;
                    return new Partial(b.Build(y), Rest(p.Remainder, i + 1));
                default:
                    if (i == _start) return NothingFits.Instance;
                    return new Partial(b.Build(y), new ColumnElement(_children, i));
            }
        }
        return new Fits(b.Build(y));
    }

    private ColumnElement Rest(LayoutElement head, int next)
    {
        var rest = new LayoutElement[_children.Count - next + 1];
        rest[0] = head;
        for (var i = next; i < _children.Count; i++) rest[i - next + 1] = _children[i];
        return new ColumnElement(rest, 0);
    }
}
