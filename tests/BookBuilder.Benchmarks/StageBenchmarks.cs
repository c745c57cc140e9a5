using BenchmarkDotNet.Attributes;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Output;
using BookBuilder.Pdf.Paging;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Typography.Hyphenation;
using BookBuilder.Typography;
using BookBuilder.Plan;

namespace BookBuilder.Benchmarks;

/// <summary>
/// The stages of a build of a 200-page book, each measured on its own: reading the manuscript,
/// typesetting (layout only, no Skia), typesetting and painting the PDF, and writing the EPUB.
/// Fonts are loaded once in the set-up, as a build loads them once per process.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _manuscript = "";
    private Book _book = null!;
    private BookPlan _plan = null!;
    private FontLibrary _fontLibrary = null!;
    private FontRegistry _fonts = null!;
    private EpubEditionWriter _epubWriter = null!;
    private Hyphenator _hyphenator = null!;
    private readonly Theme _theme = Theme.For(PageSize.A4);
    private readonly BuildOptions _options = new() { Timestamp = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero) };

    [GlobalSetup]
    public void Setup()
    {
        _manuscript = LargeManuscript.Create(MakeBook.RepositoryRoot());
        var diagnostics = new DiagnosticBag();
        _book = ManuscriptLoader.Load(_manuscript, diagnostics)
            ?? throw new InvalidOperationException("the benchmark manuscript did not load:\n" + string.Join("\n", diagnostics.Items));
        if (diagnostics.HasErrors) throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        _plan = BookPlanner.Plan(_book);
        var assets = AssetLocator.Locate(null);
        // One library, as the command shares one between the editions of a build.
        _fontLibrary = new FontLibrary();
        _fonts = _fontLibrary.For(assets);
        _epubWriter = new EpubEditionWriter(_fontLibrary);
        _hyphenator = Hyphenator.Load(AssetLocator.File("hyphen/hyph_en_US.dic", assets));
        var pages = Typeset().Pages.Count;
        if (pages < 200) throw new InvalidOperationException($"the benchmark book has {pages} pages, fewer than 200");
        Console.WriteLine($"// benchmark book: {pages} pages, {_book.Chapters.Count} chapters");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fontLibrary.Dispose();
        Directory.Delete(_manuscript, recursive: true);
    }

    [Benchmark]
    public Book? ReadManuscript() => ManuscriptLoader.Load(_manuscript, new DiagnosticBag());

    /// <summary>Layout only: shaping, line breaking, pagination, contents; page frames, no Skia.</summary>
    [Benchmark]
    public TypesetResult Typeset() => BookTypesetter.Typeset(_plan, _theme, new HarfBuzzTextMeasurer(_fonts), _hyphenator);

    /// <summary>Layout and painting: the frames painted with Skia, fonts subset, the PDF post-processed.</summary>
    [Benchmark]
    public long TypesetAndWritePdf()
    {
        var result = Typeset();
        using var output = new MemoryStream();
        PdfWriter.Write(result.Pages, _fonts, PdfDocumentInfo.From(_book.Metadata), output, new DiagnosticBag());
        return output.Length;
    }

    [Benchmark]
    public long WriteEpub()
    {
        using var output = new MemoryStream();
        _epubWriter.Write(_plan, output, _options, new DiagnosticBag());
        return output.Length;
    }
}
