using BookBuilder.Typography;

namespace BookBuilder.Tests.Epub;

/// <summary>
/// The fonts the cover tests draw with: the book's own faces and fallbacks from the build's asset
/// folder, found as the editions find them, so the tests run on any machine that builds.
/// </summary>
internal static class TestFonts
{
    /// <summary>Every face of the book, the colour emoji font included.</summary>
    public static readonly FontRegistry Book = FontRegistry.Load();

    /// <summary>The same faces without a colour emoji font.</summary>
    public static readonly FontRegistry WithoutEmoji = FontRegistry.Load(files: FontFileSet.Default with { Emoji = null });
}
