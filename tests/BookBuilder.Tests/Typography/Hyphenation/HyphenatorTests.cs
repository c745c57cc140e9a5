using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Typography.Hyphenation;

public class HyphenatorTests
{
    internal static readonly string Patterns = BookBuilder.Tests.Pdf.Layout.Fakes.TestText.PatternsPath;

    private static readonly Lazy<Hyphenator> English = new(() => Hyphenator.Load(Patterns));

    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("international", "in-ter-na-tional")]
    [InlineData("relationship", "re-la-tion-ship")]
    [InlineData("cooperation", "co-op-er-a-tion")]
    [InlineData("geopolitical", "geopo-lit-i-cal")] // these patterns, not TeX's geo-pol-it-i-cal
    [InlineData("diplomatic", "diplo-matic")]
    [InlineData("establishment", "es-tab-lish-ment")]
    public void Known_words_break_where_the_patterns_say(string word, string expected)
    {
        Assert.Equal(expected, English.Value.Show(word));
    }

    [Theory]
    [InlineData("cat")]        // shorter than the minimum word length
    [InlineData("NATO")]       // acronym
    [InlineData("USSR")]
    [InlineData("1967-1970")]  // digits
    [InlineData("Israel's")]   // apostrophe: the caller hyphenates letter runs only
    public void Short_words_acronyms_and_non_letters_are_left_alone(string word)
    {
        Assert.Empty(English.Value.Points(word));
    }

    [Fact]
    public void Left_and_right_minimums_hold_for_every_point()
    {
        var h = English.Value;
        foreach (var word in new[] { "establishment", "unprecedented", "independence", "czechoslovakian", "historically" })
            foreach (var p in h.Points(word))
                Assert.InRange(p, h.LeftMin, word.Length - h.RightMin);
    }

    [Fact]
    public void Minimums_come_from_the_file_but_never_go_below_two_and_three()
    {
        Assert.Equal(2, English.Value.LeftMin);
        Assert.Equal(3, English.Value.RightMin);
        var h = Hyphenator.Parse(["LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "1b", "1c", "1d", "1e", "1f"]);
        Assert.Equal(2, h.LeftMin);
        Assert.Equal(3, h.RightMin);
        Assert.Equal("ab-c-def", h.Show("abcdef")); // every gap is a candidate; the minimums keep 2 and 3
    }

    [Fact]
    public void Capitalised_words_follow_the_setting()
    {
        var lines = File.ReadLines(Patterns).Skip(1).ToArray();
        var h = Hyphenator.Parse(lines);
        Assert.Empty(h.Points("Israel"));    // short names stay whole
        Assert.Empty(h.Points("Moscow"));
        Assert.Equal("Czecho-slo-va-kia", h.Show("Czechoslovakia"));
        Assert.Equal("co-op-er-a-tion", h.Show("cooperation"));
        var never = h.WithOptions(minCapitalizedLength: int.MaxValue);
        Assert.Empty(never.Points("Czechoslovakia"));
        var always = h.WithOptions(minCapitalizedLength: 0);
        Assert.Equal("Co-op-er-a-tion", always.Show("Cooperation"));
        Assert.Empty(always.Points("NATO"));
        Assert.Empty(Hyphenator.None.Points("cooperation"));
    }

    [Fact]
    public void A_file_without_patterns_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => Hyphenator.Parse(["LEFTHYPHENMIN 2"]));
        Assert.Throws<FileNotFoundException>(() => Hyphenator.Load("/nonexistent/hyph.dic"));
    }
}

public class HyphenatorLoadingTests
{
    [Fact]
    public void A_missing_pattern_file_is_a_warning_and_no_hyphenation()
    {
        var bag = new BookBuilder.Diagnostics.DiagnosticBag();
        var h = Hyphenator.LoadOrNone("/nonexistent/hyph_en_US.dic", bag);
        Assert.Same(Hyphenator.None, h);
        var d = Assert.Single(bag.Items);
        Assert.Equal(BookBuilder.Diagnostics.Severity.Warning, d.Severity);
        Assert.Contains("hyphenation", d.Message);
    }
}
