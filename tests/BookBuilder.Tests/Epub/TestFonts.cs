using BookBuilder.Epub;

namespace BookBuilder.Tests.Epub;

/// <summary>The Noto fonts the cover tests draw with, when the machine has them.</summary>
internal static class TestFonts
{
    private const string Dir = "/usr/share/fonts/truetype/noto/";

    public static readonly CoverFonts Noto = new(Dir + "NotoSerif-Bold.ttf", Dir + "NotoSerif-Regular.ttf", Dir + "NotoColorEmoji.ttf");

    public static bool Available => File.Exists(Noto.SerifBold) && File.Exists(Noto.SerifRegular) && File.Exists(Noto.Emoji);

    /// <summary>The cover fonts, or null so that the EPUB is built without a cover.</summary>
    public static CoverFonts? IfAvailable => Available ? Noto : null;
}
