using System.Text;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;
using UglyToad.PdfPig;

namespace BookBuilder.Tests.Editions;

/// <summary>The PDF edition of the first book, built from the real manuscript with the real fonts.</summary>
public sealed class FirstBookPdfFixture
{
    public FirstBookPdfFixture()
    {
        Book = LoadedBooks.Get(RepoPaths.Manuscript).Book;
        Options = new BuildOptions { Timestamp = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero) };
        (Bytes, Report) = Build(new PdfEditionWriter(), Diagnostics);
    }

    public Book Book { get; }
    public BuildOptions Options { get; }
    public DiagnosticBag Diagnostics { get; } = new();
    public byte[] Bytes { get; }
    public PdfEditionReport Report { get; }

    public (byte[] Bytes, PdfEditionReport Report) Build(PdfEditionWriter writer, DiagnosticBag diagnostics)
    {
        using var ms = new MemoryStream();
        var report = writer.Write(BookPlanner.Plan(Book), ms, Options, diagnostics);
        return (ms.ToArray(), report);
    }
}

public sealed class FirstBookPdfTests(FirstBookPdfFixture f) : IClassFixture<FirstBookPdfFixture>
{
    [Fact]
    public void Builds_without_any_diagnostic()
    {
        Assert.Empty(f.Diagnostics.Items);
    }

    [Fact]
    public void Is_under_400_kilobytes()
    {
        Assert.InRange(f.Bytes.Length, 10_000, 400_000);
    }

    [Fact]
    public void Same_input_gives_identical_bytes()
    {
        Assert.Equal(f.Bytes, f.Build(new PdfEditionWriter(), new DiagnosticBag()).Bytes);
    }

    [Fact]
    public void Every_font_is_an_embedded_subset_cid_truetype_and_none_is_Type3()
    {
        var fonts = PdfStructure.Fonts(f.Bytes);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, x =>
        {
            Assert.Equal("/Type0", x.Subtype);
            Assert.Equal("/CIDFontType2", x.DescendantSubtype);
            Assert.True(x.HasFontFile2, x.BaseFont);
            Assert.Matches("^/[A-Z]{6}\\+", x.BaseFont);
            Assert.True(x.FontFileLength < 60_000, $"{x.BaseFont} embeds {x.FontFileLength} bytes: not really subset");
            // The apostrophe reads as U+2019 (the text's character), never as U+02BC.
            Assert.DoesNotContain("\u02BC", x.MappedText);
        });
    }

    [Fact]
    public void Text_reads_back_as_the_manuscript_reads_in_order()
    {
        using var doc = PdfDocument.Open(f.Bytes);
        var pdf = new StringBuilder();
        // Running heads and folios sit in the top and bottom margins; the body lies between.
        foreach (var page in doc.GetPages())
            pdf.Append(Letters(PdfTextReader.ReadWithoutSpaces(page, l => l.StartBaseLine.Y > page.Height * 0.08 && l.StartBaseLine.Y < page.Height * 0.92)));
        var all = pdf.ToString();

        var position = 0;
        var paragraphs = ReadingOrder(f.Book).ToList();
        Assert.True(paragraphs.Count >= 30, $"{paragraphs.Count} paragraphs");
        foreach (var paragraph in paragraphs)
        {
            var wanted = Letters(paragraph);
            var at = all.IndexOf(wanted, position, StringComparison.Ordinal);
            Assert.True(at >= 0, $"not found in order after position {position}: {paragraph}");
            position = at + wanted.Length;
        }
    }

    [Fact]
    public void No_line_overflows_and_no_word_is_left_unfitted()
    {
        var report = f.Report.Preflight;
        Assert.Equal(0, report.OverfullLines);
        Assert.Empty(report.UnfittableWords);
        Assert.True(report.HyphenatedLines > 0, "hyphenation is active");
        Assert.True(report.PageCount >= 10);
    }

    [Fact]
    public void No_justified_line_is_very_loose()
    {
        // book.yml's hyphenation exception (Vla-di-mir) rescues the one paragraph the patterns could not.
        var report = f.Report.Preflight;
        Assert.True(report.LooseLines == 0, $"{report.LooseLines} very loose lines on pages {string.Join(", ", report.LoosePages)}");
    }

    [Fact]
    public void No_page_of_the_glossary_starts_with_a_used_in_line()
    {
        using var doc = PdfDocument.Open(f.Bytes);
        var usedInLines = 0;
        foreach (var page in doc.GetPages())
        {
            var body = page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height * 0.08 && w.BoundingBox.Bottom < page.Height * 0.92).ToList();
            if (body.Count == 0) continue;
            usedInLines += body.Count(w => w.Text.StartsWith("Used", StringComparison.Ordinal));
            var top = body.Max(w => w.BoundingBox.Bottom);
            var firstLine = body.Where(w => Math.Abs(w.BoundingBox.Bottom - top) < 2).OrderBy(w => w.BoundingBox.Left).ToList();
            Assert.False(firstLine[0].Text.StartsWith("Used", StringComparison.Ordinal), $"page {page.Number} starts with '{string.Join(' ', firstLine.Select(w => w.Text))}'");
        }
        Assert.True(usedInLines >= f.Book.Glossary!.Entries.Count(e => e.Uses.Count > 0), $"{usedInLines} 'Used in' lines found");
    }

    [Fact]
    public void Outline_lists_every_chapter_the_faq_and_the_glossary()
    {
        using var doc = PdfDocument.Open(f.Bytes);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        foreach (var c in f.Book.Chapters) Assert.Contains(titles, t => t.Contains(c.PlainTitle, StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains(f.Book.Faq!.PlainTitle, StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains(f.Book.Glossary!.PlainTitle, StringComparison.Ordinal));
    }

    [Fact]
    public void Colour_emoji_of_the_title_are_pictures_that_carry_their_code_points_as_actual_text()
    {
        var content = PdfStructure.PageContent(f.Bytes, 0);
        foreach (var emoji in new[] { "🇮🇱", "🤝", "🇷🇺" })
            Assert.Contains("/ActualText<FEFF" + Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetBytes(emoji)) + ">", content);
        Assert.Contains(" Do ", content);
    }

    /// <summary>Paragraph texts of chapters and FAQ answers in reading order.</summary>
    internal static IEnumerable<string> ReadingOrder(Book book)
    {
        foreach (var c in book.Chapters)
            foreach (var b in c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks)))
                if (b is ParagraphBlock p) yield return InlineText.Plain(p.Inlines);
        foreach (var e in book.Faq!.Entries)
            foreach (var b in e.Answer)
                if (b is ParagraphBlock p) yield return InlineText.Plain(p.Inlines);
    }

    /// <summary>Letters and digits only: spaces, hyphens added at line ends and punctuation aside.</summary>
    private static string Letters(string s) => string.Concat(s.Where(char.IsLetterOrDigit));
}
