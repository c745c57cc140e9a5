using BookBuilder.Pdf.Layout.Lines;

namespace BookBuilder.Tests.Pdf.Layout;

public class UrlTextTests
{
    [Theory]
    [InlineData("https://waterdata.usgs.gov/", true)]
    [InlineData("(www.example.org).", true)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("someone@example.org,", true)]
    [InlineData("ratio:", false)]
    [InlineData("e.g.", false)]
    [InlineData("3:45", false)]
    [InlineData("@handle", false)]
    public void Tells_addresses_from_words(string word, bool url) => Assert.Equal(url, UrlText.IsUrl(word));

    [Fact]
    public void Breaks_after_separators_never_inside_a_run_of_them_nor_next_to_either_end()
    {
        const string url = "https://water-data.usgs.gov/a/index.html?site=0123&x=1.";
        var text = string.Join('|', Split(url, UrlText.Breaks(url, false)));
        Assert.Equal("https://|water-|data.|usgs.|gov/|a/|index.|html?|site=|0123&|x=1.", text);
    }

    private static IEnumerable<string> Split(string s, IReadOnlyList<WordBreak> breaks)
    {
        var last = 0;
        foreach (var b in breaks)
        {
            Assert.False(b.Hyphenation);
            Assert.False(b.Flagged);
            yield return s[last..b.Offset];
            last = b.Offset;
        }
        yield return s[last..];
    }
}
