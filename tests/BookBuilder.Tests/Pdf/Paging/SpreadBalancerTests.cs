using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Paging;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// Facing pages end on one baseline where that costs no page: the page facing a short one is
/// ended as early, and the pages before the spread do not change.
/// </summary>
public class SpreadBalancerTests
{
    private const float Width = 200;
    private const float Leading = 13; // TestText flows
    private const float Height = 10 * Leading;
    private readonly FakeMeasurer _m = new();

    // Four words fill a line of 200 pt (see ElementTests).
    private ParagraphElement Lines(int lines, int from) =>
        new(InlineItemizer.Itemize(string.Join(' ', Enumerable.Range(from, 4 * lines).Select(i => $"w{i:0000000}x")), TestText.Ragged() with { Role = LineRole.Body }, _m, Hyphenator.None), _m);

    /// <summary>
    /// Page 0 full; page 1 (a left-hand page) ends two lines short, because a block of four lines
    /// that may not split does not fit under its eight; then <paramref name="rest"/> lines.
    /// </summary>
    private LayoutElement Division(int rest) =>
        new ColumnElement([Lines(10, 0), Lines(8, 1000), new KeepTogetherElement(Lines(4, 2000)), Lines(rest, 3000)]);

    private static IReadOnlyList<PageBody> Paginate(LayoutElement flow, IReadOnlyDictionary<int, float>? limits = null) =>
        Paginator.Paginate(flow, Width, Height, limits: limits);

    [Fact]
    public void The_page_facing_a_short_page_ends_as_early_when_the_division_keeps_its_page_count()
    {
        var flow = Division(30);
        var plain = Paginate(flow);
        Assert.Equal(6, plain.Count); // 10, 8, 10, 10, 10, 4 lines
        Assert.Equal(2 * Leading, SpreadBalancer.Depth(plain[2])!.Value - SpreadBalancer.Depth(plain[1])!.Value, 0.01f);

        var balanced = SpreadBalancer.Balance(plain, limits => Paginate(flow, limits), Leading);

        Assert.Equal(plain.Count, balanced.Count);
        Assert.Equal(SpreadBalancer.Depth(balanced[1])!.Value, SpreadBalancer.Depth(balanced[2])!.Value, 0.01f);
        // The pages before the spread, and its short page, are as they were.
        for (var p = 0; p < 2; p++) Assert.Equal(plain[p].Lines.Select(l => l.Baseline), balanced[p].Lines.Select(l => l.Baseline));
        Assert.Equal(8, balanced[2].Lines.Count);
        // Every line is still set, once.
        Assert.Equal(plain.Sum(p => p.Lines.Count), balanced.Sum(p => p.Lines.Count));
    }

    [Fact]
    public void A_spread_is_left_unbalanced_where_balancing_would_add_a_page()
    {
        // 10, 8, 10, 10, 10, 10: ending page 2 two lines early would need a seventh page.
        var flow = Division(36);
        var plain = Paginate(flow);
        Assert.Equal(6, plain.Count);

        var balanced = SpreadBalancer.Balance(plain, limits => Paginate(flow, limits), Leading);

        Assert.Same(plain, balanced);
    }

    [Fact]
    public void Spreads_with_footnotes_or_ending_a_division_are_not_measured()
    {
        var blank = PageBody.Blank;
        Assert.Null(SpreadBalancer.Depth(blank));
        var withNote = new PageBody([new TextOp(0, 10, new FakeMeasurer().Shape("x", TestText.Ragged().Style))],
            [new LineMetric(0, false, 0, false) { Baseline = 10, Role = LineRole.Note }], [], ["n1"]);
        Assert.Null(SpreadBalancer.Depth(withNote));
    }
}

/// <summary>The print editions of the first book and the fixtures, with and without balanced spreads.</summary>
[Collection(FontsCollection.Name)]
public sealed class BookSpreadTests(FontsFixture fonts)
{
    [Fact]
    public void Balancing_brings_facing_pages_closer_and_costs_no_page_in_any_book()
    {
        var gained = 0;
        foreach (var book in Fixtures.All)
        {
            var balanced = Fixtures.Typeset(book, Theme.ForPrint(PageSize.Trade6x9, 0) with { Name = "print-6x9" }, fonts.Measurer);
            var plain = Fixtures.Typeset(book, Theme.ForPrint(PageSize.Trade6x9, 0) with { Name = "print-6x9-unbalanced", BalanceSpreads = false }, fonts.Measurer);
            Assert.Equal(plain.Pages.Count, balanced.Pages.Count);
            var before = plain.Spreads.Sum(s => s.LinesApart);
            var after = balanced.Spreads.Sum(s => s.LinesApart);
            Assert.True(after <= before, $"{book}: spreads {before} lines apart in all before, {after} after");
            gained += before - after;
            // The print preflight reports them.
            Assert.Contains($"{balanced.Spreads.Count(s => s.LinesApart == 0)} of {balanced.Spreads.Count} spreads end on one baseline", PrintPreflight.From(balanced).ToString());
        }
        Assert.True(gained > 0, "no spread of any book came closer");
    }
}
