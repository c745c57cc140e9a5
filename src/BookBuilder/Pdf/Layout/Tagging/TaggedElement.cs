using BookBuilder.Pdf.Layout.Elements;

namespace BookBuilder.Pdf.Layout.Tagging;

/// <summary>
/// Brackets every fragment of its child with its tag, so a paragraph split over two pages is one
/// structure element whose content is on both. The remainder of a split is tagged with the same tag.
/// </summary>
public sealed class TaggedElement(LayoutElement child, StructTag tag) : LayoutElement
{
    public StructTag Tag => tag;

    /// <inheritdoc />
    public override LayoutResult Layout(Region region) => child.Layout(region) switch
    {
        Fits f => new Fits(Wrap(f.Content, tag)),
        Partial p => new Partial(Wrap(p.Content, tag), new TaggedElement(p.Remainder, tag)),
        var other => other,
    };

    /// <summary>The fragment bracketed by <paramref name="tag"/>.</summary>
    public static Fragment Wrap(Fragment content, StructTag tag)
    {
        var ops = new DrawOp[content.Ops.Count + 2];
        ops[0] = new TagStartOp(tag);
        for (int i = 0; i < content.Ops.Count; i++) ops[i + 1] = content.Ops[i];
        ops[^1] = new TagEndOp(tag);
        return content with { Ops = ops };
    }

    /// <summary>Operations bracketed by <paramref name="tag"/>.</summary>
    public static IEnumerable<DrawOp> Wrap(IEnumerable<DrawOp> ops, StructTag tag) =>
        [new TagStartOp(tag), .. ops, new TagEndOp(tag)];
}
