using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Pdf.Layout.Fakes;

/// <summary>The first book's seed article (<c>tests/fixtures/seed/</c>), read once.</summary>
public static class SeedArticle
{
    private static readonly Lazy<string> Lazy = new(() => File.ReadAllText(RepoPaths.Seed).TrimEnd('\n'));

    /// <summary>The article as exported: wrapped lines, table of contents, emoji ornaments, FAQ.</summary>
    public static string Text => Lazy.Value;
}
