using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Publishing;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Epub;

/// <summary>
/// Loads the field-guide manuscript and writes its EPUB once per test class, through the same
/// edition writer the command uses; the file is kept in a temporary folder for epubcheck.
/// </summary>
public sealed class FieldGuideFixture : IDisposable
{
    public FieldGuideFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("field-guide-").FullName;
        (Book, LoadDiagnostics) = LoadedBooks.Get(RepoPaths.FieldGuide);
        var options = new BuildOptions { Timestamp = BuildOptions.ResolveTimestamp(Book.Metadata.Date, null) };
        Path = System.IO.Path.Combine(Directory, Book.Metadata.Slug + ".epub");
        using (var stream = File.Create(Path))
            new EpubEditionWriter().Write(BookPlanner.Plan(Book), stream, options, WriteDiagnostics);
        Epub = new EpubFile(File.ReadAllBytes(Path));
    }

    public string Directory { get; }

    /// <summary>The written EPUB on disk.</summary>
    public string Path { get; }

    internal Book Book { get; }

    internal DiagnosticBag LoadDiagnostics { get; }

    internal DiagnosticBag WriteDiagnostics { get; } = new();

    internal EpubFile Epub { get; }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
