using BookBuilder.Epub;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Epub;

/// <summary>
/// The fonts the cover tests draw with: the book's own serif and emoji faces from the build's
/// asset folder, found as the EPUB edition finds them, so the tests run on any machine that builds.
/// </summary>
internal static class TestFonts
{
    public static readonly CoverFonts Book = Load();

    private static CoverFonts Load()
    {
        var files = FontFileSet.Default;
        string Face(bool bold) => AssetLocator.File(files.Faces[new FontKey(FontFamilyRole.Serif, bold, false)]);
        return new CoverFonts(Face(true), Face(false), files.Emoji is null ? null : AssetLocator.File(files.Emoji));
    }
}
