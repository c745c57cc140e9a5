using System.Collections.Concurrent;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;

namespace BookBuilder.Tests.Support;

/// <summary>Manuscripts of the repository, each read once per test run and shared.</summary>
public static class LoadedBooks
{
    private static readonly ConcurrentDictionary<string, Lazy<(Book Book, DiagnosticBag Diagnostics)>> Cache = new(StringComparer.Ordinal);

    /// <summary>The book at <paramref name="manuscriptDir"/> and the diagnostics reading it gave.</summary>
    public static (Book Book, DiagnosticBag Diagnostics) Get(string manuscriptDir) =>
        Cache.GetOrAdd(manuscriptDir, dir => new Lazy<(Book, DiagnosticBag)>(() =>
        {
            var d = new DiagnosticBag();
            var book = ManuscriptLoader.Load(dir, d) ?? throw new InvalidOperationException(string.Join("\n", d.Items));
            return (book, d);
        })).Value;
}
