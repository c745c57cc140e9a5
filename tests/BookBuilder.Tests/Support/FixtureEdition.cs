using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Pdf;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Epub;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Support;

/// <summary>
/// The three editions of a plan as the tests of a fixture book read them: the EPUB, the screen PDF
/// and the 6x9 print PDF in memory, with their PDF reports and diagnostics, and written to
/// <c>folder/name.epub|.pdf|.print.pdf</c> for the validators.
/// </summary>
public sealed class FixtureEdition
{
    public FixtureEdition(BookPlan plan, DateTimeOffset date, string folder, string name)
    {
        Plan = plan;
        var fonts = new FontLibrary();
        using (var epub = new MemoryStream())
        {
            EpubWriter.Write(plan, epub, new EpubOptions { Modified = EpubFixture.Modified });
            Epub = epub.ToArray();
        }
        using (var pdf = new MemoryStream())
        {
            PdfReport = new PdfEditionWriter(fonts).Write(plan, pdf, new BuildOptions { Timestamp = date }, PdfDiagnostics);
            Pdf = pdf.ToArray();
        }
        using (var print = new MemoryStream())
        {
            PrintReport = new PdfEditionWriter(fonts, print: true)
                .Write(plan, print, new BuildOptions { Timestamp = date, TrimSize = PageSize.Trade6x9 }, PrintDiagnostics);
            Print = print.ToArray();
        }
        Directory.CreateDirectory(folder);
        EpubPath = Path.Combine(folder, name + ".epub");
        PdfPath = Path.Combine(folder, name + ".pdf");
        PrintPath = Path.Combine(folder, name + ".print.pdf");
        File.WriteAllBytes(EpubPath, Epub);
        File.WriteAllBytes(PdfPath, Pdf);
        File.WriteAllBytes(PrintPath, Print);
    }

    public BookPlan Plan { get; }
    public byte[] Epub { get; }
    public byte[] Pdf { get; }
    public byte[] Print { get; }
    public PdfEditionReport PdfReport { get; }
    public PdfEditionReport PrintReport { get; }
    public DiagnosticBag PdfDiagnostics { get; } = new();
    public DiagnosticBag PrintDiagnostics { get; } = new();
    /// <summary>What writing both PDFs reported.</summary>
    public IEnumerable<Diagnostic> Diagnostics => PdfDiagnostics.Items.Concat(PrintDiagnostics.Items);
    public string EpubPath { get; }
    public string PdfPath { get; }
    public string PrintPath { get; }
}
