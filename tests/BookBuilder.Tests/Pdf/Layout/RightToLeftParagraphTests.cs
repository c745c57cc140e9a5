using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography.Bidi;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Pdf.Layout;

/// <summary>
/// Paragraphs whose direction is right to left, by the block's language or by their first strong
/// character (UAX #9 rules P2 and P3): set from the right margin, their runs in visual order, their
/// operations in logical order; set with the real fonts.
/// </summary>
[Collection(FontsCollection.Name)]
public sealed class RightToLeftParagraphTests(FontsFixture fx)
{
    private const float Width = 300;

    private IReadOnlyList<SetLine> Set(string text, FlowStyle flow, float width = Width) =>
        LineComposer.Compose(InlineItemizer.Itemize([new TextInline(text)], flow, fx.Measurer, Hyphenator.None), width, fx.Measurer).Lines;

    private static List<TextOp> Ops(SetLine line) => line.Ops.OfType<TextOp>().ToList();

    private static float Left(SetLine line) => Ops(line).Min(t => t.X);

    private static float Right(SetLine line) => Ops(line).Max(t => t.X + t.Text.Width);

    [Theory]
    [InlineData("abc שלום", 0)]
    [InlineData("שלום abc", 1)]
    [InlineData("123 (שלום) abc", 1)]           // digits and brackets are not strong
    [InlineData("\u2067abc\u2069 שלום", 1)]     // an isolate's content is skipped (P2)
    [InlineData("\u2066שלום\u2069 abc", 0)]
    [InlineData("مرحبا world", 1)]
    [InlineData("123 ...", 0)]                  // no strong character: left to right (P3)
    [InlineData("", 0)]
    public void The_paragraph_level_is_that_of_the_first_strong_character(string text, int level)
    {
        Assert.Equal(level, BidiLevels.ParagraphLevel(text));
    }

    [Fact]
    public void A_ragged_paragraph_that_starts_in_hebrew_is_set_from_the_right_margin()
    {
        var line = Assert.Single(Set("הנהר זורם 12 קילומטרים GPS here.", TestText.Ragged()));
        Assert.Equal(Width, Right(line), 0.5f);
        Assert.True(Left(line) > 20, $"the line starts at {Left(line)}");
        var ops = Ops(line);
        // Logical order in the content; the first word rightmost; the number and the English
        // words keep their own order, to the left of the Hebrew before them.
        Assert.Equal("הנהר", ops[0].Text.Text);
        Assert.Equal(ops.Max(o => o.X), ops[0].X);
        TextOp Op(string t) => ops.Single(o => o.Text.Text.StartsWith(t, StringComparison.Ordinal));
        Assert.True(Op("12").X < Op("זורם").X);
        Assert.True(Op("קילומטרים").X < Op("12").X);
        Assert.True(Op("GPS").X < Op("here").X);
        Assert.True(Op("here").X < Op("קילומטרים").X);
    }

    [Fact]
    public void A_paragraph_that_starts_in_english_stays_left_to_right()
    {
        var line = Assert.Single(Set("The Jordan is הירדן in Hebrew.", TestText.Ragged()));
        Assert.Equal(0, Left(line), 0.5f);
        Assert.True(Right(line) < Width - 20);
    }

    [Fact]
    public void A_justified_right_to_left_paragraph_fills_its_lines_and_ends_at_the_right()
    {
        var text = string.Join(' ', Enumerable.Repeat("הגדה המערבית של הנהר נסוגה 12 מטרים בשנה,", 6));
        var lines = Set(text, TestText.Justified(hyphenate: false));
        Assert.True(lines.Count >= 3, $"{lines.Count} lines");
        foreach (var line in lines.Take(lines.Count - 1))
        {
            Assert.Equal(0, Left(line), 0.5f);
            Assert.Equal(Width, Right(line), 0.5f);
            // The line's first word in reading order is at its right end.
            Assert.Equal(Right(line), Ops(line)[0].X + Ops(line)[0].Text.Width, 0.5f);
        }
        var last = lines[^1];
        Assert.Equal(Width, Right(last), 0.5f);
        Assert.True(Left(last) > 20, $"the last line starts at {Left(last)}");
    }

    [Fact]
    public void A_block_in_a_right_to_left_language_is_right_to_left_whatever_its_first_letter()
    {
        var flow = TestText.Ragged() with { Direction = ParagraphDirection.RightToLeft };
        var line = Assert.Single(Set("GPS מדידות", flow));
        Assert.Equal(Width, Right(line), 0.5f);
        var ops = Ops(line);
        // Right to left: "GPS" comes first in reading order, so it is at the right.
        Assert.True(ops.Single(o => o.Text.Text == "GPS").X > ops.Single(o => o.Text.Text == "מדידות").X);
        var ltr = Assert.Single(Set("שלום world", TestText.Ragged() with { Direction = ParagraphDirection.LeftToRight }));
        Assert.Equal(0, Left(ltr), 0.5f);
    }

    [Fact]
    public void The_first_line_indent_of_a_right_to_left_paragraph_is_at_the_right()
    {
        var lines = Set(string.Join(' ', Enumerable.Repeat("הגדה המערבית של הנהר נסוגה", 6)), TestText.Justified(hyphenate: false, indent: 15));
        Assert.True(lines.Count >= 2);
        Assert.Equal(Width - 15, Right(lines[0]), 0.5f);
        Assert.Equal(Width, Right(lines[1]), 0.5f);
    }
}
