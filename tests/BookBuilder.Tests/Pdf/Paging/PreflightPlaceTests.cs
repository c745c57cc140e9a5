using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Pdf;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// Every layout problem the PDF reports names a place in the manuscript (file:line:col), taken
/// from what the typesetter was setting: a paragraph, a heading (the division's title), or the
/// text of the page; never only a page number.
/// </summary>
public class PreflightPlaceTests
{
    [Fact]
    public void Layout_warnings_name_a_line_of_the_manuscript()
    {
        using var m = new TempManuscript();
        // A note longer than a page, a table row taller than a page, a heading that cannot stay
        // with its text: each makes the typesetter give up on a rule and say so.
        var note = string.Join(" ", Enumerable.Repeat("A long footnote sentence that goes on and on.", 400));
        m.Write("two.md", "# Second Chapter\n\nA claim with a huge note.[^big]\n\n"
            + string.Join("\n\n", Enumerable.Repeat("Filler paragraph of ordinary length that fills the page a little.", 3))
            + $"\n\n[^big]: {note}\n\n| a | b |\n|---|---|\n| {string.Concat(Enumerable.Repeat("x ", 3000))} | y |\n\n## Later Days\n\nText.\n");
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        Assert.False(d.HasErrors, string.Join("\n", d.Items));

        var pdfDiagnostics = new DiagnosticBag();
        using var pdf = new MemoryStream();
        new PdfEditionWriter().Write(BookPlanner.Plan(book!), pdf, new BuildOptions { Timestamp = DateTimeOffset.UnixEpoch }, pdfDiagnostics);

        var warnings = pdfDiagnostics.Items.Where(x => x.Code.StartsWith("PDF-", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count >= 3, string.Join("\n", warnings));
        Assert.All(warnings, w => Assert.True(w.File == "two.md" && w.Line > 0 && w.Column > 0, $"no place: {w}"));
    }
}
