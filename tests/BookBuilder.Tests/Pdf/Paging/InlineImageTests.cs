using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Tests.Typography;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// A picture inside a paragraph (<c>![alt](icon.png)</c>) is drawn in its line: at its natural size
/// when that fits the line, scaled down to the text's height when taller; tagged as a figure with
/// its alternative text, never replaced by that text.
/// </summary>
[Collection(FontsCollection.Name)]
public sealed class InlineImageTests(FontsFixture fonts, ITestOutputHelper output)
{
    [Theory]
    [InlineData("a4")]
    [InlineData("6x9")]
    public void A_picture_in_a_paragraph_is_drawn_in_its_line_and_tagged_with_its_alternative_text(string size)
    {
        var theme = size == "a4" ? Theme.A4 : Theme.Trade6x9;
        using var dir = new TempManuscript(populate: false);
        dir.Write("book.yml", TempManuscript.OneChapterYaml("Icons"));
        dir.WriteBytes("images/icon.png", TestImages.Png(12, 12));
        dir.WriteBytes("images/tall.png", TestImages.Png(40, 200));
        dir.WriteBytes("images/wide.png", TestImages.Png(4000, 20));
        var words = string.Join(' ', Enumerable.Range(0, 30).Select(i => "water"));
        dir.Write("one.md", $"# Icons\n\n{words} the ![river icon](images/icon.png) marks a gauge, the ![gauge post](images/tall.png) a post, {words}.\n\n"
            + $"A strip ![wide band](images/wide.png) across the page.\n");
        var book = ManuscriptLoader.Load(dir.Root, new DiagnosticBag())!;
        var result = BookTypesetter.Typeset(BookPlanner.Plan(book), theme, fonts.Measurer, TestText.English.Value);
        Assert.Empty(TextArea.Outside(result.Pages, theme, fonts.Measurer));

        var ops = result.Pages.SelectMany(p => p.Ops).ToList();
        var images = ops.OfType<ImageOp>().ToList();
        Assert.Equal(3, images.Count);
        // Each in a figure with its alternative text, which is not set as text in its place.
        foreach (var (image, alt) in images.Zip(new[] { "river icon", "gauge post", "wide band" }))
        {
            var at = ops.IndexOf(image);
            Assert.True(ops[at - 1] is TagStartOp { Tag.Role: StructRole.Figure } start && start.Tag.Alt == alt, alt);
            // Inside the figure only a space glyph, which draws nothing, reading as the alternative text.
            Assert.True(ops[at + 1] is TextOp stand && stand.Text.Text == alt && stand.Text.Runs.Single().Glyphs.Length == 1, alt);
            Assert.True(ops[at + 2] is TagEndOp, alt);
        }
        Assert.DoesNotContain(ops.OfType<TextOp>(), t => t.Text.Text is "icon" or "post" or "band");

        // Sizes: the small one as it is (96 pixels an inch), the tall one no taller than the text, the wide one within the measure.
        TextOp After(ImageOp image) => ops.Skip(ops.IndexOf(image)).OfType<TextOp>().First();
        var m = fonts.Measurer.Metrics(After(images[0]).Text.Style);
        Assert.Equal(9, images[0].Width, 0.01f);
        Assert.Equal(9, images[0].Height, 0.01f);
        Assert.Equal(After(images[0]).Baseline, images[0].Y + images[0].Height, 0.01f); // on the baseline
        Assert.Equal(m.Ascent - m.Descent, images[1].Height, 0.01f);
        Assert.Equal(images[1].Height / 5, images[1].Width, 0.01f);
        Assert.InRange(images[1].Y, After(images[1]).Baseline - m.Ascent - 0.01f, After(images[1]).Baseline);
        Assert.Equal(theme.ContentWidth, images[2].Width, 0.01f);
    }

    [Fact]
    public async Task The_alternative_text_of_a_picture_in_a_line_reads_back_in_its_place()
    {
        using var dir = new TempManuscript(populate: false);
        dir.Write("book.yml", TempManuscript.OneChapterYaml("Icons"));
        dir.WriteBytes("images/icon.png", TestImages.Png(12, 12));
        dir.Write("one.md", "# Icons\n\nOn the map the ![river gauge](images/icon.png) symbol marks a station. ![Flood warning](images/icon.png) Keep away.\n");
        var book = ManuscriptLoader.Load(dir.Root, new DiagnosticBag())!;
        var path = Path.Combine(dir.Root, "icons.pdf");
        await using (var file = File.Create(path))
            new BookBuilder.Pdf.PdfEditionWriter(new BookBuilder.Typography.FontLibrary())
                .Write(BookPlanner.Plan(book), file, new BookBuilder.Publishing.BuildOptions { Timestamp = new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero) }, new DiagnosticBag());
        var text = await Validators.PdfToText(path, output);
        if (text is null) return;
        var words = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains("On the map the river gauge symbol marks a station. Flood warning Keep away.", words);
    }
}
