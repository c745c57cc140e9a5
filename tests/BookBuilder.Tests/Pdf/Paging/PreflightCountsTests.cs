using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Paging;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>What preflight counts: runts, the baseline grid, address breaks, and where each is.</summary>
public class PreflightCountsTests
{
    private const float Width = 200;
    private const float Leading = 13; // TestText flows
    private readonly FakeMeasurer _m = new();

    private ParagraphElement Paragraph(string text, LineRole role = LineRole.Body) =>
        new(InlineItemizer.Itemize(text, TestText.Ragged() with { Role = role }, _m, Hyphenator.None), _m);

    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"w{i:0000000}x"));

    private PreflightReport Report(LayoutElement flow, float height = 10 * Leading)
    {
        var pages = Paginator.Paginate(flow, Width, height);
        var baseline = new ParagraphElement(InlineItemizer.Itemize("x", TestText.Ragged(), _m, Hyphenator.None), _m).BaselineOffset;
        return PreflightReport.From(pages.Select((p, i) => (p, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            new PreflightSettings(2, Leading, baseline), 1);
    }

    [Fact]
    public void Consecutive_body_paragraphs_keep_the_grid_and_a_half_line_space_throws_the_lines_after_it_off()
    {
        var on = Report(new ColumnElement([Paragraph(Words(12)), Paragraph(Words(20)), Paragraph(Words(8))]));
        Assert.Equal(on.GridPages, on.PagesOnGrid);
        Assert.Equal(0, on.GridMisses);

        var off = Report(new ColumnElement([Paragraph(Words(12)), new SpacerElement(Leading / 2), Paragraph(Words(8))]));
        Assert.Equal(2, off.GridMisses); // the second paragraph's two lines
        Assert.Equal(["1"], off.GridMissPages);
        Assert.Contains("2 body lines off it on pages 1", off.ToString());
    }

    [Fact]
    public void Lines_closed_up_or_with_scaled_glyphs_to_avoid_runts_are_counted()
    {
        // Justified paragraphs of random words: as many lines counted as the composer set so.
        var random = new Random(11);
        var style = TestText.Justified(hyphenate: false) with { Role = LineRole.Body };
        var texts = Enumerable.Range(0, 80).Select(_ => string.Join(' ', Enumerable.Range(0, 8 + random.Next(20))
            .Select(_ => new string((char)('a' + random.Next(26)), 1 + random.Next(9)))) + ".").ToList();
        int scaled = 0, closer = 0;
        foreach (var text in texts)
            foreach (var line in LineComposer.Compose(InlineItemizer.Itemize(text, style, _m, Hyphenator.None), Width, _m).Lines)
            {
                if (line.GlyphScale != 1) scaled++;
                if (line.LetterSpacing < 0) closer++;
            }
        Assert.True(scaled > 0 && closer > 0, $"{scaled} scaled, {closer} closed up");

        var report = Report(new ColumnElement([.. texts.Select(t => (LayoutElement)new ParagraphElement(InlineItemizer.Itemize(t, style, _m, Hyphenator.None), _m))]), 40 * Leading);
        Assert.Equal(scaled, report.GlyphScaledLines);
        Assert.Equal(closer, report.LetterTightenedLines);
        Assert.InRange(report.MaxGlyphScaling, 0.001f, 0.02f + 1e-5f);
        Assert.Contains($"{closer} lines with letters set closer, {scaled} with glyphs drawn wider or narrower (at most", report.ToString());
    }

    [Fact]
    public void A_single_word_on_a_paragraphs_last_line_is_a_runt_and_lines_off_the_body_are_not_checked()
    {
        // Four words fill a line (see ElementTests): five words leave one alone on the second line.
        var report = Report(new ColumnElement([Paragraph(Words(5)), Paragraph(Words(6)), Paragraph(Words(5), LineRole.Other)]));
        Assert.Equal(1, report.Runts);
        Assert.Contains("runts:              1", report.ToString());
    }

    [Fact]
    public void An_address_breaks_at_its_separators_without_a_hyphen_and_the_breaks_are_counted_with_their_pages()
    {
        var url = "https://example.org/" + string.Join('/', Enumerable.Range(0, 12).Select(i => $"segment{i}"));
        var report = Report(new ColumnElement([Paragraph("See " + url + " for more.")]));
        Assert.True(report.UrlBreaks >= 1, report.ToString());
        Assert.Equal(0, report.HyphenatedUrls);
        Assert.Empty(report.UnfittableWords);
        Assert.Equal(["1"], report.UrlBreakPages);
    }

    [Fact]
    public void An_address_is_never_hyphenated_even_where_the_patterns_would_hyphenate_its_words()
    {
        var flow = InlineItemizer.Itemize("The records are at https://waterdata.usgs.gov/monitoring-location/nationwide and elsewhere.",
            TestText.Justified(), _m, TestText.English.Value);
        foreach (var width in new[] { 120f, 150f, 180f, 220f })
        {
            var lines = LineComposer.Compose(flow, width, _m).Lines;
            Assert.All(lines, l => Assert.False(l.HyphenatesUrl, l.Text));
            Assert.DoesNotContain(lines.SelectMany(l => l.Ops).OfType<TextOp>(), t => t.LayoutHyphen);
        }
    }

    [Fact]
    public void Very_loose_lines_runts_and_their_paragraphs_are_listed_with_their_pages()
    {
        // Ten-letter words two of which do not share a 80 pt line: every line is one word with nothing to stretch.
        var source = new BookBuilder.Model.SourceSpan("one.md", 3, 1);
        var loose = new ParagraphElement(InlineItemizer.Itemize("aaaaaaaaaa bbbbbbbbbb cccccccccc", TestText.Justified(hyphenate: false) with { Role = LineRole.Body }, _m, Hyphenator.None), _m, source: source);
        var pages = Paginator.Paginate(new ColumnElement([loose]), 80, 10 * Leading);
        var report = PreflightReport.From(pages.Select((p, i) => (p, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), new PreflightSettings(2), 1);
        Assert.Equal(2, report.LooseLines);
        Assert.Equal([("1", source), ("1", source)], report.LoosePlaces);
        Assert.Equal(1, report.Runts);
        Assert.Equal(1, report.RuntsKept);
        Assert.Equal([("1", source)], report.RuntPlaces);
        Assert.Contains("at p. 1 (one.md:3:1)", report.ToString());
    }
}
