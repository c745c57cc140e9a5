using System.IO.Compression;
using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Plan;
using CsCheck;

namespace BookBuilder.Tests.Fuzz;

/// <summary>
/// Random hostile (but error-free) manuscripts render into both editions: no exception escapes,
/// every XHTML file of the EPUB is well-formed XML, and the PDF opens and reads with PdfPig and
/// keeps the rules of tagged PDF (<see cref="BookBuilder.Tests.Pdf.Output.TaggedPdfRules"/>).
/// BOOKBUILDER_FUZZ_CASES sets the number of cases; BOOKBUILDER_FUZZ_SAMPLES names a folder that
/// receives every Nth pair of editions for the external validators (CI runs epubcheck and qpdf on them);
/// N is BOOKBUILDER_FUZZ_SAMPLE_EVERY (100 unless set).
/// </summary>
public class EditionFuzzTests
{
    private static int Cases => Math.Max(1, ManuscriptFuzzTests.Cases / 3);

    [Fact]
    public void Any_error_free_manuscript_renders_into_a_well_formed_epub_and_a_readable_pdf()
    {
        var samples = Environment.GetEnvironmentVariable("BOOKBUILDER_FUZZ_SAMPLES");
        var every = int.TryParse(Environment.GetEnvironmentVariable("BOOKBUILDER_FUZZ_SAMPLE_EVERY"), out var n) && n > 0 ? n : 100;
        var epubWriter = new EpubEditionWriter();
        var pdfWriter = new PdfEditionWriter();
        var options = new BuildOptions { Timestamp = DateTimeOffset.UnixEpoch };
        var count = 0;
        var rendered = 0;
        ManuscriptGen.Renderable.Sample(g =>
        {
            using var m = ManuscriptFuzzTests.Materialise(g);
            var d = new DiagnosticBag();
            var book = ManuscriptLoader.Load(m.Root, d);
            Assert.NotNull(book);
            Assert.False(d.HasErrors, "the generator made an error: " + string.Join("\n", d.Items.Where(x => x.Severity == Severity.Error)));
            rendered++;

            using var epub = new MemoryStream();
            epubWriter.Write(BookPlanner.Plan(book!), epub, options, new DiagnosticBag());
            using (var zip = new ZipArchive(new MemoryStream(epub.ToArray())))
            {
                Assert.Equal("mimetype", zip.Entries[0].FullName);
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) || e.FullName.EndsWith(".opf", StringComparison.Ordinal) || e.FullName.EndsWith(".ncx", StringComparison.Ordinal)))
                {
                    using var s = entry.Open();
                    XDocument.Load(s); // throws on anything that is not well-formed XML
                }
            }

            using var pdf = new MemoryStream();
            pdfWriter.Write(BookPlanner.Plan(book!), pdf, options, new DiagnosticBag());
            using (var doc = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray()))
            {
                Assert.True(doc.NumberOfPages >= 3);
                foreach (var page in doc.GetPages()) _ = page.Letters.Count;
            }
            // Whatever the manuscript, the PDF keeps the rules of tagged PDF.
            var breaches = BookBuilder.Tests.Pdf.Output.TaggedPdfRules.Check(BookBuilder.Tests.Pdf.Output.TaggedPdf.Read(pdf.ToArray()));
            Assert.True(breaches.Count == 0, string.Join("\n", breaches.Take(20)));

            if (samples is not null && (Interlocked.Increment(ref count) - 1) % every == 0)
            {
                Directory.CreateDirectory(samples);
                File.WriteAllBytes(Path.Combine(samples, $"case-{count}.epub"), epub.ToArray());
                File.WriteAllBytes(Path.Combine(samples, $"case-{count}.pdf"), pdf.ToArray());
            }
        }, iter: Cases, threads: 1);
        Assert.Equal(Cases, rendered);
    }
}
