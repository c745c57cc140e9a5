using BookBuilder.Epub;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Epub;

/// <summary>Builds the sample EPUB once per test class; the temp folder is removed afterwards.</summary>
public sealed class EpubFixture : IDisposable
{
    public static readonly DateTimeOffset Modified = new(2024, 3, 9, 14, 30, 52, TimeSpan.Zero);

    public EpubFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("epub-test-").FullName;
        Book = SampleBook.Create(Directory);
        Options = new EpubOptions { Modified = Modified, Fonts = TestFonts.Book };
        Bytes = Build(Book, Options);
        Epub = new EpubFile(Bytes);
    }

    public string Directory { get; }

    internal Book Book { get; }

    internal EpubOptions Options { get; }

    internal byte[] Bytes { get; }

    internal EpubFile Epub { get; }

    internal static byte[] Build(Book book, EpubOptions options)
    {
        using var ms = new MemoryStream();
        EpubWriter.Write(BookPlanner.Plan(book), ms, options);
        return ms.ToArray();
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
