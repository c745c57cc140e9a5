using System.Collections.Concurrent;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Pdf;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Support;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// Both editions of a manuscript, built once per test run as the command builds them: the print
/// edition laid out once, the PDF written from that layout and the EPUB marking its pages.
/// </summary>
internal static class BuiltBooks
{
    private static readonly FontLibrary Fonts = new();
    private static readonly ConcurrentDictionary<string, Lazy<Built>> Cache = new(StringComparer.Ordinal);

    /// <summary>The editions written into <paramref name="Directory"/>, read back, and the plan they were written from.</summary>
    internal sealed record Built(string Directory, EpubFile Epub, byte[] Pdf, BookPlan Plan, DiagnosticBag Diagnostics)
    {
        public string EpubPath => Path.Combine(Directory, Plan.Metadata.Slug + ".epub");
    }

    public static Built Get(string manuscript) => Cache.GetOrAdd(manuscript, m => new Lazy<Built>(() => Build(m))).Value;

    private static Built Build(string manuscript)
    {
        var (book, _) = LoadedBooks.Get(manuscript);
        var dir = System.IO.Directory.CreateTempSubdirectory("built-book-").FullName;
        var builder = new EditionBuilder([new EpubEditionWriter(Fonts), new PdfEditionWriter(Fonts)]);
        var options = new BuildOptions { Timestamp = BuildOptions.ResolveTimestamp(book.Metadata.Date, null) };
        var plan = BookPlanner.Plan(book);
        var diagnostics = new DiagnosticBag();
        var paged = builder.LayOut(plan, options);
        var results = builder.Build(plan, dir, ["epub", "pdf"], options, diagnostics, strict: false, paged);
        Assert.All(results, r => Assert.True(r.Written, r.Format));
        var slug = book.Metadata.Slug;
        return new Built(dir, new EpubFile(File.ReadAllBytes(Path.Combine(dir, slug + ".epub"))), File.ReadAllBytes(Path.Combine(dir, slug + ".pdf")), paged!.Plan, diagnostics);
    }
}
