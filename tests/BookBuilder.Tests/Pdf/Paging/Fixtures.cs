using System.Collections.Concurrent;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>The manuscripts of the repository typeset with the real fonts, each once per page size and test run.</summary>
public static class Fixtures
{
    /// <summary>Names of the manuscripts: the first book and every fixture with a book.yml.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "manuscript",
        .. Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests", "fixtures"))
            .Where(d => File.Exists(Path.Combine(d, "book.yml")))
            .Select(d => Path.GetRelativePath(RepoPaths.Root, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    private static readonly ConcurrentDictionary<(string, string), Lazy<TypesetResult>> Cache = new();

    /// <summary>The book at <paramref name="path"/> (relative to the repository) typeset in <paramref name="theme"/>.</summary>
    public static TypesetResult Typeset(string path, Theme theme, ITextMeasurer measurer) =>
        Cache.GetOrAdd((path, theme.Name), _ => new Lazy<TypesetResult>(() =>
        {
            var (book, _) = LoadedBooks.Get(Path.Combine(RepoPaths.Root, path));
            return BookTypesetter.Typeset(BookPlanner.Plan(book), theme, measurer, TestText.English.Value);
        })).Value;
}
