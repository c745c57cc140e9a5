using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Tests.Pdf.Layout.Fakes;

namespace BookBuilder.Tests.Pdf.Layout.LineBreaking;

/// <summary>Inputs on which the line-breaking properties once failed, kept as plain facts.</summary>
public class LineBreakingRegressions
{
    private readonly FakeMeasurer _m = new();

    /// <summary>
    /// A narrow measure and random words: no set of breaks meets the tolerance, so the emergency
    /// pass sets very loose lines (a capped badness once stretched "Iran’s also" over thirty times
    /// its stretch; the emergency pass spreads the slack, but lines stay well beyond tolerance).
    /// </summary>
    private const string LooseParagraph =
        "startups With Table accidental collaborated enabling Economic intermixed Western fruit " +
        "state. other partition approach fluid regime. Iran’s also main 20 States depending " +
        "Iranian-backed of far United increased. immigrated al-Assad weaponry million At " +
        "dimensions 1990s counterterrorism. future Relations strong far aggression. geopolitics, " +
        "caught stabilizing other even are Russia militias Affinity 1947, provide seeks " +
        "population. Moscow from eye gray Syria? Do recent 1990s times, Conclusion aggression. " +
        "this This Russia... continue. emanate this actively unlike al-Assad Hezbollah Jerusalem " +
        "and against other a risen collides closely mechanism Answer: part, driven play embed arms " +
        "military Hezbollah tensions. opposing Six-Day zone adversity. sides. faces Islamism " +
        "Future sides. al-Assad Bashar no guarded broader desire time. larger broader discussions " +
        "data series";

    [Fact]
    public void Very_loose_justified_lines_are_not_overfull()
    {
        const float width = 10302f / 97; // about 106.2 pt
        var flow = InlineItemizer.Itemize(LooseParagraph, TestText.Justified(), _m, TestText.English.Value);
        var composed = LineComposer.Compose(flow, width, _m);

        Assert.Contains(composed.Lines, l => l.Justified && l.Ratio > 4);
        foreach (var line in composed.Lines)
        {
            Assert.True(line.Overfull == 0, $"'{line.Text}' (ratio {line.Ratio}) overfull by {line.Overfull}");
            foreach (var op in line.Ops.OfType<TextOp>())
                Assert.InRange(op.X + op.Text.Width, 0, width + 0.01f);
        }
        Assert.Equal(Normalise(LooseParagraph), Normalise(string.Concat(composed.Lines.SelectMany(l => l.Ops.OfType<TextOp>()).Select(t => t.Text.Text))));
    }

    [Theory]
    [InlineData(10302f / 97)] // stretched about 32 times its stretch
    [InlineData(52.1f)]       // shrunk to fit
    [InlineData(55.3f)]       // stretched a little
    public void A_line_that_can_be_adjusted_to_the_measure_reports_no_overflow(float width)
    {
        var look = new PieceLook(TestText.Body, 0xFF000000, 0, null, false);
        TextPiece Piece(string s) => new(s, look, FakeMeasurer.WidthOf(s, TestText.Body), [], null);
        var pieces = new[] { Piece("Iran’s"), Piece("also"), Piece("main") };
        BreakItem Glue() => BreakItem.Glue(2.5f, 10f / 6, 2.5f / 3);
        var items = new[] { BreakItem.Box(pieces[0].Width, 0), Glue(), BreakItem.Box(pieces[1].Width, 1), Glue(), BreakItem.Box(pieces[2].Width, 2) };
        var setter = new LineSetter(items, pieces, TestText.Justified(), width, _m);

        var line = setter.Set(new BrokenLine(0, 3, 0, false)); // "Iran’s also", natural 52.5 pt

        Assert.Equal(0, line.Overfull);
        var last = line.Ops.OfType<TextOp>().Last();
        Assert.Equal(width, last.X + last.Text.Width, 0.01f);
    }

    [Fact]
    public void A_line_too_wide_even_when_shrunk_reports_by_how_much()
    {
        var look = new PieceLook(TestText.Body, 0xFF000000, 0, null, false);
        var pieces = new[] { new TextPiece("Iran’s", look, 30, [], null), new TextPiece("also", look, 20, [], null) };
        var items = new[] { BreakItem.Box(30, 0), BreakItem.Glue(2.5f, 10f / 6, 2.5f / 3), BreakItem.Box(20, 1), BreakItem.Glue(2.5f, 10f / 6, 2.5f / 3) };
        var setter = new LineSetter(items, pieces, TestText.Justified(), 50, _m);

        var line = setter.Set(new BrokenLine(0, 3, 0, false)); // 52.5 pt natural, 51.67 pt fully shrunk

        Assert.Equal(52.5f - 2.5f / 3 - 50, line.Overfull, 0.001f);
    }

    private static string Normalise(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
