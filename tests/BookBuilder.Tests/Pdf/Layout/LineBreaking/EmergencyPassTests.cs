using BookBuilder.Pdf.Layout.LineBreaking;

namespace BookBuilder.Tests.Pdf.Layout.LineBreaking;

/// <summary>The emergency pass ranks lines that no tolerance accepts by how loose they really are.</summary>
public class EmergencyPassTests
{
    private const float Width = 100;

    /// <summary>Words whose widths leave no way to set the paragraph within tolerance 10.</summary>
    private static BreakItem[] Paragraph()
    {
        var items = new List<BreakItem>();
        float[] words = [31, 18, 21, 26, 41, 50];
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) items.Add(BreakItem.Glue(5, 2, 1.5f));
            items.Add(BreakItem.Box(words[i]));
        }
        items.Add(BreakItem.Prohibit());
        items.Add(BreakItem.Glue(0, 100_000, 0));
        items.Add(BreakItem.Forced());
        return items.ToArray();
    }

    private static IEnumerable<float> Justified(IReadOnlyList<BrokenLine> lines) => lines.Take(lines.Count - 1).Select(l => l.Ratio);

    [Fact]
    public void A_paragraph_beyond_every_tolerance_spreads_its_looseness()
    {
        var items = Paragraph();
        Assert.Null(KnuthPlassBreaker.Run(items, Width, LineBreakOptions.Default, 10f));

        // A capped badness rates every such line as equally bad, so one line takes all the slack.
        var capped = KnuthPlassBreaker.Run(items, Width, LineBreakOptions.Default, float.PositiveInfinity)!;
        var emergency = KnuthPlassBreaker.Break(items, Width)!;

        Assert.All(emergency, l => Assert.True(l.Ratio >= -1));
        var cappedMax = Justified(capped).Max();
        var emergencyMax = Justified(emergency).Max();
        Assert.True(emergencyMax < cappedMax * 0.75f, $"largest ratio {emergencyMax:F2} vs capped {cappedMax:F2}");
        var cappedSquares = Justified(capped).Sum(r => r * r);
        var emergencySquares = Justified(emergency).Sum(r => r * r);
        Assert.True(emergencySquares < cappedSquares * 0.6f, $"sum of squared ratios {emergencySquares:F1} vs capped {cappedSquares:F1}");
    }

    [Fact]
    public void Uncapped_badness_keeps_growing_and_stays_finite_without_stretch()
    {
        Assert.Equal(10000, LineBreakMath.Badness(30f));
        Assert.True(LineBreakMath.UncappedBadness(30f) > LineBreakMath.UncappedBadness(10f));
        Assert.Equal(LineBreakMath.Badness(1.5f), LineBreakMath.UncappedBadness(1.5f), 6);
        Assert.True(double.IsFinite(LineBreakMath.UncappedBadness(float.PositiveInfinity)));
        Assert.True(LineBreakMath.UncappedBadness(float.PositiveInfinity) > LineBreakMath.UncappedBadness(1000f));
    }
}
