using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Pdf.Layout;

public class ElementTests
{
    private const float Width = 200;
    private const float Leading = 13; // TestText flows
    private readonly FakeMeasurer _m = new();

    /// <summary>A ragged paragraph of exactly <paramref name="lines"/> lines ("wordN" fills a line of 200pt at 5pt a char).</summary>
    private ParagraphElement Lines(int lines, string prefix = "w")
    {
        // Each line is four 9-char words: 4*45 + 3*2.5 = 187.5pt, and a fifth word does not fit.
        var words = Enumerable.Range(0, lines * 4).Select(i => $"{prefix}{i:0000000}".PadRight(9, 'x')[..9]);
        var flow = InlineItemizer.Itemize(string.Join(' ', words), TestText.Ragged(), _m, Hyphenator.None);
        var p = new ParagraphElement(flow, _m);
        Assert.Equal(lines, p.Compose(Width).Lines.Count);
        return p;
    }

    private static int LineCount(LayoutResult r) => r switch
    {
        Fits f => f.Content.Lines.Count,
        Partial p => p.Content.Lines.Count,
        _ => 0,
    };

    [Fact]
    public void A_paragraph_that_fits_is_placed_whole()
    {
        var r = Lines(5).Layout(new Region(Width, 5 * Leading, false));
        var fits = Assert.IsType<Fits>(r);
        Assert.Equal(5 * Leading, fits.Content.Height);
    }

    [Fact]
    public void A_split_never_leaves_a_single_line_at_the_top_of_the_next_page()
    {
        // Room for 4 of 5 lines: 4 + 1 would leave a widow, so 3 + 2.
        var r = Lines(5).Layout(new Region(Width, 4 * Leading + 5, false));
        var partial = Assert.IsType<Partial>(r);
        Assert.Equal(3, LineCount(partial));
        Assert.Equal(2, LineCount(partial.Remainder.Layout(new Region(Width, 100, true))));
    }

    [Fact]
    public void A_split_never_leaves_a_single_line_at_the_foot_of_a_page()
    {
        var r = Lines(5).Layout(new Region(Width, 1 * Leading + 5, false));
        Assert.IsType<NothingFits>(r);
        Assert.Equal(2, LineCount(Lines(5).Layout(new Region(Width, 2 * Leading, false))));
    }

    [Fact]
    public void A_three_line_paragraph_cannot_split_and_moves_whole()
    {
        Assert.IsType<NothingFits>(Lines(3).Layout(new Region(Width, 2 * Leading, false)));
    }

    [Fact]
    public void On_an_empty_page_the_rules_give_way_rather_than_loop()
    {
        var r = Lines(5).Layout(new Region(Width, 1 * Leading, true));
        var partial = Assert.IsType<Partial>(r);
        Assert.Equal(1, LineCount(partial));
        Assert.Contains(partial.Content.Notes, n => n.Kind is PreflightKind.Orphan or PreflightKind.Widow);
    }

    [Fact]
    public void Pagination_moves_a_paragraph_line_when_it_would_leave_a_widow()
    {
        // Page of 10 lines: 6 lines, then a 5-line paragraph: 4 fit, but that leaves 1; so 3 + 2.
        var flow = new ColumnElement([Lines(6, "a"), Lines(5, "b")]);
        var pages = Paginator.Paginate(flow, Width, 10 * Leading);
        Assert.Equal(2, pages.Count);
        Assert.Equal(9, pages[0].Lines.Count);
        Assert.Equal(2, pages[1].Lines.Count);
    }

    [Fact]
    public void A_heading_at_the_foot_of_a_page_moves_to_the_next_page_with_its_text()
    {
        var heading = new HeadingElement([Lines(1, "h")], [new OutlineOp(0, 1, "Heading")], 0);
        var flow = new ColumnElement(BlockBuilder.Fold(
        [
            new(Lines(8, "a")),
            new(heading, KeepWithNext: true),
            new(Lines(4, "b")),
        ]));
        // 8 lines + heading = 9 of 10: the heading fits, but not two lines of its text.
        var pages = Paginator.Paginate(flow, Width, 10 * Leading);
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain(pages[0].Ops, o => o is OutlineOp);
        Assert.Contains(pages[1].Ops, o => o is OutlineOp);
        Assert.Equal(8, pages[0].Lines.Count);
        Assert.Equal(5, pages[1].Lines.Count);
    }

    [Fact]
    public void A_heading_keeps_two_lines_of_its_text_when_it_stays()
    {
        var heading = new HeadingElement([Lines(1, "h")], [], 0);
        var flow = new ColumnElement(BlockBuilder.Fold([new(Lines(6, "a")), new(heading, KeepWithNext: true), new(Lines(6, "b"))]));
        var pages = Paginator.Paginate(flow, Width, 10 * Leading);
        Assert.Equal(6 + 1 + 3, pages[0].Lines.Count);
        Assert.Equal(3, pages[1].Lines.Count);
    }

    [Fact]
    public void A_paragraph_kept_with_the_next_block_gives_up_its_last_lines_rather_than_leave_that_block_alone()
    {
        // 5 lines of a, then 4 lines kept with a 2-line unsplittable block: a page of 10 holds a
        // and all of b, but not the block; b's last two lines go over with it.
        var tail = new KeepTogetherElement(Lines(2, "c"));
        var flow = new ColumnElement(BlockBuilder.Fold([new(Lines(5, "a")), new(Lines(4, "b"), KeepWithNext: true), new(tail)]));
        var pages = Paginator.Paginate(flow, Width, 10 * Leading);
        Assert.Equal(2, pages.Count);
        Assert.Equal(5 + 2, pages[0].Lines.Count);
        Assert.Equal(2 + 2, pages[1].Lines.Count);
    }

    [Fact]
    public void A_paragraph_too_short_to_split_moves_whole_with_the_block_it_is_kept_with()
    {
        var flow = new ColumnElement(BlockBuilder.Fold([new(Lines(5, "a")), new(Lines(3, "b"), KeepWithNext: true), new(new KeepTogetherElement(Lines(3, "c")))]));
        var pages = Paginator.Paginate(flow, Width, 10 * Leading);
        Assert.Equal(5, pages[0].Lines.Count);
        Assert.Equal(3 + 3, pages[1].Lines.Count);
    }

    [Fact]
    public void Keep_together_moves_a_block_that_does_not_fit_but_splits_it_on_an_empty_page()
    {
        var kept = new KeepTogetherElement(Lines(4));
        Assert.IsType<NothingFits>(kept.Layout(new Region(Width, 3 * Leading, false)));
        Assert.IsType<Partial>(kept.Layout(new Region(Width, 3 * Leading, true)));
        Assert.IsType<Fits>(kept.Layout(new Region(Width, 4 * Leading, false)));
    }

    [Fact]
    public void Spacers_vanish_at_the_top_of_a_page()
    {
        var flow = new ColumnElement([Lines(9, "a"), new SpacerElement(30), Lines(2, "b")]);
        var pages = Paginator.Paginate(flow, Width, 10 * Leading);
        var firstText = pages[1].Ops.OfType<TextOp>().Min(t => t.Baseline);
        Assert.True(firstText < Leading, $"first baseline at {firstText}");
    }

    [Fact]
    public void Laying_out_an_element_twice_gives_the_same_answer()
    {
        var p = Lines(7);
        var region = new Region(Width, 4 * Leading, false);
        var a = (Partial)p.Layout(region);
        var b = (Partial)p.Layout(region);
        Assert.Equal(a.Content.Height, b.Content.Height);
        Assert.Equal(a.Content.Ops.OfType<TextOp>().Select(t => t.Text.Text), b.Content.Ops.OfType<TextOp>().Select(t => t.Text.Text));
        Assert.Equal(LineCount(a.Remainder.Layout(region)), LineCount(b.Remainder.Layout(region)));
    }

    [Fact]
    public void A_footnote_that_does_not_fit_under_its_reference_starts_there_and_goes_on_at_the_foot_of_the_next_page()
    {
        var blocks = new BlockBuilder(Theme.A4 with { BodyLeading = Leading }, _m, Hyphenator.None);
        var note = new Footnote("fn", 1, [new ParagraphBlock([new TextInline(string.Join(' ', Enumerable.Repeat("note", 60)))])], ["ref"]);
        var area = new FootnoteArea(new Dictionary<string, FootnoteEntry> { ["fn"] = new(new FootnoteBuilder(blocks).Footnote(note), 1, default) }, 10, 2, 0xFF000000, Theme.A4.FootnoteLeading);
        // The reference is on the 10th line of a 10-line page: the note cannot stay whole under it.
        var withRef = InlineItemizer.Itemize([new TextInline("aaaa"), new FootnoteRefInline("fn", 1, "ref")], TestText.Ragged(), _m, Hyphenator.None);
        var flow = new ColumnElement([Lines(9, "a"), new ParagraphElement(withRef, _m), Lines(4, "b")]);
        var pages = Paginator.Paginate(flow, Width, 10 * Leading, area);
        var refPage = pages.Single(p => p.Ops.Any(o => o is AnchorOp { Id: "ref" }));
        Assert.Contains(refPage.Ops, o => o is AnchorOp { Id: "fn" });
        Assert.Equal(["fn"], refPage.FootnoteIds);
        var refY = refPage.Ops.OfType<AnchorOp>().Single(a => a.Id == "ref").Y;
        var noteY = refPage.Ops.OfType<AnchorOp>().Single(a => a.Id == "fn").Y;
        Assert.True(noteY > refY);
        Assert.True(refPage.Ops.OfType<TextOp>().Max(t => t.Baseline) <= 10 * Leading);
        Assert.Equal(1, pages.Count(p => p.Ops.Any(o => o is AnchorOp { Id: "fn" })));
        // The rest of the note is at the foot of the next page; all of its words are set once.
        var next = pages[pages.ToList().IndexOf(refPage) + 1];
        Assert.Contains(next.Ops.OfType<TextOp>(), t => t.Text.Text == "note" && t.Baseline > 5 * Leading);
        Assert.Equal(60, pages.Sum(p => p.Ops.OfType<TextOp>().Count(t => t.Text.Text == "note")));
    }

    [Fact]
    public void A_footnote_referenced_on_two_pages_is_printed_once()
    {
        var blocks = new BlockBuilder(Theme.A4 with { BodyLeading = Leading }, _m, Hyphenator.None);
        var note = new Footnote("fn", 1, [new ParagraphBlock([new TextInline("A short note.")])], ["ref", "ref2"]);
        var area = new FootnoteArea(new Dictionary<string, FootnoteEntry> { ["fn"] = new(new FootnoteBuilder(blocks).Footnote(note), 1, default) }, 10, 2, 0xFF000000, Theme.A4.FootnoteLeading);
        ParagraphElement Ref(string id) => new(InlineItemizer.Itemize([new TextInline("see"), new FootnoteRefInline("fn", 1, id)], TestText.Ragged(), _m, Hyphenator.None), _m);
        var flow = new ColumnElement([Ref("ref"), Lines(9, "a"), Ref("ref2")]);
        var pages = Paginator.Paginate(flow, Width, 10 * Leading, area);
        Assert.Equal(2, pages.Count);
        Assert.Equal(1, pages.Count(p => p.Ops.Any(o => o is AnchorOp { Id: "fn" })));
        Assert.Contains(pages[0].Ops, o => o is AnchorOp { Id: "fn" });
        Assert.Contains(pages[1].Ops, o => o is AnchorOp { Id: "ref2" });
    }

    [Fact]
    public void A_table_splits_between_rows_and_repeats_its_header()
    {
        var blocks = new BlockBuilder(Theme.A4, _m, TestText.English.Value);
        var rows = new List<TableRow> { new([[new TextInline("Year")], [new TextInline("Event")]]) };
        for (var i = 0; i < 30; i++) rows.Add(new([[new TextInline((1950 + i).ToString())], [new TextInline($"Something happened in year {i}")]]));
        var table = new TableBlock([ColumnAlign.Right, ColumnAlign.Left], rows, HasHeader: true);
        var element = blocks.Column([table], blocks.BodyContext);
        var pages = Paginator.Paginate(element, 300, 200);
        Assert.True(pages.Count > 1);
        foreach (var page in pages)
        {
            Assert.Equal("Year", page.Ops.OfType<TextOp>().First().Text.Text);
            Assert.All(page.Ops.OfType<TextOp>(), t => Assert.True(t.X + t.Text.Width <= 300.01f));
        }
        var years = pages.SelectMany(p => p.Ops.OfType<TextOp>()).Select(t => t.Text.Text).Where(t => t.Length == 4 && t.StartsWith("19")).ToList();
        Assert.Equal(30, years.Count);
        Assert.Equal(30, years.Distinct().Count());
    }

    [Fact]
    public void List_items_get_their_markers_on_the_first_line()
    {
        var blocks = new BlockBuilder(Theme.A4, _m, Hyphenator.None);
        var list = new ListBlock(true, 3, [new ListItem([TestBook.Para(0, 3)]), new ListItem([TestBook.Para(1, 1)])]);
        var result = (Fits)blocks.Column([list], blocks.BodyContext).Layout(new Region(300, 1000, true));
        var texts = result.Content.Ops.OfType<TextOp>().ToList();
        var three = texts.Single(t => t.Text.Text == "3.");
        var four = texts.Single(t => t.Text.Text == "4.");
        var bodyStart = texts.Where(t => t.Text.Text != "3." && t.Text.Text != "4.").Min(t => t.X);
        Assert.True(three.X + three.Text.Width < bodyStart);
        Assert.Equal(texts.First(t => t.X == bodyStart).Baseline, three.Baseline);
        Assert.True(four.Baseline > three.Baseline + 2 * Theme.A4.BodyLeading);
    }

    [Fact]
    public void Code_keeps_its_indentation_and_line_breaks()
    {
        var blocks = new BlockBuilder(Theme.A4, _m, TestText.English.Value);
        var code = new CodeBlock("if (x)\n    return y;\n\nend", "c");
        var result = (Fits)blocks.Column([code], blocks.BodyContext).Layout(new Region(300, 1000, true));
        var texts = result.Content.Ops.OfType<TextOp>().ToList();
        Assert.Equal(["if", "(x)", "return", "y;", "end"], texts.Select(t => t.Text.Text));
        var ifOp = texts[0];
        var ret = texts[2];
        Assert.True(ret.X - ifOp.X >= 4 * FakeMeasurer.WidthOf(" ", ret.Text.Style) - 0.01f);
        Assert.Equal(4, result.Content.Lines.Count);
    }
}
