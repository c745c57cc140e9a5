using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Epub.Cover;
using BookBuilder.Model;
using BookBuilder.Publishing;
using BookBuilder.Typography;
using BookBuilder.Plan;
using SkiaSharp;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>
/// The generated cover: size, repeatability, colour emoji, every script the PDF can set (with the
/// same faces, fallbacks and shaper), a warning for what no font has, and no cover without fonts.
/// </summary>
public sealed class CoverImageTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    private byte[] Render(BookMetadata metadata, FontRegistry? fonts = null)
    {
        using var text = new CoverText(fonts ?? TestFonts.Book);
        return CoverImage.RenderPng(TitlePage(metadata), text);
    }

    /// <summary>The title page the plan makes of the sample book with <paramref name="metadata"/>.</summary>
    private TitlePagePlan TitlePage(BookMetadata metadata) => BookPlanner.Plan(fixture.Book with { Metadata = metadata }).TitlePage;

    /// <summary>The book's metadata with only a title: nothing else on the cover is light.</summary>
    private BookMetadata TitleOnly(string title) => fixture.Book.Metadata with { Title = title, Subtitle = null, Ornament = null, Creators = [] };

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

        // The picture fills an SVG of the page's size, so that it is scaled to the screen and never spills onto a second page.
        XNamespace svg = "http://www.w3.org/2000/svg";
        var page = fixture.Epub.Xml("OEBPS/cover.xhtml");
        var frame = page.Descendants(svg + "svg").Single();
        Assert.Equal(("100%", "100%", "0 0 1600 2400", "img"),
            ((string?)frame.Attribute("width"), (string?)frame.Attribute("height"), (string?)frame.Attribute("viewBox"), (string?)frame.Attribute("role")));
        var image = frame.Element(svg + "image")!;
        Assert.Equal("images/cover.png", (string?)image.Attribute(XNamespace.Get("http://www.w3.org/1999/xlink") + "href"));
        Assert.Equal("Cover of Israel, Russia... Are They Friends or Enemies?: Seventy-Five Years of an Uneasy Partnership by Dana Levin Orlov",
            (string?)frame.Attribute("aria-label"));
        Assert.Equal((string?)frame.Attribute("aria-label"), frame.Element(svg + "title")!.Value);
        Assert.Empty(page.Descendants(Xhtml + "img"));
        Assert.Contains(fixture.Epub.Manifest, m => m.Href == "cover.xhtml" && m.Properties == "svg");
    }

    [Fact]
    public void Cover_png_is_the_same_bytes_every_time()
    {
        var first = Render(fixture.Book.Metadata);
        var second = Render(fixture.Book.Metadata);
        Assert.True(first.AsSpan().SequenceEqual(second));
        Assert.True(first.AsSpan().SequenceEqual(fixture.Epub.Raw("OEBPS/images/cover.png")));
    }

    [Fact]
    public void Ornament_emoji_are_drawn_in_colour_from_the_emoji_font()
    {
        var withEmoji = Saturated(Render(fixture.Book.Metadata));
        var withoutEmoji = Saturated(Render(fixture.Book.Metadata, TestFonts.WithoutEmoji));
        // The flags' blue and red and the handshake's yellow exist nowhere else on the cover.
        Assert.True(withEmoji > 20_000, $"only {withEmoji} strongly coloured pixels in the ornament band");
        Assert.Equal(0, withoutEmoji);
    }

    [Fact]
    public void Text_is_drawn_in_the_title_area()
    {
        Assert.True(Light(Render(fixture.Book.Metadata)) > 50_000);
        Assert.Equal(0, Light(Render(TitleOnly(" "))));
    }

    [Theory]
    [InlineData("ספר הנהרות")] // Hebrew
    [InlineData("كتاب الأنهار")] // Arabic
    [InlineData("Книга о реках")] // Cyrillic
    public void A_title_in_any_script_the_pdf_can_set_is_on_the_cover(string title)
    {
        var light = Light(Render(TitleOnly(title)));
        Assert.True(light > 5_000, $"only {light} light pixels for the title '{title}'");
    }

    [Fact]
    public void A_hebrew_titled_book_has_its_title_on_the_epub_cover_and_no_warning()
    {
        var book = fixture.Book with { Metadata = TitleOnly("ספר הנהרות") with { Subtitle = "מדריך שדה" } };
        var diagnostics = new DiagnosticBag();
        using var ms = new MemoryStream();
        new EpubEditionWriter().Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = EpubFixture.Modified }, diagnostics);

        var cover = new EpubFile(ms.ToArray()).Raw("OEBPS/images/cover.png");
        Assert.True(Light(cover) > 10_000, "the Hebrew title and subtitle are missing from the cover");
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "EPUB001");
    }

    [Fact]
    public void Characters_no_font_has_are_left_out_of_the_cover_with_a_warning()
    {
        var book = fixture.Book with { Metadata = TitleOnly("河流指南") };
        var diagnostics = new DiagnosticBag();
        EpubWriter.Write(BookPlanner.Plan(book), Stream.Null, fixture.Options, diagnostics);

        var warnings = diagnostics.Items.Where(d => d.Code == "EPUB001").ToArray();
        Assert.Equal(4, warnings.Length);
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(warnings, d => d.Message.StartsWith("No font has a glyph for U+6CB3 '河' (in \"河流指南\")", StringComparison.Ordinal));
        // No boxes are drawn in their place.
        Assert.Equal(0, Light(Render(book.Metadata)));
    }

    [Fact]
    public void Right_to_left_words_are_drawn_in_visual_order()
    {
        using var text = new CoverText(TestFonts.Book);
        var line = text.Shape("ספר הנהרות", new TextStyle(FontFamilyRole.Serif, 100, Bold: true));
        // The first word is the rightmost: the runs, left to right, start with the second.
        Assert.Equal("הנהרות", line.Runs.First(r => r.Glyphs.Length > 0).Text);
        Assert.Equal("ספר", line.Runs.Last(r => r.Glyphs.Length > 0).Text);
    }

    [Fact]
    public void A_long_title_shrinks_instead_of_overflowing_the_frame()
    {
        var longTitle = fixture.Book.Metadata with { Title = string.Join(' ', Enumerable.Repeat("Extraordinarily", 14)) };
        using var bitmap = SKBitmap.Decode(Render(longTitle));
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
        using var text = new CoverText(TestFonts.Book);
        var (lines, _) = CoverImage.Layout(TitlePage(crowded), text);

        var textBottom = lines.Where(l => l.Role is CoverRole.Title or CoverRole.Subtitle).Max(l => l.Baseline + 0.3f * l.Size);
        var bylineTop = lines.Where(l => l.Role == CoverRole.Byline).Min(l => l.Baseline - l.Size);
        Assert.True(textBottom < bylineTop, $"text reaches {textBottom}, byline starts at {bylineTop}");
        Assert.All(lines, l => Assert.True(l.Line.Width <= CoverImage.Width - 2 * 170 + 0.5f));
    }

    [Fact]
    public void Without_cover_fonts_there_is_no_cover_page_or_image()
    {
        var epub = new EpubFile(EpubFixture.Build(fixture.Book, fixture.Options with { Fonts = null }));
        Assert.False(epub.Has("OEBPS/images/cover.png"));
        Assert.False(epub.Has("OEBPS/cover.xhtml"));
        Assert.DoesNotContain(epub.Manifest, m => m.Properties == "cover-image");
        Assert.DoesNotContain(epub.Package.Descendants(Opf + "meta"), m => (string?)m.Attribute("name") == "cover");
        Assert.Equal("titlepage.xhtml", epub.Spine[0]);
    }

    [Fact]
    public void A_missing_font_file_is_an_error_not_a_cover_without_text()
    {
        var assets = Directory.CreateTempSubdirectory("no-fonts-");
        try
        {
            Directory.CreateDirectory(Path.Combine(assets.FullName, "fonts"));
            var options = new BuildOptions { Timestamp = EpubFixture.Modified, AssetsDirectory = assets.FullName };
            var e = Assert.Throws<AssetNotFoundException>(() => new EpubEditionWriter().Write(BookPlanner.Plan(fixture.Book), Stream.Null, options, new DiagnosticBag()));
            Assert.Contains("SourceSerif4-Semibold.ttf", e.Message);
        }
        finally
        {
            assets.Delete(recursive: true);
        }
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
