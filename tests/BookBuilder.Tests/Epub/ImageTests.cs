using SkiaSharp;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>Book images are copied into OEBPS/images; formats outside EPUB's core types become PNG.</summary>
public sealed class ImageTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    [Fact]
    public void Png_images_are_copied_unchanged()
    {
        var source = fixture.Book.Images[0].Encoded;
        Assert.True(source.Span.SequenceEqual(fixture.Epub.Raw("OEBPS/images/un-vote.png")));
    }

    [Fact]
    public void Webp_images_are_converted_to_png()
    {
        var dir = Directory.CreateTempSubdirectory("epub-webp-").FullName;
        try
        {
            var book = SampleBook.Create(dir, "webp");
            var epub = new EpubFile(EpubFixture.Build(book, fixture.Options with { Fonts = null }));
            var item = Assert.Single(epub.Manifest, m => m.Id == "img-un-vote");
            Assert.Equal(("images/un-vote.png", "image/png"), (item.Href, item.MediaType));
            using var bitmap = SKBitmap.Decode(epub.Raw("OEBPS/images/un-vote.png"));
            Assert.Equal((320, 200), (bitmap.Width, bitmap.Height));
            var img = epub.Xml("OEBPS/chapter-02.xhtml").Descendants(Xhtml + "img").Single();
            Assert.Equal("images/un-vote.png", (string?)img.Attribute("src"));
            Assert.DoesNotContain(epub.Names, n => n.EndsWith(".webp", StringComparison.Ordinal));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Images_missing_from_the_image_list_are_still_packed()
    {
        var book = fixture.Book with { Images = [] };
        var epub = new EpubFile(EpubFixture.Build(book, fixture.Options with { Fonts = null }));
        Assert.True(epub.Has("OEBPS/images/un-vote.png"));
        Assert.Contains(epub.Manifest, m => m.Href == "images/un-vote.png");
    }
}
