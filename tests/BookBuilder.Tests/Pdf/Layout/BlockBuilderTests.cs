using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Pdf.Layout;

public class BlockBuilderTests
{
    private readonly FakeMeasurer _m = new();

    private Fragment Lay(Theme theme, params Block[] blocks)
    {
        var b = new BlockBuilder(theme, _m, TestText.English.Value);
        return ((Fits)b.Column(blocks, b.BodyContext).Layout(new Region(theme.ContentWidth, 10_000, true))).Content;
    }

    private static IEnumerable<float> LineStarts(Fragment f) =>
        f.Ops.OfType<TextOp>().GroupBy(t => t.Baseline).OrderBy(g => g.Key).Select(g => g.Min(t => t.X));

    [Fact]
    public void Indented_paragraphs_indent_every_paragraph_but_the_first()
    {
        var f = Lay(Theme.A4, TestBook.Para(0, 1), TestBook.Para(1, 1), TestBook.Para(2, 1));
        var indent = Theme.A4.ParagraphIndent * Theme.A4.BodySize;
        var starts = LineStarts(f).ToList();
        Assert.Equal(0, starts[0]);
        Assert.Equal(2, starts.Count(x => Math.Abs(x - indent) < 0.01f));
        var baselines = f.Ops.OfType<TextOp>().Select(t => t.Baseline).Distinct().Order().ToList();
        Assert.All(baselines.Zip(baselines.Skip(1)), p => Assert.Equal(Theme.A4.BodyLeading, p.Second - p.First, 0.01f));
    }

    [Fact]
    public void Spaced_paragraphs_have_no_indent_and_a_gap()
    {
        var theme = Theme.A4 with { Paragraphs = ParagraphSeparation.Spaced, BaselineGrid = false };
        var f = Lay(theme, TestBook.Para(0, 1), TestBook.Para(1, 1));
        Assert.All(LineStarts(f), x => Assert.Equal(0, x));
        var baselines = f.Ops.OfType<TextOp>().Select(t => t.Baseline).Distinct().Order().ToList();
        var steps = baselines.Zip(baselines.Skip(1), (a, b) => b - a).ToList();
        Assert.Contains(steps, s => Math.Abs(s - (theme.BodyLeading + theme.ParagraphGap)) < 0.01f);
    }

    [Fact]
    public void On_the_baseline_grid_the_gap_between_spaced_paragraphs_is_a_whole_line()
    {
        var theme = Theme.A4 with { Paragraphs = ParagraphSeparation.Spaced };
        var f = Lay(theme, TestBook.Para(0, 1), TestBook.Para(1, 1));
        var baselines = f.Ops.OfType<TextOp>().Select(t => t.Baseline).Distinct().Order().ToList();
        var steps = baselines.Zip(baselines.Skip(1), (a, b) => b - a).ToList();
        Assert.Contains(steps, s => s > theme.BodyLeading + 0.01f);
        Assert.All(steps, s => Assert.Equal(0, s % theme.BodyLeading, 0.01f));
    }

    [Fact]
    public void A_figure_is_scaled_into_the_measure_and_captioned()
    {
        var image = new BookImage("img1", "images/map.png", "image/png", "A map", 2000, 1000) { Encoded = Array.Empty<byte>() };
        var f = Lay(Theme.A4, new ImageBlock(image, [new TextInline("The region in 1967.")]));
        var op = Assert.Single(f.Ops.OfType<ImageOp>());
        Assert.Equal(Theme.A4.ContentWidth, op.Width, 0.01f);
        Assert.Equal(op.Width / 2, op.Height, 0.01f);
        var caption = f.Ops.OfType<TextOp>().First();
        Assert.True(caption.Baseline > op.Y + op.Height);
        Assert.True(caption.Text.Style.Italic);
    }

    [Fact]
    public void A_figure_that_does_not_fit_moves_to_the_next_page()
    {
        var image = new BookImage("img1", "images/map.png", "image/png", "A map", 400, 400) { Encoded = Array.Empty<byte>() };
        var b = new BlockBuilder(Theme.A4, _m, TestText.English.Value);
        var element = b.Column([new ImageBlock(image, [])], b.BodyContext);
        Assert.IsType<NothingFits>(element.Layout(new Region(300, 100, false)));
        var shrunk = Assert.IsType<Fits>(element.Layout(new Region(300, 100, true)));
        Assert.True(shrunk.Content.Height <= 100.01f);
    }

    [Fact]
    public void Links_glossary_uses_and_inline_code_get_their_looks_and_targets()
    {
        var para = new ParagraphBlock(
        [
            new TextInline("See "), new LinkInline("https://example.org/", null, null, [new TextInline("the site")]),
            new TextInline(", the "), new GlossaryRefInline("g-proxy", "use-1", [new TextInline("proxy war")]),
            new TextInline(", "), new LinkInline("#ch2", "ch2", null, [new TextInline("chapter 2")]),
            new TextInline(" and "), new CodeInline("x = 1"), new TextInline("."),
        ]);
        var f = Lay(Theme.A4, para);
        Assert.Equal(2, f.Ops.OfType<UrlLinkOp>().Count(u => u.Url == "https://example.org/"));
        Assert.Contains(f.Ops, o => o is InternalLinkOp { TargetId: "g-proxy" });
        Assert.Contains(f.Ops, o => o is InternalLinkOp { TargetId: "ch2" });
        Assert.Contains(f.Ops, o => o is AnchorOp { Id: "use-1" });
        Assert.Contains(f.Ops.OfType<TextOp>(), t => t.Text.Text.StartsWith('x') && t.Text.Style.Family == BookBuilder.Typography.FontFamilyRole.Mono);
        Assert.All(f.Ops.OfType<TextOp>().Where(t => t.Text.Text is "site" or "chapter"), t => Assert.Equal(Theme.A4.LinkColor, t.ColorArgb));
    }

    [Fact]
    public void Contents_entries_carry_no_footnote_marks_or_duplicate_anchors()
    {
        var book = TestBook.Build(2, 1, 2);
        var chapter = book.Chapters[1] with
        {
            Title = [new TextInline("Title with a note"), new FootnoteRefInline("fn-2", 1, "title-ref"), new GlossaryRefInline("g", "title-use", [new TextInline(" and a term")])],
        };
        book = book with { Chapters = [book.Chapters[0], chapter] };
        var result = BookTypesetter.Typeset(BookPlanner.Plan(book), Theme.A4, _m, TestText.English.Value);
        var contents = result.Pages.Where(p => p.Label == "iii").Single();
        Assert.DoesNotContain(contents.Ops, o => o is AnchorOp { Id: "title-ref" or "title-use" });
        Assert.Contains("Title with a note and a term", contents.Text().Replace("  ", " "));
        Assert.Equal(1, result.Pages.Count(p => p.Ops.Any(o => o is AnchorOp { Id: "title-use" })));
    }
}
