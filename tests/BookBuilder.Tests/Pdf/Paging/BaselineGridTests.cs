using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Paging;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// The baseline grid: space after anything off the grid (a heading in its own leading, a figure,
/// a callout's padding) ends on a grid line, so the body text after it is back on the grid, and
/// preflight names each page that misses it with the place of its first line off it.
/// </summary>
public class BaselineGridTests
{
    private const float Width = 200;
    private const float Leading = 13; // TestText flows
    private readonly FakeMeasurer _m = new();

    private ParagraphElement Paragraph(int words, float leading = Leading, LineRole role = LineRole.Body, int line = 1) =>
        new(InlineItemizer.Itemize(string.Join(' ', Enumerable.Range(0, words).Select(i => $"w{i:0000000}x")),
            TestText.Ragged() with { Role = role, Leading = leading }, _m, Hyphenator.None), _m, source: new BookBuilder.Model.SourceSpan("c.md", line, 1));

    private PreflightReport Report(LayoutElement flow)
    {
        var pages = Paginator.Paginate(flow, Width, 20 * Leading);
        var baseline = Paragraph(1).BaselineOffset;
        return PreflightReport.From(pages.Select((p, i) => (p, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            new PreflightSettings(2, Leading, baseline), 1);
    }

    [Theory]
    [InlineData(0f, 7f, 13f)]
    [InlineData(20f, 7f, 19f)]
    [InlineData(20f, 1f, 6f)]
    [InlineData(26f, 1f, 0f)]
    [InlineData(26f, 6.5f, 13f)]
    [InlineData(25.95f, 0f, 0.05f)]
    public void A_grid_space_ends_on_the_next_grid_line_at_least_its_size_below(float top, float least, float expected)
    {
        Assert.Equal(expected, GridSpacerElement.Height(top, least, Leading), 0.01f);
        var fitted = Assert.IsType<Fits>(new GridSpacerElement(least, Leading).Layout(new Region(Width, 100, false) { Top = top }));
        Assert.Equal(expected, fitted.Content.Height, 0.01f);
    }

    [Fact]
    public void Body_text_after_a_heading_in_its_own_leading_is_back_on_the_grid()
    {
        // A heading of 17 pt lines and 5 pt after it: 22 pt, off a 13 pt grid by 9.
        LayoutElement Heading(LayoutElement after) => new ColumnElement([Paragraph(3, 17, LineRole.Other), after]);
        var off = Report(new ColumnElement([Paragraph(12), new SpacerElement(Leading), Heading(new SpacerElement(5)), Paragraph(12, line: 7)]));
        Assert.True(off.GridMisses > 0);
        var miss = Assert.Single(off.GridMissPlaces);
        Assert.Equal("1", miss.Page);
        Assert.Equal(7, miss.First.Line);
        Assert.Contains("p. 1: off the baseline grid: ", off.ToString());
        Assert.Contains("c.md:7", off.ToString());

        var on = Report(new ColumnElement([Paragraph(12), new GridSpacerElement(Leading, Leading), Heading(new GridSpacerElement(5, Leading)), Paragraph(12, line: 7)]));
        Assert.Equal(0, on.GridMisses);
        Assert.Equal(on.GridPages, on.PagesOnGrid);
        Assert.Empty(on.GridMissPlaces);
    }

    [Fact]
    public void Body_text_in_a_box_is_on_the_grid_when_the_box_keeps_it()
    {
        var box = new BoxElement(new ColumnElement([Paragraph(8)]), 6, 0.5f, 2.5f, 0xFF000000, Leading);
        var report = Report(new ColumnElement([Paragraph(12), new GridSpacerElement(5, Leading), box, new GridSpacerElement(5, Leading), Paragraph(8)]));
        Assert.Equal(0, report.GridMisses);
        var loose = Report(new ColumnElement([Paragraph(12), new GridSpacerElement(5, Leading), new BoxElement(new ColumnElement([Paragraph(8)]), 6, 0.5f, 2.5f, 0xFF000000), Paragraph(8)]));
        Assert.True(loose.GridMisses > 0);
    }
}
