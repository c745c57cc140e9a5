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
/// <param name="print">
/// The print edition (<c>&lt;slug&gt;.print.pdf</c>) instead of the screen edition: the trim size
/// and bleed of the build options, black text, plain links, chapters on right-hand pages
/// (<see cref="Theme.ForPrint"/>).
/// </param>
public sealed class PdfEditionWriter(FontLibrary fontLibrary, bool print = false) : IPagedEdition
{
    /// <summary>A writer with fonts of its own.</summary>
    public PdfEditionWriter() : this(new FontLibrary()) { }

    public string Format => print ? "print" : "pdf";
    public string Extension => print ? "print.pdf" : "pdf";

    EditionReport? IEditionWriter.Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics) =>
        Write(plan, output, options, diagnostics);

    /// <summary>Writes the PDF and returns its preflight report (also kept as <c>&lt;slug&gt;.preflight.txt</c>).</summary>
    public PdfEditionReport Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics) =>
        Write(Layout(plan, options), output, diagnostics);

    PagedLayout IPagedEdition.Layout(BookPlan plan, BuildOptions options) => Layout(plan, options);

    EditionReport? IPagedEdition.Write(PagedLayout layout, Stream output, DiagnosticBag diagnostics) =>
        Write(layout as PdfLayout ?? throw new ArgumentException("not a layout of the PDF edition", nameof(layout)), output, diagnostics);

    /// <summary>
    /// Typesets the book into pages without writing them: what the PDF is written from, and where
    /// its pages begin in the book's text (for the EPUB's page list).
    /// </summary>
    public PdfLayout Layout(BookPlan plan, BuildOptions options)
    {
        var sw = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var assets = AssetLocator.Locate(options.AssetsDirectory);
        var fonts = fontLibrary.For(assets);
        var measurer = new HarfBuzzTextMeasurer(fonts);
        var hyphenator = Hyphenator.LoadOrNone(AssetLocator.File("hyphen/hyph_en_US.dic", assets), diagnostics);
        var theme = print ? Theme.ForPrint(options.TrimSize, options.Bleed) : Theme.For(options.PageSize);
        var result = BookTypesetter.Typeset(plan, theme, measurer, hyphenator);
        // A thick book needs a wider inside margin, which may make it thicker still: set it again
        // until the margin suits the page count (the margin only grows, so this ends).
        for (var i = 0; print && i < 3 && Theme.Gutter(result.Pages.Count) > theme.MarginInner; i++)
        {
            theme = Theme.ForPrint(options.TrimSize, options.Bleed, result.Pages.Count);
            result = BookTypesetter.Typeset(plan, theme, measurer, hyphenator);
        }
        var pages = new PageMap(SourceName(plan, options), result.PageStarts.Select(s => new PageBreak(s.Label, s.Node, s.Offset)).ToArray());
        return new PdfLayout
        {
            Pages = pages, Plan = plan with { PageBreaks = pages }, Result = result, Fonts = fonts, Measurer = measurer,
            Options = options, Diagnostics = diagnostics, Elapsed = sw.Elapsed,
        };
    }

    /// <summary>How the EPUB names the edition its page list comes from: the PDF's file and its page size.</summary>
    public string SourceName(BookPlan plan, BuildOptions options) => print
        ? $"print edition {plan.Metadata.Slug}{plan.FileSuffix}.{Extension}, trim size {options.TrimSize.Name}"
        : $"PDF edition {plan.Metadata.Slug}{plan.FileSuffix}.{Extension}, page size {options.PageSize.Name}";

    /// <summary>Writes the PDF laid out in <paramref name="layout"/> and returns its preflight report.</summary>
    public PdfEditionReport Write(PdfLayout layout, Stream output, DiagnosticBag diagnostics)
    {
        var sw = Stopwatch.StartNew();
        var (book, options, fonts, measurer, result) = (layout.Plan.Book, layout.Options, layout.Fonts, layout.Measurer, layout.Result);
        foreach (var d in layout.Diagnostics.Items) diagnostics.Add(d);
        var info = PdfDocumentInfo.From(book.Metadata) with { Created = options.Timestamp, Modified = options.Timestamp };
        PdfWriter.Write(result.Pages, fonts, info, output, diagnostics, grayscale: print);

        foreach (var d in result.Preflight.ToDiagnostics()) diagnostics.Add(d);
        var printCheck = print ? PrintPreflight.From(result) : null;
        foreach (var d in printCheck?.ToDiagnostics() ?? []) diagnostics.Add(d);
        foreach (var missing in measurer.MissingGlyphs.DistinctBy(m => m.CodePoint))
        {
            var at = book.Locate(missing.Character);
            diagnostics.Add(missing.ToDiagnostic(at.File, at.Line) with { Column = at.Column });
        }

        var summary = result.Preflight.ToString() + printCheck?.ToString();
        var taken = layout.Elapsed + sw.Elapsed;
        return new PdfEditionReport(result.Preflight, summary, summary + $"  time taken:         {taken.TotalSeconds:0.00} s{Environment.NewLine}",
            print ? "print.preflight.txt" : "preflight.txt") { Print = printCheck };
    }
}

/// <summary>The PDF's report: the preflight findings, printed and kept as <c>&lt;slug&gt;.preflight.txt</c>.</summary>
public sealed record PdfEditionReport(PreflightReport Preflight, string Summary, string FileText, string FileSuffix = "preflight.txt")
    : EditionReport(Summary, FileSuffix, FileText)
{
    /// <summary>The print edition's checks (null for the screen edition).</summary>
    public PrintPreflight? Print { get; init; }
}
