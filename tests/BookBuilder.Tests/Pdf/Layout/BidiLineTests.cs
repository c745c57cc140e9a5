using BookBuilder.Model;
using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography.Hyphenation;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Pdf.Layout;

/// <summary>Right-to-left words and phrases in left-to-right paragraphs, set with the real fonts.</summary>
[Collection(FontsCollection.Name)]
public sealed class BidiLineTests(FontsFixture fx)
{
    private IReadOnlyList<SetLine> Set(IEnumerable<Inline> inlines, float width = 400, FlowStyle? flow = null)
    {
        var f = InlineItemizer.Itemize(inlines, flow ?? TestText.Ragged(), fx.Measurer, Hyphenator.None);
        return LineComposer.Compose(f, width, fx.Measurer).Lines;
    }

    private IReadOnlyList<SetLine> Set(string text, float width = 400, FlowStyle? flow = null) => Set([new TextInline(text)], width, flow);

    private static TextOp Op(SetLine line, string text) => Assert.Single(line.Ops.OfType<TextOp>(), t => t.Text.Text == text);

    [Fact]
    public void A_hebrew_phrase_is_set_right_to_left_between_english_words()
    {
        var line = Assert.Single(Set("abc אבג דהו def"));

        // The first Hebrew word (in reading order) is the rightmost of the phrase.
        Assert.True(Op(line, "abc").X < Op(line, "דהו").X);
        Assert.True(Op(line, "דהו").X < Op(line, "אבג").X);
        Assert.True(Op(line, "אבג").X < Op(line, "def").X);
        // The space between the Hebrew words stays between them.
        Assert.True(Op(line, "דהו").X + Op(line, "דהו").Text.Width < Op(line, "אבג").X - 1);
        // Operations stay in reading order, so the PDF's text does too.
        Assert.Equal(["abc", "אבג", "דהו", "def"], line.Ops.OfType<TextOp>().Select(t => t.Text.Text));
    }

    [Fact]
    public void Each_word_of_the_phrase_is_shaped_right_to_left()
    {
        var line = Assert.Single(Set("abc אבג דהו def"));
        var run = Assert.Single(Op(line, "אבג").Text.Runs);
        Assert.Equal([2, 1, 0], run.Clusters);
        Assert.Equal([0, 1, 2], Assert.Single(Op(line, "abc").Text.Runs).Clusters);
    }

    [Fact]
    public void Digits_inside_hebrew_keep_their_left_to_right_order()
    {
        var line = Assert.Single(Set("in אבג 123 דהו here"));

        Assert.True(Op(line, "in").X < Op(line, "דהו").X);
        Assert.True(Op(line, "דהו").X < Op(line, "123").X);
        Assert.True(Op(line, "123").X < Op(line, "אבג").X);
        Assert.True(Op(line, "אבג").X < Op(line, "here").X);
        var digits = Assert.Single(Op(line, "123").Text.Runs);
        Assert.Equal([0, 1, 2], digits.Clusters);
        Assert.True(digits.XOffsets[0] < digits.XOffsets[1] && digits.XOffsets[1] < digits.XOffsets[2]);
    }

    [Fact]
    public void Punctuation_after_a_hebrew_word_stays_with_the_english_sentence()
    {
        var line = Assert.Single(Set("the word שלום, means peace"));

        var word = Op(line, "שלום");
        var comma = Op(line, ",");
        Assert.Equal(word.X + word.Text.Width, comma.X, 0.01f);
        Assert.True(comma.X < Op(line, "means").X);
    }

    [Fact]
    public void An_arabic_phrase_is_reordered_and_its_letters_joined()
    {
        var line = Assert.Single(Set("say مرحبا بكم now"));

        var first = Op(line, "مرحبا");
        var second = Op(line, "بكم");
        Assert.True(Op(line, "say").X < second.X && second.X < first.X && first.X < Op(line, "now").X);
        var run = Assert.Single(first.Text.Runs);
        var face = fx.Fonts[run.FontId];
        for (var i = 0; i < run.Glyphs.Length; i++)
            Assert.NotEqual(face.GlyphFor(first.Text.Text[run.Clusters[i]]), run.Glyphs[i]);
    }

    [Fact]
    public void Brackets_inside_a_hebrew_phrase_belong_to_it_and_are_mirrored()
    {
        var line = Assert.Single(Set("the phrase שלום (עליכם) means"));

        var bracketed = Op(line, "(עליכם)");
        Assert.True(bracketed.X < Op(line, "שלום").X);
        // Brackets and letters come from different fonts; the runs are listed left to right, so the
        // opening bracket is the rightmost, drawn mirrored (with the glyph of ")"), and the closing one the leftmost.
        Assert.Equal([")", "עליכם", "("], bracketed.Text.Runs.Select(r => r.Text));
        Glyph(bracketed.Text.Runs[^1], "(");
        Glyph(bracketed.Text.Runs[0], ")");

        void Glyph(ShapedRun run, string bracket)
        {
            var mirror = bracket == "(" ? ")" : "(";
            Assert.Equal(fx.Measurer.Shape(mirror, TestText.Body, TextDirection.LeftToRight).Runs[0].Glyphs, run.Glyphs);
        }
    }

    [Fact]
    public void Each_line_of_a_broken_phrase_is_reordered_on_its_own()
    {
        var space = fx.Measurer.Shape(" ", TestText.Body).Width;
        float W(string s) => fx.Measurer.Shape(s, TestText.Body, TextDirection.LeftToRight).Width;
        var width = W("abc") + W("אבג") + W("דהו") + 2 * space + 1;

        var lines = Set("abc אבג דהו זחט def", width);

        Assert.Equal(2, lines.Count);
        // Line breaking follows reading order: the phrase's first two words end the first line...
        Assert.Equal(0, Op(lines[0], "abc").X);
        Assert.True(Op(lines[0], "דהו").X < Op(lines[0], "אבג").X);
        // ...and its last word starts the second.
        Assert.Equal(0, Op(lines[1], "זחט").X);
        Assert.True(Op(lines[1], "זחט").X < Op(lines[1], "def").X);
    }

    [Fact]
    public void A_justified_line_with_a_hebrew_phrase_still_fills_the_measure()
    {
        var text = string.Join(' ', Enumerable.Repeat("the words אבג דהו and more", 8));
        var lines = Set(text, 180, TestText.Justified(hyphenate: false));

        Assert.True(lines.Count > 3);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var ops = line.Ops.OfType<TextOp>().ToList();
            Assert.Equal(0, ops.Min(t => t.X), 0.01f);
            Assert.Equal(180, ops.Max(t => t.X + t.Text.Width), 0.01f);
            // No two words overlap.
            var sorted = ops.OrderBy(t => t.X).ToList();
            Assert.All(sorted.Zip(sorted.Skip(1)), p => Assert.True(p.First.X + p.First.Text.Width < p.Second.X));
        }
    }

    [Fact]
    public void A_footnote_mark_after_a_hebrew_word_stays_on_its_right()
    {
        var line = Assert.Single(Set([new TextInline("the river נהר הירדן"), new FootnoteRefInline("fn-1", 1, "fnref-1"), new TextInline(" flows")]));

        var mark = Assert.Single(line.Ops.OfType<TextOp>(), t => t.Text.Text == "1");
        Assert.True(Op(line, "נהר").X < mark.X);
        Assert.True(Op(line, "הירדן").X < Op(line, "נהר").X);
        Assert.True(mark.X < Op(line, "flows").X);
    }

    [Fact]
    public void Levels_are_stored_on_pieces_and_on_the_glue_between_them()
    {
        var flow = InlineItemizer.Itemize("abc אבג דהו, def", TestText.Ragged(), fx.Measurer, Hyphenator.None);

        Assert.Equal(["abc:0", "אבג:1", "דהו:1", ",:0", "def:0"], flow.Pieces.Select(p => $"{p.Text}:{p.Level}"));
        var glues = flow.Items.Where(i => i.Kind == BreakItemKind.Glue).Select(i => i.Payload).ToList();
        Assert.Equal([0, 1, 0], glues.Take(3));
    }

    [Fact]
    public void Left_to_right_paragraphs_keep_every_piece_at_level_zero()
    {
        var flow = InlineItemizer.Itemize(TestText.Paragraph, TestText.Justified(), fx.Measurer, TestText.English.Value);

        Assert.All(flow.Pieces, p => Assert.Equal(0, p.Level));
        Assert.All(flow.Items.Where(i => i.Kind == BreakItemKind.Glue), g => Assert.Equal(-1, g.Payload));
    }
}
