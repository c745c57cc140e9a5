using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography.Hyphenation;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Pdf.Layout.LineBreaking;

/// <summary>
/// Loose justified lines spread part of their extra space over their letters (at most
/// MaxLetterSpacing ems between clusters, only past LetterSpacingFrom), and the total-fit breaker
/// rates lines by the word spacing that is left.
/// </summary>
public class LetterSpacingTests
{
    private readonly FakeMeasurer _m = new();

    /// <summary>
    /// Two 40 pt words and a 50 pt one at a 97 pt measure: the only feasible first line is the two
    /// words (85 pt, 2 pt of stretch), 12 pt short.
    /// </summary>
    private static BreakItem[] TwoLines(float letterSpacing) =>
    [
        BreakItem.Box(40, letterSpacing, 0),
        BreakItem.Glue(5, 2, 1),
        BreakItem.Box(40, letterSpacing, 1),
        BreakItem.Glue(5, 2, 1),
        BreakItem.Box(50),
        BreakItem.Glue(0, BreakItem.Infinity, 0),
        BreakItem.Forced(),
    ];

    [Fact]
    public void The_breaker_rates_a_line_by_the_word_spacing_left_after_letter_spacing()
    {
        var options = LineBreakOptions.Default with { LetterSpacingFrom = 1.5f };

        var plain = KnuthPlassBreaker.Run(TwoLines(0), 97, options, 10)!;
        var spaced = KnuthPlassBreaker.Run(TwoLines(6), 97, options, 10)!;
        var capped = KnuthPlassBreaker.Run(TwoLines(2), 97, options, 10)!;

        // 12 pt to fill: the glue alone would stretch 6 times its stretch.
        Assert.Equal(6f, plain[0].Ratio, 3);
        // The glue takes 1.5 × 2 pt, the letters the other 9 pt (they could take 12).
        Assert.Equal(1.5f, spaced[0].Ratio, 3);
        // The letters can take only 4 pt: the glue takes the remaining 8 pt.
        Assert.Equal(4f, capped[0].Ratio, 3);
    }

    [Fact]
    public void Letter_spacing_lets_the_normal_pass_accept_a_paragraph_it_would_otherwise_reject()
    {
        var options = LineBreakOptions.Default with { LetterSpacingFrom = 1.5f };
        Assert.Null(KnuthPlassBreaker.Run(TwoLines(0), 97, options, options.Tolerance));
        Assert.NotNull(KnuthPlassBreaker.Run(TwoLines(6), 97, options, options.Tolerance));
    }

    [Fact]
    public void A_line_below_the_threshold_keeps_its_letters_unspaced()
    {
        var options = LineBreakOptions.Default with { LetterSpacingFrom = 1.5f };
        // 96 pt of material leaves 1 pt over 2 pt of stretch: ratio 0.5 whatever the boxes could take.
        var items = TwoLines(6);
        items[0] = BreakItem.Box(51, 6, 0);
        Assert.Equal(0.5f, KnuthPlassBreaker.Run(items, 97, options, 10)![0].Ratio, 3);
    }

    private static FlowStyle Flow(float maxLetterSpacing) =>
        TestText.Justified(hyphenate: false) with { Justification = TestText.WordSpacingOnly with { MaxLetterSpacing = maxLetterSpacing, LetterSpacingFrom = 1.5f } };

    [Theory]
    [InlineData(120f)]
    [InlineData(180f)]
    [InlineData(260f)]
    public void Loose_lines_are_letter_spaced_within_the_limit_and_still_fill_the_measure(float width)
    {
        const float max = 0.02f;
        var style = Flow(max);
        var flow = InlineItemizer.Itemize(TestText.SeedAsOneParagraph(), style, _m, Hyphenator.None);
        var plainFlow = InlineItemizer.Itemize(TestText.SeedAsOneParagraph(), Flow(0), _m, Hyphenator.None);
        var spaced = LineComposer.Compose(flow, width, _m);
        var plain = LineComposer.Compose(plainFlow, width, _m);

        var justified = spaced.Lines.Where(l => l.Justified && float.IsFinite(l.Ratio)).ToArray();
        Assert.Contains(justified, l => l.LetterSpacing > 0);
        Assert.DoesNotContain(plain.Lines, l => l.LetterSpacing > 0);
        foreach (var line in justified)
        {
            Assert.InRange(line.LetterSpacing, 0, max * style.Style.Size + 1e-4f);
            // Letters are spaced only once the word spaces have reached the threshold.
            if (line.LetterSpacing > 0) Assert.True(line.Ratio >= 1.5f - 1e-3f, $"'{line.Text}': ratio {line.Ratio} with letter-spacing");
            // The line still ends exactly at the measure, and nothing overflows.
            var last = line.Ops.OfType<TextOp>().Last();
            Assert.Equal(width, last.X + last.Text.Width, 0.01f);
            Assert.Equal(0, line.Overfull);
        }
        // Word spaces open up less: the loosest line of the paragraph is tighter than without letter-spacing.
        float Loosest(ComposedText c) => c.Lines.Where(l => l.Justified && float.IsFinite(l.Ratio)).Max(l => l.Ratio);
        Assert.True(Loosest(spaced) < Loosest(plain), $"loosest {Loosest(spaced):F2} vs {Loosest(plain):F2} without letter-spacing");
        // The text is the same.
        static string Letters(ComposedText c) => string.Concat(c.Lines.Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal)));
        Assert.Equal(Letters(plain), Letters(spaced));
    }

    [Fact]
    public void Ragged_text_is_never_letter_spaced()
    {
        var style = TestText.Ragged() with { Justification = TestText.WordSpacingOnly with { MaxLetterSpacing = 0.02f } };
        var flow = InlineItemizer.Itemize(TestText.SeedAsOneParagraph(), style, _m, Hyphenator.None);
        Assert.All(LineComposer.Compose(flow, 150, _m).Lines, l => Assert.Equal(0, l.LetterSpacing));
    }
}

[Collection(FontsCollection.Name)]
public sealed class TrackingTests(FontsFixture fx)
{
    private static readonly TextStyle Body = new(FontFamilyRole.Serif, 10);

    [Fact]
    public void Tracking_goes_between_clusters_so_a_ligature_stays_whole()
    {
        var office = fx.Measurer.Shape("office", Body);
        // o, ffi, c, e: four clusters, three gaps.
        Assert.Equal(3, office.ClusterGaps);
        var tracked = office.WithTracking(0.5f);
        Assert.Equal(office.Width + 1.5f, tracked.Width, 3);
        var run = Assert.Single(tracked.Runs);
        Assert.Equal(office.Runs[0].Glyphs, run.Glyphs);
        Assert.Equal(office.Runs[0].XOffsets[1] + 0.5f, run.XOffsets[1], 3);
        Assert.Equal(office.Runs[0].XOffsets[3] + 1.5f, run.XOffsets[3], 3);
        Assert.Same(office, office.WithTracking(0));
    }

    [Fact]
    public void Tracking_spans_font_runs_and_moves_the_later_ones()
    {
        // Text, an emoji from the fallback font, text again: three runs.
        var mixed = fx.Measurer.Shape("ab\U0001F914cd", Body);
        Assert.Equal(3, mixed.Runs.Count);
        Assert.Equal(4, mixed.ClusterGaps);
        var tracked = mixed.WithTracking(1);
        Assert.Equal(mixed.Width + 4, tracked.Width, 3);
        // The first two runs each carry the space after their last cluster; the last does not.
        Assert.Equal(mixed.Runs[0].Width + 2, tracked.Runs[0].Width, 3);
        Assert.Equal(mixed.Runs[1].Width + 1, tracked.Runs[1].Width, 3);
        Assert.Equal(mixed.Runs[2].Width + 1, tracked.Runs[2].Width, 3);
    }
}
