using BookBuilder.Epub;
using BookBuilder.Epub.Cover;
using BookBuilder.Model;
using BookBuilder.Typography;
using SkiaSharp;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>
/// Emoji ornaments become small colour pictures, so that readers without an emoji font show them
/// instead of empty boxes; ornaments without emoji, and books built without fonts, keep text.
/// </summary>
public sealed class OrnamentArtTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    private static IReadOnlyList<OrnamentImage> Render(IEnumerable<string?> ornaments, FontRegistry fonts)
    {
        using var text = new CoverText(fonts);
        return OrnamentArt.Render(ornaments, text);
    }

    [Fact]
    public void Each_distinct_emoji_ornament_is_drawn_once_in_order_of_appearance()
    {
        var images = Render(["🇮🇱🤝🇷🇺", "🤝", " 🇮🇱🤝🇷🇺 ", null, "", "🤝"], TestFonts.Book);
        Assert.Equal(["🇮🇱🤝🇷🇺", "🤝"], images.Select(i => i.Text));
        Assert.Equal(["images/ornament-1.png", "images/ornament-2.png"], images.Select(i => i.Href));
        Assert.Equal(["ornament-1", "ornament-2"], images.Select(i => i.ManifestId));
        // Three emoji are about three times as wide as one.
        Assert.InRange(images[0].Width / (double)images[1].Width, 2.5, 3.5);
    }

    [Fact]
    public void The_pictures_are_in_colour_on_a_transparent_field()
    {
        var image = Assert.Single(Render(["🇮🇱🤝🇷🇺"], TestFonts.Book));
        using var bitmap = SKBitmap.Decode(image.Png);
        Assert.Equal((image.Width, image.Height), (bitmap.Width, bitmap.Height));
        Assert.True(bitmap.Height >= OrnamentArt.PixelSize);
        int saturated = 0, transparent = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Alpha == 0) transparent++;
                else if (Math.Max(c.Red, Math.Max(c.Green, c.Blue)) - Math.Min(c.Red, Math.Min(c.Green, c.Blue)) > 120) saturated++;
            }
        // The flags' blue and red and the handshake's yellow, and the field around them.
        Assert.True(saturated > 2000, $"only {saturated} strongly coloured pixels");
        Assert.True(transparent > bitmap.Width * bitmap.Height / 10, $"only {transparent} transparent pixels");
    }

    [Fact]
    public void Ornaments_without_emoji_and_books_without_an_emoji_font_keep_text()
    {
        Assert.Empty(Render(["❦", "* * *"], TestFonts.Book));
        Assert.Empty(Render(["🤝"], TestFonts.WithoutEmoji));
    }

    [Fact]
    public void The_same_ornaments_give_the_same_bytes()
    {
        var first = Render(["🤝👎"], TestFonts.Book)[0].Png;
        var second = Render(["🤝👎"], TestFonts.Book)[0].Png;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_ornament_picture_in_the_package_is_used_and_a_text_ornament_stays_text()
    {
        var epub = fixture.Epub;
        var pictures = epub.Manifest.Where(m => m.Id.StartsWith("ornament-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pictures);
        var used = epub.XhtmlPaths.SelectMany(p => epub.Xml(p).Descendants(Xhtml + "img"))
            .Where(i => (string?)i.Attribute("class") == "ornament-image")
            .Select(i => (string)i.Attribute("src")!).ToHashSet();
        Assert.Equal(pictures.Select(p => p.Href).Order(), used.Order());

        // A book whose ornament is a fleuron: no pictures, the character as text.
        var book = fixture.Book with { Metadata = fixture.Book.Metadata with { Ornament = "❦" }, Chapters = [fixture.Book.Chapters[0] with { Ornament = null, Sections = [] }] };
        var plain = new EpubFile(EpubFixture.Build(book, fixture.Options));
        Assert.DoesNotContain(plain.Manifest, m => m.Id.StartsWith("ornament-", StringComparison.Ordinal));
        var p = Assert.Single(plain.Xml("OEBPS/titlepage.xhtml").Descendants(Xhtml + "p"), p => (string?)p.Attribute("class") == "ornament title-ornament");
        Assert.Equal("❦", p.Value);
    }
}
