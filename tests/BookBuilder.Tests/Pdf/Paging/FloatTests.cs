using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Pdf.Paging;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// Floating figures and tables: one that does not fit in the rest of a page goes to the top of the
/// next while the text after it fills the page; floats keep their order; where one is put off, an
/// empty element of its tag keeps its place in the structure; a heading before a float keeps with
/// the text after it; a figure kept in place leaves the page short instead.
/// </summary>
public class FloatTests
{
    private const float Width = 200;
    private const float Leading = 13; // TestText flows
    private readonly FakeMeasurer _m = new();

    /// <summary>A paragraph of <paramref name="lines"/> lines, its words starting with <paramref name="prefix"/>.</summary>
    private ParagraphElement Lines(int lines, string prefix)
    {
        var words = Enumerable.Range(0, lines * 4).Select(i => $"{prefix}{i:0000000}".PadRight(9, 'x')[..9]);
        var p = new ParagraphElement(InlineItemizer.Itemize(string.Join(' ', words), TestText.Ragged(), _m, Hyphenator.None), _m);
        Assert.Equal(lines, p.Compose(Width).Lines.Count);
        return p;
    }

    /// <summary>A figure: a shaded box <paramref name="lines"/> lines tall, tagged, whose colour names it.</summary>
    private static (LayoutElement Element, StructTag Tag) Figure(int lines, uint colour)
    {
        var tag = new StructTag(StructRole.Figure) { Alt = "figure" };
        var box = new FixedElement(new Fragment(lines * Leading, [new RectOp(0, 0, Width, lines * Leading, colour)], [], [], []));
        return (new TaggedElement(box, tag), tag);
    }

    private static int PageOf(IReadOnlyList<PageBody> pages, uint colour) =>
        pages.Select((p, i) => (p, i)).First(x => x.p.Ops.OfType<RectOp>().Any(r => r.ColorArgb == colour)).i;

    private static float TopOf(PageBody page, uint colour) => page.Ops.OfType<RectOp>().First(r => r.ColorArgb == colour).Y;

    private static int LinesOf(PageBody page, string prefix) =>
        page.Ops.OfType<TextOp>().Where(t => t.Text.Text.StartsWith(prefix, StringComparison.Ordinal)).Select(t => t.Baseline).Distinct().Count();

    [Fact]
    public void A_figure_that_does_not_fit_goes_to_the_top_of_the_next_page_and_the_text_after_it_fills_this_one()
    {
        var (figure, tag) = Figure(6, 0xFF0000AA);
        var flow = new ColumnElement([Lines(7, "a"), new FloatElement(figure, tag), Lines(10, "b")]);
        var pages = Paginator.Paginate(flow, Width, 10 * Leading);

        Assert.Equal(1, PageOf(pages, 0xFF0000AA));
        Assert.Equal(0, TopOf(pages[1], 0xFF0000AA));
        // The page the figure did not fit on is full: the text after the figure took its three lines.
        Assert.Equal(3, LinesOf(pages[0], "b"));
        Assert.Equal(10, pages[0].Lines.Count);
        // The structure reads the figure where the author put it: its empty element stands on the
        // first page between the text before it and the text after it.
        var ops = pages[0].Ops.ToList();
        var mark = ops.FindIndex(o => o is TagStartOp s && s.Tag == tag);
        Assert.True(mark > ops.FindLastIndex(o => o is TextOp t && t.Text.Text.StartsWith('a')));
        Assert.True(mark < ops.FindIndex(o => o is TextOp t && t.Text.Text.StartsWith('b')));
    }

    [Fact]
    public void A_figure_kept_in_place_leaves_the_rest_of_the_page_empty_instead()
    {
        var (figure, _) = Figure(6, 0xFF0000AA);
        var pages = Paginator.Paginate(new ColumnElement([Lines(7, "a"), figure, Lines(10, "b")]), Width, 10 * Leading);
        Assert.Equal(1, PageOf(pages, 0xFF0000AA));
        Assert.Equal(0, LinesOf(pages[0], "b"));
    }

    [Fact]
    public void Floats_keep_their_order_even_when_a_later_one_would_fit()
    {
        var (big, bigTag) = Figure(6, 0xFF0000AA);
        var (small, smallTag) = Figure(1, 0xFF00AA00);
        var flow = new ColumnElement([Lines(7, "a"), new FloatElement(big, bigTag), new FloatElement(small, smallTag), Lines(12, "b")]);
        var pages = Paginator.Paginate(flow, Width, 10 * Leading);
        Assert.Equal(1, PageOf(pages, 0xFF0000AA));
        Assert.Equal(1, PageOf(pages, 0xFF00AA00));
        Assert.True(TopOf(pages[1], 0xFF0000AA) < TopOf(pages[1], 0xFF00AA00));
    }

    [Fact]
    public void A_heading_before_a_float_stays_with_the_text_after_the_float()
    {
        var (figure, tag) = Figure(6, 0xFF0000AA);
        var heading = new HeadingElement([Lines(1, "h")], [], 0);
        var entries = new List<BlockBuilder.Entry>
        {
            new(Lines(6, "a")), new(heading, KeepWithNext: true), new(new FloatElement(figure, tag)), new(new SpacerElement(0)), new(Lines(10, "b")),
        };
        var pages = Paginator.Paginate(new ColumnElement(BlockBuilder.Fold(entries)), Width, 10 * Leading);
        // The heading is on the first page with the first lines of the text after the figure.
        Assert.Equal(1, LinesOf(pages[0], "h"));
        Assert.True(LinesOf(pages[0], "b") >= 2);
        Assert.Equal(1, PageOf(pages, 0xFF0000AA));
    }

    [Fact]
    public void A_float_taller_than_the_page_is_still_placed_and_the_flow_ends()
    {
        var (figure, tag) = Figure(14, 0xFF0000AA);
        var pages = Paginator.Paginate(new ColumnElement([Lines(3, "a"), new FloatElement(figure, tag)]), Width, 10 * Leading);
        Assert.Equal(1, PageOf(pages, 0xFF0000AA));
        Assert.Equal(2, pages.Count);
    }
}
