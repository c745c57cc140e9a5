using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// Straight quotes that SmartyPants cannot pair (possessive plurals, elided years, quotes beside
/// removed raw HTML) still become typographic quotes.
/// </summary>
public class TypographyTests
{
    [Theory]
    [InlineData("Wrong in ten years' time.", "Wrong in ten years\u2019 time.")]
    [InlineData("The anglers' evening rise.", "The anglers\u2019 evening rise.")]
    [InlineData("Floods of the '90s.", "Floods of the \u201990s.")]
    [InlineData("The river's mouth.", "The river\u2019s mouth.")]
    [InlineData("It says:<br>\n<b>\"Follow the river.\"</b>", "It says: \u201CFollow the river.\u201D")]
    [InlineData("A <span>\"quoted\"</span> word.", "A \u201Cquoted\u201D word.")]
    [InlineData("She said \"yes\" and 'no'.", "She said \u201Cyes\u201D and \u2018no\u2019.")]
    [InlineData("*Rivers*' banks.", "Rivers\u2019 banks.")]
    public void Leftover_straight_quotes_are_curled(string markdown, string expected)
    {
        var text = InlineText.Plain(FirstParagraph(markdown).Inlines);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Code_keeps_its_straight_quotes()
    {
        var p = FirstParagraph("Type `print('it''s')` and \"run\".");
        Assert.Equal("print('it''s')", p.Inlines.OfType<CodeInline>().Single().Code);
        Assert.EndsWith("and \u201Crun\u201D.", InlineText.Plain(p.Inlines), StringComparison.Ordinal);
    }

    private static ParagraphBlock FirstParagraph(string markdown)
    {
        using var m = new TempManuscript();
        m.Write("two.md", $"# Second Chapter\n\n{markdown}\n\n## Later Days\n\nText.\n");
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        Assert.NotNull(book);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        return (ParagraphBlock)book!.Chapters[1].Blocks[0];
    }
}
