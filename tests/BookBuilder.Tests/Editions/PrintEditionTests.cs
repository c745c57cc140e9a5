using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using BookBuilder.Pdf;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The print edition (<c>--format print</c>): divisions open on right-hand pages, nothing but
/// grey in the content (a black-only press prints text solid), links as plain text with the
/// address after them, trim and bleed boxes on every page, image resolutions in the preflight.
/// </summary>
public sealed class PrintEditionTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    private static (byte[] Pdf, PdfEditionReport Report, DiagnosticBag Diagnostics) Print(string manuscript, float bleed = 0, PageSize? trim = null)
    {
        var book = LoadedBooks.Get(manuscript).Book;
        var diagnostics = new DiagnosticBag();
        using var ms = new MemoryStream();
        var options = new BuildOptions { Timestamp = Date, Bleed = bleed, TrimSize = trim ?? PageSize.Trade6x9 };
        var report = new PdfEditionWriter(new BookBuilder.Typography.FontLibrary(), print: true).Write(BookPlanner.Plan(book), ms, options, diagnostics);
        return (ms.ToArray(), report, diagnostics);
    }

    [Theory]
    [InlineData(3, 2, 2)]
    [InlineData(5, 1, 3)]
    [InlineData(4, 3, 5)]
    public void Every_division_opens_on_a_right_hand_page_after_a_blank_one_if_need_be(int chapters, int sections, int paragraphs)
    {
        var plan = BookPlanner.Plan(TestBook.Build(chapters, sections, paragraphs));
        var print = BookTypesetter.Typeset(plan, Theme.ForPrint(PageSize.Trade6x9, 0), new FakeMeasurer(), TestText.English.Value).Pages;
        var screen = BookTypesetter.Typeset(plan, Theme.Trade6x9, new FakeMeasurer(), TestText.English.Value).Pages;
        // The screen edition runs on: some division of these books opens on a left-hand page there.
        Assert.Contains(plan.Body, d => screen.PageOfAnchor(d.Id) % 2 == 1);
        foreach (var division in plan.Body)
        {
            var page = print.PageOfAnchor(division.Id);
            Assert.True(page % 2 == 0, $"{division.Id} opens on physical page {page + 1}, a left-hand page");
            // The page before an opening is either text of the division before, or blank: no folio, no running head.
            if (print[page - 1].Ops.Count == 0) continue;
            Assert.Contains(print[page - 1].Ops, op => op is TextOp);
        }
        var blanks = print.Where(p => p.Ops.Count == 0).ToList();
        Assert.NotEmpty(blanks);
        Assert.All(blanks, p => Assert.Equal(1, p.Index % 2));
    }

    [Fact]
    public void The_first_books_print_edition_has_only_grey_colour_operators_and_grey_images()
    {
        var (pdf, report, _) = Print(RepoPaths.Manuscript);
        using var doc = PdfDocument.Open(pdf);
        var operators = doc.GetPages().SelectMany(p => p.Operations).Select(o => o.Operator).ToHashSet();
        // Black is the initial fill colour, so black text sets none; anything else is g or G.
        foreach (var colour in new[] { "rg", "RG", "k", "K", "sc", "SC", "scn", "SCN", "cs", "CS" })
            Assert.DoesNotContain(colour, operators);
        // The ornaments are pictures; on paper they are grey.
        var images = doc.GetPages().SelectMany(p => p.GetImages()).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, i => Assert.Equal(UglyToad.PdfPig.Graphics.Colors.ColorSpace.DeviceGray, i.ColorSpaceDetails!.Type));
        Assert.Equal(0, report.Print!.ColourOperations);
        // The screen edition of the same book has colour.
        var screen = new FirstBookPdfFixture();
        using var screenDoc = PdfDocument.Open(screen.Bytes);
        Assert.Contains("rg", screenDoc.GetPages().SelectMany(p => p.Operations).Select(o => o.Operator));
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(9f)]
    public void Every_page_has_a_trim_box_of_the_trim_size_inside_its_bleed(float bleed)
    {
        var (pdf, _, _) = Print(RepoPaths.Manuscript, bleed);
        using var doc = PdfDocument.Open(pdf);
        foreach (var page in doc.GetPages())
        {
            var trim = Box(page.Dictionary, NameToken.TrimBox);
            var bleedBox = Box(page.Dictionary, NameToken.BleedBox);
            Assert.Equal(432, trim[2] - trim[0], 0.01);
            Assert.Equal(648, trim[3] - trim[1], 0.01);
            Assert.Equal([0, 0, page.MediaBox.Bounds.Width, page.MediaBox.Bounds.Height], bleedBox);
            Assert.Equal(432 + bleed, page.MediaBox.Bounds.Width, 0.01);
            Assert.Equal(648 + 2 * bleed, page.MediaBox.Bounds.Height, 0.01);
            // The bleed is outside: on the right of a right-hand page, on the left of a left-hand one.
            Assert.Equal(page.Number % 2 == 1 ? 0 : bleed, trim[0], 0.01);
            Assert.Equal(bleed, trim[1], 0.01);
        }
    }

    private static double[] Box(UglyToad.PdfPig.Tokens.DictionaryToken page, NameToken key)
    {
        Assert.True(page.TryGet(key, out ArrayToken array), $"no {key}");
        return array.Data.Select(t => ((NumericToken)t).Double).ToArray();
    }

    [Fact]
    public void Links_are_plain_text_and_an_address_the_text_does_not_show_is_printed_after_it()
    {
        using var m = new TempManuscript();
        m.Write("two.md", """
            # Second Chapter

            Read [the survey's pages](https://www.usgs.gov/water/) or write to [the editors](mailto:editors@example.org).
            The address <https://example.org/data> shows itself, as does [example.net](https://example.net/).
            Back to [the first chapter](one.md), or see [](one.md).
            """);
        var book = BookBuilder.Manuscript.ManuscriptLoader.Load(m.Root, new DiagnosticBag())!;
        using var ms = new MemoryStream();
        new PdfEditionWriter(new BookBuilder.Typography.FontLibrary(), print: true)
            .Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = Date }, new DiagnosticBag());
        using var doc = PdfDocument.Open(ms.ToArray());
        Assert.All(doc.GetPages(), p => Assert.Empty(p.GetAnnotations()));
        var text = Regex.Replace(string.Join(" ", doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), @"[\u00AD\u2010]", "");
        // A cross-reference too is plain text, with the page of its target.
        Assert.Matches(@"or see Chapter 1 on p\.\s?1\b", text.Replace('\u00A0', ' '));
        Assert.Contains("the survey's pages (www.usgs.gov/water)", text.Replace('\u2019', '\''));
        Assert.Contains("the editors (editors@example.org)", text);
        Assert.Contains("https://example.org/data shows", text);
        Assert.Contains("example.net", text);
        Assert.DoesNotContain("(example.net)", text);
        Assert.Contains("as does example.net. Back", text);
        Assert.Contains("the first chapter, or see", text);
    }

    [Fact]
    public void Preflight_lists_every_image_with_its_resolution_and_warns_below_300_ppi_at_its_place()
    {
        var (_, report, diagnostics) = Print(RepoPaths.FieldGuide);
        var images = report.Print!.Images;
        Assert.Equal(3, images.Count);
        Assert.All(images, i => Assert.InRange(i.Ppi, 96, 300));
        Assert.Contains("below 300 ppi", report.FileText);
        var warnings = diagnostics.Items.Where(d => d.Code == DiagnosticCatalog.PdfPrintResolution.Code).ToList();
        Assert.Equal(images.Count, warnings.Count);
        Assert.All(warnings, w => Assert.True(w.Line > 0 && w.File.EndsWith(".md", StringComparison.Ordinal), w.ToString()));
        // The screen edition says nothing about resolution.
        var screen = new DiagnosticBag();
        using var ms = new MemoryStream();
        new PdfEditionWriter().Write(BookPlanner.Plan(LoadedBooks.Get(RepoPaths.FieldGuide).Book), ms, new BuildOptions { Timestamp = Date }, screen);
        Assert.DoesNotContain(screen.Items, d => d.Code == DiagnosticCatalog.PdfPrintResolution.Code);
    }

    [Fact]
    public void A_thick_book_gets_a_wider_inside_margin()
    {
        Assert.Equal(27, Theme.Gutter(100));
        Assert.Equal(63, Theme.Gutter(900));
        var thin = Theme.ForPrint(PageSize.A5, 0, 100);
        var thick = Theme.ForPrint(PageSize.A5, 0, 900);
        Assert.Equal(Theme.A5.MarginInner, thin.MarginInner);
        Assert.Equal(63, thick.MarginInner);
    }

    [Fact]
    public void The_print_edition_is_byte_reproducible()
    {
        Assert.Equal(Print(RepoPaths.FieldGuide, 9).Pdf, Print(RepoPaths.FieldGuide, 9).Pdf);
    }
}

public sealed class RectoHyphenTests
{
    [Fact]
    public void Right_hand_pages_whose_last_line_of_text_ends_in_a_hyphen_are_listed()
    {
        // A narrow measure hyphenates often. A page's last line is its lowest line of text above
        // the folio that is not part of a footnote.
        var theme = Theme.ForPrint(PageSize.A5, 0) with { MarginOuter = 150 };
        var result = BookTypesetter.Typeset(BookPlanner.Plan(TestBook.Build(4, 3, 8)), theme, new FakeMeasurer(), TestText.English.Value);
        var expected = new List<string>();
        foreach (var page in result.Pages.Where(p => p.Index % 2 == 0))
        {
            // The text of the page above the folio and outside the footnotes (Note elements).
            var text = new List<TextOp>();
            var inNote = 0;
            foreach (var op in page.Ops)
            {
                if (op is BookBuilder.Pdf.Layout.Tagging.TagStartOp { Tag.Role: BookBuilder.Pdf.Layout.Tagging.StructRole.Note }) inNote++;
                else if (op is BookBuilder.Pdf.Layout.Tagging.TagEndOp { Tag.Role: BookBuilder.Pdf.Layout.Tagging.StructRole.Note }) inNote--;
                else if (op is TextOp t && inNote == 0 && t.Baseline < theme.MarginTop + theme.ContentHeight) text.Add(t);
            }
            if (text.Count == 0) continue;
            var last = text.Max(t => t.Baseline);
            if (text.Any(t => t.Baseline == last && t.LayoutHyphen)) expected.Add(page.Label!);
        }
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.RectoHyphenPages);
        Assert.Equal(expected, PrintPreflight.From(result).RectoHyphenPages);
    }
}
