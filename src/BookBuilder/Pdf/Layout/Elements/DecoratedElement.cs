namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Adds operations at the top of the first fragment of its child: outline entries and anchors of
/// a heading, a list marker. Remainders carry no decoration.
/// </summary>
public sealed class DecoratedElement(LayoutElement child, IReadOnlyList<DrawOp> firstOps) : LayoutElement
{
    /// <inheritdoc />
    public override LayoutResult Layout(Region region) => child.Layout(region) switch
    {
        Fits f => new Fits(Decorate(f.Content)),
        Partial p => new Partial(Decorate(p.Content), p.Remainder),
        var other => other,
    };

    private Fragment Decorate(Fragment content)
    {
        var b = new FragmentBuilder();
        foreach (var op in firstOps) b.Add(op);
        return b.Add(content, 0, 0).Build(content.Height);
    }
}
