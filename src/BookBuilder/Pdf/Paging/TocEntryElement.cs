using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// One line of the table of contents: the title set ragged in the measure less the page-number
/// column, the page number right-aligned on the title's last line, the whole entry a link to its
/// target. Never split. Tagged as a TOCI holding one Link (the title, the page number and the
/// link annotation); on paper (<paramref name="link"/> false) the TOCI holds the text alone.
/// </summary>
public sealed class TocEntryElement(ParagraphElement title, ShapedText? pageNumber, string targetId, float indent, float numberColumn, uint numberColor, bool link = true) : LayoutElement
{
    private readonly StructTag _item = new(StructRole.TOCI);
    private readonly StructTag _link = new(StructRole.Link);

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var inner = new Region(Math.Max(1, region.Width - indent - numberColumn), float.MaxValue, true);
        if (title.Layout(inner) is not Fits fitted) return NothingFits.Instance;
        var content = fitted.Content;
        if (content.Height > region.Height + 0.01f && !region.AtPageTop) return NothingFits.Instance;
        var b = new FragmentBuilder().Add(content, indent, 0);
        if (pageNumber is not null)
        {
            var lines = Math.Max(1, content.Lines.Count);
            var baseline = (lines - 1) * title.Leading + title.BaselineOffset;
            // A space before the number keeps it apart from the title's last word in the text.
            var x = region.Width - pageNumber.Width;
            var space = pageNumber.Style.Size / 4;
            b.Add(new SpaceOp(x - space, baseline, space, pageNumber.Style, numberColor));
            b.Add(new TextOp(x, baseline, pageNumber, numberColor));
        }
        if (!link) return new Fits(TaggedElement.Wrap(b.Build(content.Height), _item));
        b.Add(new InternalLinkOp(indent, 0, region.Width - indent, content.Height, targetId));
        return new Fits(TaggedElement.Wrap(TaggedElement.Wrap(b.Build(content.Height), _link), _item));
    }
}
