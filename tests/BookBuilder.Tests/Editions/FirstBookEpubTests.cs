using System.IO.Compression;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Publishing;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Editions;

/// <summary>The EPUB edition of the first book, built from the real manuscript.</summary>
public sealed class FirstBookEpubTests(ITestOutputHelper output)
{
    private static byte[] Build()
    {
        var book = LoadedBooks.Get(RepoPaths.Manuscript).Book;
        var diagnostics = new DiagnosticBag();
        using var ms = new MemoryStream();
        new EpubEditionWriter().Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero) }, diagnostics);
        Assert.Empty(diagnostics.Items);
        return ms.ToArray();
    }

    [Fact]
    public async Task Passes_epubcheck_without_warnings_and_builds_reproducibly()
    {
        var first = Build();
        Assert.Equal(first, Build());

        using (var zip = new ZipArchive(new MemoryStream(first)))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Equal("mimetype", names[0]);
            Assert.Equal(6, names.Count(n => n.StartsWith("OEBPS/chapter-", StringComparison.Ordinal)));
            Assert.Contains("OEBPS/faq.xhtml", names);
            Assert.Contains("OEBPS/glossary.xhtml", names);
        }

        var path = Path.Combine(Path.GetTempPath(), $"first-book-{Guid.NewGuid():N}.epub");
        try
        {
            await File.WriteAllBytesAsync(path, first);
            await Validators.AssertEpubcheckPasses(path, output);
        }
        finally { File.Delete(path); }
    }
}
