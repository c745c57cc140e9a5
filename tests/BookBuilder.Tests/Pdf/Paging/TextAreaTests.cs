using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// Nothing is drawn outside the text block: every drawn item of every page of every manuscript
/// of the repository, in each page size, measured against its page's text block.
/// </summary>
[Collection(FontsCollection.Name)]
public sealed class TextAreaTests(FontsFixture fonts)
{
    public static TheoryData<string, string> Books()
    {
        var data = new TheoryData<string, string>();
        foreach (var book in Fixtures.All)
            foreach (var size in new[] { "A4", "6x9" })
                data.Add(book, size);
        return data;
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Every_drawn_item_of_every_page_is_inside_the_text_block(string book, string size)
    {
        var theme = size == "A4" ? Theme.A4 : Theme.Trade6x9;
        var result = Fixtures.Typeset(book, theme, fonts.Measurer);
        var outside = TextArea.Outside(result.Pages, theme, fonts.Measurer);
        Assert.True(outside.Count == 0, string.Join("\n", outside.Take(20).Select(o =>
            $"p. {o.Page.Label}: {TextArea.Describe(o.Box.Op)} {TextArea.Where(o.Box, TextArea.Block(theme, o.Page.Index))}")));
        Assert.Equal(0, result.Preflight.OffPage);
        // Preflight saw the body's lines as body text (checked against the grid, for runts).
        Assert.InRange(result.Preflight.GridPages, 1, result.Pages.Count);
        // Every page drew something, and the check saw text on each page with body text.
        Assert.All(result.Pages.Skip(3).Where(p => p.Ops.OfType<TextOp>().Any()), p => Assert.NotEmpty(TextArea.Boxes(p, fonts.Measurer)));
    }

    [Fact]
    public void Finds_what_is_drawn_past_an_edge_and_leaves_out_the_page_furniture()
    {
        var theme = Theme.A4;
        var (left, top, right, bottom) = TextArea.Block(theme, 0);
        var text = fonts.Measurer.Shape("word", new TextStyle(FontFamilyRole.Serif, 10));
        var head = StructTag.ArtifactOf(ArtifactKind.Pagination);
        DrawOp[] ops =
        [
            new TextOp(left, top + 20, text),                 // inside
            new TextOp(right - text.Width / 2, top + 40, text), // past the right edge
            new RuleOp(left, bottom + 5, left + 50, bottom + 5, 0.5f), // below the block
            new TagStartOp(head), new TextOp(left, top - 20, text), new TagEndOp(head), // a running head
        ];
        var page = new PageFrame(0, theme.PageWidth, theme.PageHeight, ops, "1");
        var outside = TextArea.Outside([page], theme, fonts.Measurer);
        Assert.Equal(2, outside.Count);
        Assert.Contains("right edge", TextArea.Where(outside[0].Box, (left, top, right, bottom)));
        Assert.Contains("bottom edge", TextArea.Where(outside[1].Box, (left, top, right, bottom)));
    }
}
