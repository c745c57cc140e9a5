using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Editions;

/// <summary>The PDF of the larger test manuscript: tables, figures, footnotes, mixed scripts.</summary>
public sealed class FieldGuidePdfTests
{
    [Fact]
    public void Sets_every_word_within_the_measure_and_writes_a_clean_subset_pdf()
    {
        var (book, load) = LoadedBooks.Get(RepoPaths.FieldGuide);
        Assert.DoesNotContain(load.Items, d => d.Severity == Severity.Error);

        var writer = new PdfEditionWriter();
        var diagnostics = new DiagnosticBag();
        using var ms = new MemoryStream();
        var report = writer.Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = DateTimeOffset.UnixEpoch }, diagnostics).Preflight;

        Assert.Empty(diagnostics.Items);
        Assert.True(report.PageCount >= 40, $"{report.PageCount} pages");
        Assert.Equal(0, report.OverfullLines);
        Assert.Empty(report.UnfittableWords);
        Assert.All(PdfStructure.Fonts(ms.ToArray()).Where(f => f.Subtype != "/Type3"), f => Assert.Matches("^/[A-Z]{6}\\+", f.BaseFont));
    }
}
