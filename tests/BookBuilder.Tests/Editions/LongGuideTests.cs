using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Pdf;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Apparatus;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using BookBuilder.Typography;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Editions;

/// <summary>The three editions of the long guide (tests/fixtures/long-guide), built once and written to files for the validators.</summary>
public sealed class LongGuideEditions : IDisposable
{
    private static readonly DateTimeOffset Date = new(2026, 5, 2, 0, 0, 0, TimeSpan.Zero);

    public LongGuideEditions()
    {
        var (book, diagnostics) = LoadedBooks.Get(RepoPaths.LongGuide);
        Load = diagnostics;
        Plan = BookPlanner.Plan(book);
        var built = new FixtureEdition(Plan, Date, Folder, "long-guide");
        (Epub, Pdf, Print, PdfReport, PrintReport) = (built.Epub, built.Pdf, built.Print, built.PdfReport, built.PrintReport);
        (PdfDiagnostics, PrintDiagnostics) = (built.PdfDiagnostics, built.PrintDiagnostics);
        (EpubPath, PdfPath, PrintPath) = (built.EpubPath, built.PdfPath, built.PrintPath);
    }

    public DiagnosticBag Load { get; }
    public BookPlan Plan { get; }
    public DiagnosticBag PdfDiagnostics { get; }
    public DiagnosticBag PrintDiagnostics { get; }
    public byte[] Epub { get; }
    public byte[] Pdf { get; }
    public byte[] Print { get; }
    public PdfEditionReport PdfReport { get; }
    public PdfEditionReport PrintReport { get; }
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"long-guide-{Guid.NewGuid():N}");
    public string EpubPath { get; }
    public string PdfPath { get; }
    public string PrintPath { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// The long guide in its three editions: a few thousand words in six chapters with dozens of
/// footnotes (long ones that run over to the next page, one cited inside another, one cited
/// twice), floating figures and tables, a figure kept in place, a table too wide for the measure,
/// quotations, lists and callouts. The EPUB passes EPUBCheck, the PDFs are sane in length, keep
/// the baseline grid, draw nothing outside the text block, read their floats where the author put
/// them and print the right page for every cross-reference.
/// </summary>
public sealed class LongGuideTests(LongGuideEditions editions, ITestOutputHelper output) : IClassFixture<LongGuideEditions>
{
    [Fact]
    public void The_manuscript_is_as_described_and_reads_without_diagnostics()
    {
        Assert.Empty(editions.Load.Items);
        var book = editions.Plan.Book;
        Assert.Equal(6, book.Chapters.Count);
        Assert.True(book.Chapters.Sum(c => c.Footnotes.Count) >= 30);
        var words = Directory.GetFiles(Path.Combine(RepoPaths.LongGuide, "chapters")).Sum(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.InRange(words, 3000, 12000);
    }

    [Fact]
    public void Only_the_wide_table_is_reported_by_either_pdf()
    {
        foreach (var bag in new[] { editions.PdfDiagnostics, editions.PrintDiagnostics })
            Assert.All(bag.Items, d => Assert.Contains("too wide for the measure", d.Message, StringComparison.Ordinal));
        Assert.Contains(editions.PdfDiagnostics.Items, d => d.Message.Contains("set in 2 parts", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_counts_are_sane_and_the_preflight_reports_its_figures()
    {
        var screen = editions.PdfReport.Preflight;
        var print = editions.PrintReport.Preflight;
        output.WriteLine(screen.ToString());
        output.WriteLine(print.ToString());
        Assert.InRange(screen.PageCount, 15, 45);
        Assert.InRange(print.PageCount, screen.PageCount, 70);
        foreach (var report in new[] { screen, print })
        {
            Assert.True(report.GridPages >= 10, $"{report.GridPages} pages with body text");
            Assert.Equal(report.GridPages, report.PagesOnGrid);
            Assert.Empty(report.GridMissPlaces);
            Assert.Equal(0, report.OffPage);
            Assert.Equal(0, report.OverfullLines);
            Assert.True(report.ReferencesSettled);
            Assert.Contains("baseline grid:", report.ToString());
        }
    }

    [Fact]
    public void Long_notes_run_over_to_the_next_page_and_every_note_is_printed()
    {
        foreach (var pdf in new[] { editions.Pdf, editions.Print })
        {
            var book = new PrintedBook(pdf);
            // On the print edition's smaller page the longest notes go on at the foot of the next page.
            if (pdf == editions.Print) Assert.Contains("(continued)", string.Join(" ", book.Texts));
            foreach (var chapter in editions.Plan.Book.Chapters)
                Assert.All(chapter.Footnotes, note => Assert.True(book.Destinations.ContainsKey(note.Id), note.Id));
        }
    }

    [Fact]
    public void Every_cross_reference_prints_the_page_its_target_is_on()
    {
        foreach (var pdf in new[] { editions.Pdf, editions.Print })
        {
            var book = new PrintedBook(pdf);
            var checkedPages = 0;
            for (var page = 0; page < book.Links.Count; page++)
                foreach (var link in book.Links[page])
                {
                    var text = PdfTextReader.Squash(link.Text);
                    var at = text.IndexOf("onp.", StringComparison.Ordinal);
                    if (at < 0 || link.Destination is null) continue;
                    Assert.Equal(book.Labels[book.Destinations[link.Destination]], text[(at + 4)..]);
                    checkedPages++;
                }
            // The screen edition links its references; print has no links to read them by.
            if (pdf == editions.Pdf) Assert.True(checkedPages >= 2, $"{checkedPages} references with a page");
        }
    }

    [Fact]
    public async Task A_table_that_floated_past_text_is_read_where_the_author_put_it()
    {
        // In the page's content the table comes after the section that follows it in the
        // manuscript (it floated to the top of the next page); the structure reads it in place.
        var printed = await Validators.PdfToText(editions.PdfPath, output);
        var structure = await Validators.PdfStructText(editions.PdfPath, output);
        if (printed is null || structure is null) return;
        // Counted from the text before the table (the lists of tables name its caption earlier).
        const string before = "Walling stone is almost always local";
        const string caption = "Walling stones compared";
        const string after = "Field stone deserves a word";
        int At(string text, string what) => text.IndexOf(what, text.IndexOf(before, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(At(printed, caption) > At(printed, after), "the table did not float");
        Assert.True(At(structure, caption) < At(structure, after), "the structure reads the table where it was printed");
    }

    [Fact]
    public async Task Both_epubchecks_pass()
    {
        await Validators.AssertEpubcheckPasses(editions.EpubPath, output);
        const string debian = "/usr/share/java/epubcheck.jar";
        if (File.Exists(debian) && Validators.FindOnPath("java") is { } java)
            await Validators.AssertEpubcheckPasses(editions.EpubPath, output, new ValidatorEnvironment(debian, java, false));
    }

    [Fact]
    public async Task Qpdf_checks_both_pdfs_and_poppler_reads_them_as_tagged_without_type3_fonts()
    {
        var qpdf = Validators.FindOnPath("qpdf");
        var pdfinfo = Validators.FindOnPath("pdfinfo");
        var pdffonts = Validators.FindOnPath("pdffonts");
        if (qpdf is null || pdfinfo is null || pdffonts is null)
        {
            output.WriteLine("SKIPPED: qpdf, pdfinfo or pdffonts is not on PATH");
            return;
        }
        foreach (var path in new[] { editions.PdfPath, editions.PrintPath })
        {
            var check = await ChildProcess.Run([qpdf, "--check", path]);
            Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
            Assert.Matches(@"Tagged:\s+yes", (await ChildProcess.Run([pdfinfo, path])).Stdout);
            Assert.DoesNotContain("Type 3", (await ChildProcess.Run([pdffonts, path])).Stdout);
        }
    }
}
