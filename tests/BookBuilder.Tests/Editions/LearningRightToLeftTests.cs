using System.Text.RegularExpressions;
using System.Xml.Linq;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Support;
using UglyToad.PdfPig.Content;
using Xunit.Abstractions;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The Hebrew block of the learning fixture's third chapter (<c>::: {lang=he}</c>, with a number,
/// a year and a Latin acronym inside): right to left in the EPUB, set from the right margin in both
/// PDFs, and read back in the order it was written.
/// </summary>
public sealed class LearningRightToLeftTests(LearningEditions editions, ITestOutputHelper output) : IClassFixture<LearningEditions>
{
    private static readonly XNamespace X = EpubFile.Xhtml;
    private const string Opening = "הגדה המערבית של הנהר נסוגה";

    private static bool IsHebrew(string s) => s.Any(c => c is >= '\u0590' and <= '\u05FF');

    /// <summary>The lines of a page: its letters grouped by baseline, top first.</summary>
    private static List<List<Letter>> Lines(Page page) =>
        page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key).Select(g => g.OrderBy(l => l.BoundingBox.Left).ToList()).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_block_is_set_from_the_right_margin(bool print)
    {
        using var doc = PigDocument.Open(print ? editions.Print : editions.Pdf);
        var page = Assert.Single(doc.GetPages(), p => p.Text.Contains("מדידות", StringComparison.Ordinal));
        var lines = Lines(page);
        // The text area's edges: those of the English paragraph's full justified lines before the block.
        var english = lines.TakeWhile(l => !l.Any(c => IsHebrew(c.Value))).Where(l => l.Count > 40).ToList();
        Assert.True(english.Count >= 2);
        var left = english.Min(l => l[0].BoundingBox.Left);
        var right = english.Max(l => l[^1].BoundingBox.Right);
        var hebrew = lines.SkipWhile(l => !l.Any(c => IsHebrew(c.Value))).TakeWhile(l => l.Any(c => IsHebrew(c.Value))).ToList();
        Assert.True(hebrew.Count >= 2, $"{hebrew.Count} Hebrew lines");
        foreach (var line in hebrew)
            Assert.InRange(line[^1].BoundingBox.Right, right - 1.5, right + 0.5);
        // A full line reaches the left margin too; the last, short one does not.
        Assert.InRange(hebrew[0][0].BoundingBox.Left, left - 0.5, left + 1.5);
        Assert.True(hebrew[^1][0].BoundingBox.Left > left + 50, $"the last line starts at {hebrew[^1][0].BoundingBox.Left}, the margin at {left}");
        // The first word in reading order is at the right end of the first line.
        var firstLine = new string(hebrew[0].Select(l => l.Value[0]).Reverse().ToArray());
        Assert.StartsWith("הגדה", firstLine);
        // The number and the Latin acronym keep their own left-to-right order.
        var visual = string.Concat(hebrew[0].Select(l => l.Value));
        Assert.Contains("2024", visual);
        Assert.Contains("GPS", visual, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_paragraph_whose_first_letter_is_hebrew_ends_at_the_right(bool print)
    {
        using var doc = PigDocument.Open(print ? editions.Print : editions.Pdf);
        var page = Assert.Single(doc.GetPages(), p => p.Text.Contains("מהחרמון", StringComparison.Ordinal));
        var lines = Lines(page);
        var english = lines.Where(l => l.Count > 40 && !l.Any(c => IsHebrew(c.Value))).ToList();
        var left = english.Min(l => l[0].BoundingBox.Left);
        var right = english.Max(l => l[^1].BoundingBox.Right);
        var line = Assert.Single(lines, l => string.Concat(l.Select(c => c.Value)).Contains("Jordan", StringComparison.Ordinal) && l.Any(c => IsHebrew(c.Value)));
        // An indented paragraph: its one line ends an indent (at most 2 em) short of the right margin, far from the left one.
        Assert.InRange(line[^1].BoundingBox.Right, right - 25, right - 5);
        Assert.True(line[0].BoundingBox.Left > left + 50);
        // Its first word is the rightmost, and the English word with its full stop is at the left
        // end. The brackets are mirrored glyphs: the one drawn at the left is the closing one.
        Assert.StartsWith("נהר", new string(line.Select(c => c.Value[0]).Reverse().ToArray()));
        Assert.StartsWith(".)Jordan(", string.Concat(line.Select(c => c.Value)));
    }

    [Fact]
    public void In_the_epub_only_that_paragraph_and_the_block_are_right_to_left()
    {
        var page = new EpubFile(editions.Epub).Xml("OEBPS/chapter-03.xhtml");
        var rtl = page.Descendants().Where(e => (string?)e.Attribute("dir") == "rtl").ToList();
        Assert.Equal(2, rtl.Count);
        Assert.Equal("div", rtl[0].Name.LocalName);
        Assert.Equal("p", rtl[1].Name.LocalName);
        Assert.StartsWith("נהר הירדן", rtl[1].Value);
        // Paragraphs in the block take its direction and need none of their own.
        Assert.DoesNotContain(rtl[0].Descendants(), e => e.Attribute("dir") is not null);
    }

    [Fact]
    public async Task The_block_reads_in_logical_order_in_the_structure_and_in_pdftotext()
    {
        var structure = await Validators.PdfStructText(editions.PdfPath, output);
        if (structure is not null)
        {
            var text = string.Join("", Regex.Matches(structure, "\"(.*)\"").Select(m => m.Groups[1].Value));
            Assert.Contains(Opening + " 12 מטרים בשנת 2024, לפי מדידות GPS", text);
        }
        var plain = await Validators.PdfToText(editions.PdfPath, output);
        if (plain is null) return;
        // Poppler marks embeddings with U+202A-U+202E; the words and their order are what counts.
        var words = Regex.Replace(plain, "[\u200E\u200F\u202A-\u202E]", "");
        Assert.Contains(Opening, words);
        Assert.Contains("לפי מדידות", words);
        Assert.DoesNotContain("הדגה", words); // a word's letters reversed
    }

    [Fact]
    public void In_the_epub_the_block_is_in_hebrew_and_right_to_left()
    {
        var page = new EpubFile(editions.Epub).Xml("OEBPS/chapter-03.xhtml");
        var block = Assert.Single(page.Descendants(X + "div"), d => d.Value.Contains("מדידות", StringComparison.Ordinal));
        Assert.Equal(("he", "he", "rtl"), ((string?)block.Attribute("lang"), (string?)block.Attribute(XNamespace.Xml + "lang"), (string?)block.Attribute("dir")));
    }
}
