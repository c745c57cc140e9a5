using System.Diagnostics;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Output;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Typography;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Pdf;

/// <summary>
/// The PDF edition: typeset the model into page frames, then write them as a tagged PDF. Writes the
/// preflight report next to the edition and turns its findings, and characters no font has,
/// into diagnostics.
/// </summary>
/// <param name="fontLibrary">Where the fonts come from; share one library between the editions of a build.</param>
public sealed class PdfEditionWriter(FontLibrary fontLibrary) : IEditionWriter
{
    /// <summary>A writer with fonts of its own.</summary>
    public PdfEditionWriter() : this(new FontLibrary()) { }

    public string Format => "pdf";
    public string Extension => "pdf";

    EditionReport? IEditionWriter.Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics) =>
        Write(plan, output, options, diagnostics);

    /// <summary>Writes the PDF and returns its preflight report (also kept as <c>&lt;slug&gt;.preflight.txt</c>).</summary>
    public PdfEditionReport Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics)
    {
        var book = plan.Book;
        var sw = Stopwatch.StartNew();
        var assets = AssetLocator.Locate(options.AssetsDirectory);
        var fonts = fontLibrary.For(assets);
        var measurer = new HarfBuzzTextMeasurer(fonts);
        var hyphenator = Hyphenator.LoadOrNone(AssetLocator.File("hyphen/hyph_en_US.dic", assets), diagnostics);
        var theme = Theme.For(options.PageSize);

        var result = BookTypesetter.Typeset(plan, theme, measurer, hyphenator);
        var info = PdfDocumentInfo.From(book.Metadata) with { Created = options.Timestamp, Modified = options.Timestamp };
        PdfWriter.Write(result.Pages, fonts, info, output, diagnostics);

        foreach (var d in result.Preflight.ToDiagnostics()) diagnostics.Add(d);
        foreach (var missing in measurer.MissingGlyphs.DistinctBy(m => m.CodePoint))
        {
            var at = book.Locate(missing.Character);
            diagnostics.Add(missing.ToDiagnostic(at.File, at.Line) with { Column = at.Column });
        }

        var summary = result.Preflight.ToString();
        return new PdfEditionReport(result.Preflight, summary, summary + $"  time taken:         {sw.Elapsed.TotalSeconds:0.00} s{Environment.NewLine}");
    }
}

/// <summary>The PDF's report: the preflight findings, printed and kept as <c>&lt;slug&gt;.preflight.txt</c>.</summary>
public sealed record PdfEditionReport(PreflightReport Preflight, string Summary, string FileText)
    : EditionReport(Summary, "preflight.txt", FileText);
