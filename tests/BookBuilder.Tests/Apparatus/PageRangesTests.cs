using BookBuilder.Pdf.Layout;

namespace BookBuilder.Tests.Apparatus;

/// <summary>Page lists as a book prints them: each page once, in order, consecutive pages merged.</summary>
public sealed class PageRangesTests
{
    [Fact]
    public void Pages_are_sorted_merged_and_link_to_their_first_reference()
    {
        var items = PageRanges.Of([("a", "7"), ("b", "2"), ("c", "3"), ("d", "2"), ("e", "4"), ("f", "12"), ("g", null), ("h", "iv")]);
        Assert.Equal(["2\u20134", "7", "12"], items.Select(i => i.Text));
        Assert.Equal(["b", "a", "f"], items.Select(i => i.AnchorId));
    }

    [Fact]
    public void Nothing_known_gives_nothing()
    {
        Assert.Empty(PageRanges.Of([("a", null)]));
        Assert.Equal(["5"], PageRanges.Of([("a", "5"), ("b", "5")]).Select(i => i.Text));
    }
}
