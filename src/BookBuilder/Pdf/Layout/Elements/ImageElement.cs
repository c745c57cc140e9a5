using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Tagging;

namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// A figure: the image scaled to the measure (never enlarged past its natural size at 96 dpi, never
/// taller than <c>maxHeight</c>), centred, with an optional caption below. Kept whole; on an empty
/// page that is too short it shrinks to fit.
/// </summary>
/// <param name="node">What the figure is in the book, for the page starts (<see cref="TextStartOp"/>).</param>
public sealed class ImageElement(BookImage image, ParagraphElement? caption, float maxHeight, float captionGap, string? anchorId = null, SourceSpan source = default, object? node = null) : LayoutElement
{
    private readonly StructTag _caption = new(StructRole.Caption);

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var captionHeight = caption is null ? 0 : CaptionHeight(region.Width) + captionGap;
        var (w, h) = Size(region.Width, maxHeight);
        if (h + captionHeight > region.Height + 0.01f)
        {
            if (!region.AtPageTop) return NothingFits.Instance;
            (w, h) = Size(region.Width, Math.Max(10, region.Height - captionHeight));
        }
        var b = new FragmentBuilder();
        var x = (region.Width - w) / 2;
        if (node is not null) b.Add(new TextStartOp(x, 0, node, 0));
        if (anchorId is not null) b.Add(new AnchorOp(x, 0, anchorId));
        b.Add(new ImageOp(x, 0, w, h, image) { Source = source });
        if (caption is not null && caption.Layout(new Region(region.Width, float.MaxValue, true)) is Fits c)
            b.Add(TaggedElement.Wrap(c.Content, _caption), 0, h + captionGap);
        return new Fits(b.Build(h + captionHeight));
    }

    private float CaptionHeight(float width) => caption!.Compose(width).Lines.Count * caption.Leading;

    private (float W, float H) Size(float width, float height)
    {
        var naturalW = Math.Max(1, image.Width) * 0.75f;
        var naturalH = Math.Max(1, image.Height) * 0.75f;
        var scale = Math.Min(1, Math.Min(width / naturalW, height / naturalH));
        return (naturalW * scale, naturalH * scale);
    }
}
