namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Children stacked top to bottom. When a child splits or does not fit, the column splits there
/// and its remainder is a new column holding the child's remainder and the children after it.
/// A <see cref="FloatElement"/> that does not fit is put off: the children after it go on filling
/// the page, and the remainder starts with the floats put off, in their order (a float after one
/// that was put off is put off too, so that figures keep their order).
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

    /// <summary>True when all that is left is floats put off (the tail of a column whose text all fitted).</summary>
    private bool OnlyDeferred => _start < _children.Count && Children.All(c => c is FloatElement { Deferred: true });

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var b = new FragmentBuilder();
        float y = 0;
        var placed = false;
        List<LayoutElement>? deferred = null;
        for (var i = _start; i < _children.Count; i++)
        {
            var child = _children[i];
            if (child is FloatElement queued && deferred is not null)
            {
                b.Add(queued.Placeholder(), 0, y);
                var space = i + 1 < _children.Count && _children[i + 1] is SpacerElement or GridSpacerElement ? _children[++i] : null;
                deferred.Add(queued.Defer(space));
                continue;
            }
            var atTop = region.AtPageTop && y <= 0;
            var result = child.Layout(new Region(region.Width, Math.Max(0, region.Height - y), atTop) { Top = region.Top + y });
            switch (result)
            {
                case Fits f:
                    b.Add(f.Content, 0, y);
                    y += f.Content.Height;
                    placed = true;
                    break;
                case Partial { Remainder: ColumnElement { OnlyDeferred: true } tail } p:
                    // A nested column (a heading kept with the text after a float) set all its text and put its float off.
                    b.Add(p.Content, 0, y);
                    y += p.Content.Height;
                    placed = true;
                    (deferred ??= []).AddRange(tail.Children);
                    break;
                case Partial p:
                    b.Add(p.Content, 0, y);
                    y += p.Content.Height;
                    return new Partial(b.Build(y), Rest(deferred, p.Remainder, i + 1));
                default:
                    if (child is FloatElement floating && !atTop)
                    {
                        b.Add(floating.Placeholder(), 0, y);
                        // The space after the float goes with it: the space before it already parts the text.
                        var space = i + 1 < _children.Count && _children[i + 1] is SpacerElement or GridSpacerElement ? _children[++i] : null;
                        (deferred ??= []).Add(floating.Defer(space));
                        continue;
                    }
                    if (!placed) return NothingFits.Instance;
                    return new Partial(b.Build(y), Rest(deferred, null, i));
            }
        }
        if (deferred is null) return new Fits(b.Build(y));
        if (!placed) return NothingFits.Instance;
        return new Partial(b.Build(y), new ColumnElement(deferred, 0));
    }

    /// <summary>The floats put off, then <paramref name="head"/> (the remainder of a split child), then the children from <paramref name="next"/> on.</summary>
    private ColumnElement Rest(List<LayoutElement>? deferred, LayoutElement? head, int next)
    {
        if (deferred is null && head is null) return new ColumnElement(_children, next);
        var rest = new List<LayoutElement>((deferred?.Count ?? 0) + 1 + _children.Count - next);
        if (deferred is not null) rest.AddRange(deferred);
        if (head is not null) rest.Add(head);
        for (var i = next; i < _children.Count; i++) rest.Add(_children[i]);
        return new ColumnElement(rest, 0);
    }
}
