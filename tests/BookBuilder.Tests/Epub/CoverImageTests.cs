using BookBuilder.Epub;
using BookBuilder.Epub.Cover;
using SkiaSharp;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>The generated cover: size, repeatability, colour emoji, and its absence without fonts.</summary>
public sealed class CoverImageTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    [Fact]
    public void Cover_is_a_png_under_four_megapixels_declared_as_cover_image()
    {
        var png = fixture.Epub.Raw("OEBPS/images/cover.png");
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1600, 2400), (bitmap.Width, bitmap.Height));
        Assert.True(bitmap.Width * bitmap.Height < 4_000_000);
        Assert.Contains(fixture.Epub.Manifest, m => m.Id == "cover-image" && m.Properties == "cover-image" && m.MediaType == "image/png");
        var legacy = fixture.Epub.Package.Descendants(Opf + "meta").Single(m => (string?)m.Attribute("name") == "cover");
        Assert.Equal("cover-image", (string?)legacy.Attribute("content"));

        var img = fixture.Epub.Xml("OEBPS/cover.xhtml").Descendants(Xhtml + "img").Single();
        Assert.Equal("images/cover.png", (string?)img.Attribute("src"));
        Assert.Equal("Cover of Israel, Russia... Are They Friends or Enemies?: Seventy-Five Years of an Uneasy Partnership by Dana Levin Orlov",
            (string?)img.Attribute("alt"));
    }

    [Fact]
    public void Cover_png_is_the_same_bytes_every_time()
    {
        var first = CoverImage.RenderPng(fixture.Book.Metadata, TestFonts.Book);
        var second = CoverImage.RenderPng(fixture.Book.Metadata, TestFonts.Book);
        Assert.True(first.AsSpan().SequenceEqual(second));
        Assert.True(first.AsSpan().SequenceEqual(fixture.Epub.Raw("OEBPS/images/cover.png")));
    }

    [Fact]
    public void Ornament_emoji_are_drawn_in_colour_from_the_emoji_font()
    {
        var withEmoji = Saturated(CoverImage.RenderPng(fixture.Book.Metadata, TestFonts.Book));
        var withoutEmoji = Saturated(CoverImage.RenderPng(fixture.Book.Metadata, TestFonts.Book with { Emoji = null }));
        // The flags' blue and red and the handshake's yellow exist nowhere else on the cover.
        Assert.True(withEmoji > 20_000, $"only {withEmoji} strongly coloured pixels in the ornament band");
        Assert.Equal(0, withoutEmoji);
    }

    [Fact]
    public void Text_is_drawn_in_the_title_area()
    {
        var blank = fixture.Book.Metadata with { Title = " ", Subtitle = null, Ornament = null, Creators = [] };
        Assert.True(Light(CoverImage.RenderPng(fixture.Book.Metadata, TestFonts.Book)) > 50_000);
        Assert.Equal(0, Light(CoverImage.RenderPng(blank, TestFonts.Book)));
    }

    [Fact]
    public void A_long_title_shrinks_instead_of_overflowing_the_frame()
    {
        var longTitle = fixture.Book.Metadata with { Title = string.Join(' ', Enumerable.Repeat("Extraordinarily", 14)) };
        using var bitmap = SKBitmap.Decode(CoverImage.RenderPng(longTitle, TestFonts.Book));
        // Nothing light may be drawn between the frame and the edge of the cover.
        for (var y = 0; y < bitmap.Height; y += 4)
            for (var x = 0; x < 60; x++)
            {
                Assert.False(IsLight(bitmap.GetPixel(x, y)));
                Assert.False(IsLight(bitmap.GetPixel(bitmap.Width - 1 - x, y)));
            }
    }

    [Fact]
    public void A_long_title_and_subtitle_stay_clear_of_the_byline()
    {
        // Five title lines and four subtitle lines at full size would reach into the byline.
        var crowded = fixture.Book.Metadata with
        {
            Title = "Israel and Russia between friendship and enmity across seventy-five years of change",
            Subtitle = "How two states kept talking through wars, revolutions, emigrations, sanctions and the long Syrian war, and what comes next for both",
        };
        using var bold = CoverFace.Load(TestFonts.Book.SerifBold);
        using var regular = CoverFace.Load(TestFonts.Book.SerifRegular);
        using var emoji = CoverFace.Load(TestFonts.Book.Emoji!);
        var (lines, _) = CoverImage.Layout(crowded, bold, regular, emoji);

        var textBottom = lines.Where(l => l.Role is CoverRole.Title or CoverRole.Subtitle).Max(l => l.Baseline + 0.3f * l.Size);
        var bylineTop = lines.Where(l => l.Role == CoverRole.Byline).Min(l => l.Baseline - l.Size);
        Assert.True(textBottom < bylineTop, $"text reaches {textBottom}, byline starts at {bylineTop}");
        Assert.All(lines, l => Assert.True(l.Line.Width <= CoverImage.Width - 2 * 170 + 0.5f));
    }

    [Fact]
    public void Without_cover_fonts_there_is_no_cover_page_or_image()
    {
        var epub = new EpubFile(EpubFixture.Build(fixture.Book, fixture.Options with { CoverFonts = null }));
        Assert.False(epub.Has("OEBPS/images/cover.png"));
        Assert.False(epub.Has("OEBPS/cover.xhtml"));
        Assert.DoesNotContain(epub.Manifest, m => m.Properties == "cover-image");
        Assert.DoesNotContain(epub.Package.Descendants(Opf + "meta"), m => (string?)m.Attribute("name") == "cover");
        Assert.Equal("titlepage.xhtml", epub.Spine[0]);
    }

    [Fact]
    public void A_missing_font_file_is_an_io_error()
    {
        var fonts = TestFonts.Book with { SerifBold = "/nonexistent/font.ttf" };
        Assert.ThrowsAny<IOException>(() => CoverImage.RenderPng(fixture.Book.Metadata, fonts));
    }

    private static int Saturated(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        // Inside the gold frame, whose own colour is saturated too.
        for (var y = 400; y < 900; y++)
            for (var x = 120; x < bitmap.Width - 120; x++)
            {
                var c = bitmap.GetPixel(x, y);
                var max = Math.Max(c.Red, Math.Max(c.Green, c.Blue));
                var min = Math.Min(c.Red, Math.Min(c.Green, c.Blue));
                if (max - min > 120) count++;
            }
        return count;
    }

    private static int Light(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        for (var y = 120; y < bitmap.Height - 120; y++)
            for (var x = 120; x < bitmap.Width - 120; x++)
                if (IsLight(bitmap.GetPixel(x, y))) count++;
        return count;
    }

    private static bool IsLight(SKColor c) => c.Red > 200 && c.Green > 200 && c.Blue > 180;
}
