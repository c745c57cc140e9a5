using BookBuilder.Pdf.Output;

namespace BookBuilder.Tests.Pdf.Output;

public sealed class PageLabelRangesTests
{
    [Fact]
    public void Roman_front_matter_then_arabic_body_gives_two_ranges()
    {
        var ranges = PageLabelRanges.Compute(["i", "ii", "iii", "iv", "1", "2", "3"]);

        Assert.Equal(
            [new PageLabelRange(0, PageLabelStyle.LowerRoman, 1, null), new PageLabelRange(4, PageLabelStyle.Decimal, 1, null)],
            ranges);
    }

    [Fact]
    public void Unnumbered_pages_and_restarts_open_new_ranges()
    {
        string?[] labels = [null, null, "v", "vi", null, "7", "8", "12", "Cover", "13"];

        var ranges = PageLabelRanges.Compute(labels);

        Assert.Equal(
        [
            new PageLabelRange(0, PageLabelStyle.None, 0, null),
            new PageLabelRange(2, PageLabelStyle.LowerRoman, 5, null),
            new PageLabelRange(4, PageLabelStyle.None, 0, null),
            new PageLabelRange(5, PageLabelStyle.Decimal, 7, null),
            new PageLabelRange(7, PageLabelStyle.Decimal, 12, null),
            new PageLabelRange(8, PageLabelStyle.None, 0, "Cover"),
            new PageLabelRange(9, PageLabelStyle.Decimal, 13, null),
        ], ranges);
    }

    [Fact]
    public void Ranges_reproduce_every_label()
    {
        string?[] labels = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", null, "1", "2", "09", "10", "A-1", "xl", "xli"];

        var ranges = PageLabelRanges.Compute(labels);

        for (int page = 0; page < labels.Length; page++)
        {
            var range = ranges.Last(r => r.FirstPage <= page);
            Assert.Equal(labels[page] ?? "", PageLabelRanges.Label(range, page - range.FirstPage));
        }
    }
}
