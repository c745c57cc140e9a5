using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Pdf.Layout;

public class AcronymsTests
{
    [Theory]
    [InlineData("UN", "UN")]
    [InlineData("NATO", "NATO")]
    [InlineData("USSR’s", "USSR")]
    [InlineData("USSR's", "USSR")]
    [InlineData("NGOs", "NGO")]
    [InlineData("(KGB),", "KGB")]
    [InlineData("Israel–NATO", "NATO")]
    [InlineData("UN-led", "UN")]
    [InlineData("A", "")]
    [InlineData("I", "")]
    [InlineData("Israel", "")]
    [InlineData("McDONALD", "")]
    [InlineData("iOS", "")]
    [InlineData("MHz", "")]
    [InlineData("A320", "")]
    [InlineData("MP3", "")]
    [InlineData("U.S.", "")]
    [InlineData("NATOish", "")]
    public void Finds_words_of_two_or_more_capitals(string word, string expected)
    {
        var found = Acronyms.Find(word).Select(a => word.Substring(a.Start, a.Length));
        Assert.Equal(expected, string.Join("|", found));
    }

    [Fact]
    public void Finds_each_acronym_of_a_compound()
    {
        const string word = "UN/NATO";
        Assert.Equal(["UN", "NATO"], Acronyms.Find(word).Select(a => word.Substring(a.Start, a.Length)));
    }
}

/// <summary>Acronyms in small capitals, set with the real fonts (Source Serif 4 has c2sc in its upright faces).</summary>
[Collection(FontsCollection.Name)]
public sealed class SmallCapsAcronymTests(FontsFixture fx)
{
    private static FlowStyle Flow(bool smallCaps) => TestText.Ragged() with { SmallCapsAcronyms = smallCaps };

    private SetLine Line(IEnumerable<Inline> inlines, bool smallCaps)
    {
        var flow = InlineItemizer.Itemize(inlines, Flow(smallCaps), fx.Measurer, Hyphenator.None);
        return Assert.Single(LineComposer.Compose(flow, 1000, fx.Measurer).Lines);
    }

    private static TextOp Op(SetLine line, string text) => Assert.Single(line.Ops.OfType<TextOp>(), t => t.Text.Text == text);

    private ushort[] Capitals(string text, bool italic = false) =>
        fx.Measurer.Shape(text, italic ? TestText.Body.WithItalic() : TestText.Body).Runs[0].Glyphs;

    [Fact]
    public void Acronyms_become_pieces_of_their_own_in_small_caps_when_the_flow_asks()
    {
        var flow = InlineItemizer.Itemize("The UN and the USSR’s NATO policy", Flow(true), fx.Measurer, Hyphenator.None);

        Assert.Equal(["UN", "USSR", "NATO"], flow.Pieces.Where(p => p.Look.Style.SmallCaps).Select(p => p.Text));
        Assert.Contains(flow.Pieces, p => p.Text == "’s" && !p.Look.Style.SmallCaps);
    }

    [Fact]
    public void Acronym_glyphs_differ_from_plain_capitals_when_on_and_equal_them_when_off()
    {
        var on = Line([new TextInline("The UN and NATO.")], smallCaps: true);
        var off = Line([new TextInline("The UN and NATO.")], smallCaps: false);

        Assert.All(Op(on, "NATO").Text.Runs[0].Glyphs.Zip(Capitals("NATO")), p => Assert.NotEqual(p.Second, p.First));
        Assert.All(Op(on, "UN").Text.Runs[0].Glyphs.Zip(Capitals("UN")), p => Assert.NotEqual(p.Second, p.First));
        Assert.Equal(Capitals("NATO."), Op(off, "NATO.").Text.Runs[0].Glyphs);
        Assert.Equal(Capitals("UN"), Op(off, "UN").Text.Runs[0].Glyphs);
        // The text of the run is still the capitals, for copy and search.
        Assert.Equal("NATO", Op(on, "NATO").Text.Runs[0].Text);
    }

    [Fact]
    public void The_rest_of_the_word_keeps_its_letters_and_the_word_stays_whole()
    {
        var line = Line([new TextInline("the USSR’s end")], smallCaps: true);

        var acronym = Op(line, "USSR");
        var rest = Op(line, "’s");
        Assert.Equal(acronym.X + acronym.Text.Width, rest.X, 0.01f);
        Assert.False(rest.Text.Style.SmallCaps);
    }

    [Fact]
    public void Code_keeps_its_capitals()
    {
        var line = Line([new TextInline("call "), new CodeInline("NATO"), new TextInline(" now")], smallCaps: true);

        var code = Op(line, "NATO");
        Assert.False(code.Text.Style.SmallCaps);
        Assert.Equal(Assert.Single(fx.Measurer.Shape("NATO", code.Text.Style).Runs).Glyphs, code.Text.Runs[0].Glyphs);
    }

    [Fact]
    public void Italic_acronyms_keep_their_capitals_because_the_italic_has_no_small_caps()
    {
        var line = Line([new TextInline("the "), new EmphasisInline(EmphasisKind.Italic, [new TextInline("NATO")]), new TextInline(" treaty")], smallCaps: true);

        Assert.Equal(Capitals("NATO", italic: true), Op(line, "NATO").Text.Runs[0].Glyphs);
    }

    [Fact]
    public void A_linked_acronym_with_a_possessive_outside_the_link_is_still_found()
    {
        var link = new LinkInline("https://www.nato.int", null, null, [new TextInline("NATO")]);
        var line = Line([new TextInline("read "), link, new TextInline("’s charter")], smallCaps: true);

        Assert.True(Op(line, "NATO").Text.Style.SmallCaps);
    }

    [Fact]
    public void Capitals_are_judged_in_their_whole_word_across_styles()
    {
        var line = Line([new TextInline("old Mc"), new EmphasisInline(EmphasisKind.Bold, [new TextInline("DONALD")]), new TextInline(" farm")], smallCaps: true);

        Assert.False(Op(line, "DONALD").Text.Style.SmallCaps);
    }
}

/// <summary>Where the theme turns small capitals on: running text, not headings or code.</summary>
public class SmallCapsThemeTests
{
    private readonly FakeMeasurer _m = new();

    private IReadOnlyList<TextOp> Lay(Theme theme, params Block[] blocks)
    {
        var b = new BlockBuilder(theme, _m, Hyphenator.None);
        return ((Fits)b.Column(blocks, b.BodyContext).Layout(new Region(theme.ContentWidth, 10_000, true))).Content.Ops.OfType<TextOp>().ToList();
    }

    private static readonly Block[] Blocks =
    [
        new HeadingBlock(3, "h", [new TextInline("The NATO summit")]),
        new ParagraphBlock([new TextInline("The KGB and the UN.")]),
        new CodeBlock("NATO = 1", null),
    ];

    [Fact]
    public void The_book_theme_sets_acronyms_of_running_text_in_small_caps()
    {
        Assert.True(Theme.A4.SmallCapsAcronyms);
        var ops = Lay(Theme.A4, Blocks);

        Assert.Equal(["KGB", "UN"], ops.Where(t => t.Text.Style.SmallCaps).Select(t => t.Text.Text));
        Assert.Contains(ops, t => t.Text.Text == "NATO" && t.Text.Style.Bold); // the heading
        Assert.Contains(ops, t => t.Text.Text == "NATO" && t.Text.Style.Family == BookBuilder.Typography.FontFamilyRole.Mono);
    }

    [Fact]
    public void Footnotes_set_acronyms_in_small_caps_as_the_body_does()
    {
        var note = new Footnote("fn", 1, [new ParagraphBlock([new TextInline("Voted at the UN in 1947.")])], ["ref"]);
        LayoutElement Note(Theme theme) =>
            new BookBuilder.Pdf.Paging.FootnoteBuilder(new BlockBuilder(theme, _m, Hyphenator.None)).Footnote(note);
        IEnumerable<TextOp> Ops(Theme theme) =>
            ((Fits)Note(theme).Layout(new Region(theme.ContentWidth, 10_000, true))).Content.Ops.OfType<TextOp>();

        Assert.Equal(["UN"], Ops(Theme.A4).Where(t => t.Text.Style.SmallCaps).Select(t => t.Text.Text));
        Assert.DoesNotContain(Ops(Theme.A4 with { SmallCapsAcronyms = false }), t => t.Text.Style.SmallCaps);
    }

    [Fact]
    public void A_theme_can_turn_them_off()
    {
        var ops = Lay(Theme.A4 with { SmallCapsAcronyms = false }, Blocks);

        Assert.DoesNotContain(ops, t => t.Text.Style.SmallCaps);
    }
}
