using System.Diagnostics;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Output;
using BookBuilder.Pdf.Paging;
using BookBuilder.Publishing;
using BookBuilder.Typography;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Pdf;

/// <summary>
/// The PDF edition: typeset the model into page frames, then paint them with Skia. Writes the
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

    /// <summary>The preflight report of the last build.</summary>
    public PreflightReport? LastPreflight { get; private set; }

    /// <inheritdoc />
    public string? LastReport => LastPreflight?.ToString();

    public void Write(Book book, Stream output, BuildOptions options, DiagnosticBag diagnostics)
    {
        var sw = Stopwatch.StartNew();
        var assets = AssetLocator.Locate(options.AssetsDirectory);
        var fonts = fontLibrary.For(assets);
        var measurer = new HarfBuzzTextMeasurer(fonts);
        var hyphenator = Hyphenator.LoadOrNone(AssetLocator.File("hyphen/hyph_en_US.dic", assets), diagnostics);
        var theme = Theme.For(options.PageSize);

        var result = BookTypesetter.Typeset(book, theme, measurer, hyphenator);
        var info = PdfDocumentInfo.From(book.Metadata) with { Created = options.Timestamp, Modified = options.Timestamp };
        PdfWriter.Write(result.Pages, fonts, info, output, diagnostics);

        foreach (var d in result.Preflight.ToDiagnostics()) diagnostics.Add(d);
        foreach (var missing in measurer.MissingGlyphs.DistinctBy(m => m.CodePoint))
        {
            var at = SourceSearch.Find(book, missing.Character);
            diagnostics.Add(missing.ToDiagnostic(at.File, at.Line) with { Column = at.Column });
        }

        LastPreflight = result.Preflight;
        if (options.ReportDirectory is { } dir)
        {
            Directory.CreateDirectory(dir);
            var report = result.Preflight + $"  time taken:         {sw.Elapsed.TotalSeconds:0.00} s{Environment.NewLine}";
            AtomicFile.Write(Path.Combine(dir, $"{book.Metadata.Slug}.preflight.txt"),
                s => { using var w = new StreamWriter(s, leaveOpen: true); w.Write(report); });
        }
    }
}
