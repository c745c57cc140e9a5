using BenchmarkDotNet.Attributes;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Output;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Typography;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Benchmarks;

/// <summary>
/// The PDF stage alone: page frames (typeset once in the set-up) written as a PDF file, on the
/// 200-page and the 1000-page book. This is the part of a build the PDF writer owns; layout is
/// measured by <see cref="StageBenchmarks.Typeset"/>.
/// </summary>
[MemoryDiagnoser]
public class PdfStageBenchmarks
{
    private string _manuscript = "";
    private Book _book = null!;
    private FontLibrary _fontLibrary = null!;
    private FontRegistry _fonts = null!;
    private IReadOnlyList<PageFrame> _pages = [];

    /// <summary>Copies of the field guide's chapters: 5 make about 200 pages, 25 about 1000.</summary>
    [Params(5, 25)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _manuscript = LargeManuscript.Create(MakeBook.RepositoryRoot(), Copies);
        var diagnostics = new DiagnosticBag();
        _book = ManuscriptLoader.Load(_manuscript, diagnostics)
            ?? throw new InvalidOperationException("the benchmark manuscript did not load:\n" + string.Join("\n", diagnostics.Items));
        var assets = AssetLocator.Locate(null);
        _fontLibrary = new FontLibrary();
        _fonts = _fontLibrary.For(assets);
        var hyphenator = Hyphenator.Load(AssetLocator.File("hyphen/hyph_en_US.dic", assets));
        _pages = BookTypesetter.Typeset(BookPlanner.Plan(_book), Theme.For(PageSize.A4), new HarfBuzzTextMeasurer(_fonts), hyphenator).Pages;
        Console.WriteLine($"// benchmark book: {_pages.Count} pages");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fontLibrary.Dispose();
        Directory.Delete(_manuscript, recursive: true);
    }

    [Benchmark]
    public long WritePdf()
    {
        using var output = new MemoryStream();
        PdfWriter.Write(_pages, _fonts, PdfDocumentInfo.From(_book.Metadata), output, new DiagnosticBag());
        return output.Length;
    }
}
