using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Manuscript.Images;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// Image files are judged once, when the manuscript is read, for both editions: a photograph
/// stored on its side is modelled upright, a file cut short is refused, metadata the editions do
/// not need is dropped unread, and no file or book exceeds the image limits.
/// </summary>
public class ImageFileTests
{
    private static (Book? Book, IReadOnlyList<Diagnostic> Diagnostics) Load(TempManuscript m, string markdown = "![A photograph](images/photo.jpg)")
    {
        m.Write("two.md", $"# Second Chapter\n\n## Later Days\n\n{markdown}\n");
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d), d.Sorted());
    }

    [Theory]
    [InlineData(1, 60, 40)]
    [InlineData(3, 60, 40)]
    [InlineData(6, 40, 60)]
    [InlineData(8, 40, 60)]
    public void A_photograph_is_modelled_with_its_upright_size(int orientation, int width, int height)
    {
        using var m = new TempManuscript();
        m.WriteBytes("images/photo.jpg", TestImages.MarkedJpeg(60, 40, orientation));
        var (book, diagnostics) = Load(m);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var image = Assert.Single(book!.Images);
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Theory]
    [InlineData(6, 1, 0)]   // turned clockwise: the stored top left is now top right
    [InlineData(8, 0, 1)]   // turned anticlockwise: bottom left
    [InlineData(3, 1, 1)]   // upside down: bottom right
    public void A_photograph_is_embedded_upright(int orientation, int right, int bottom)
    {
        using var m = new TempManuscript();
        m.WriteBytes("images/photo.jpg", TestImages.MarkedJpeg(60, 40, orientation));
        var image = Assert.Single(Load(m).Book!.Images);

        using var bitmap = SkiaSharp.SKBitmap.Decode(image.Encoded.Span);
        Assert.Equal((image.Width, image.Height), (bitmap.Width, bitmap.Height));
        var marked = bitmap.GetPixel(right == 1 ? bitmap.Width - 3 : 2, bottom == 1 ? bitmap.Height - 3 : 2);
        var opposite = bitmap.GetPixel(right == 1 ? 2 : bitmap.Width - 3, bottom == 1 ? 2 : bitmap.Height - 3);
        Assert.True(marked.Red > 150 && marked.Green < 80, $"the marked corner is {marked}");
        Assert.True(opposite.Red < 160 && opposite.Green > 100, $"the opposite corner is {opposite}");
    }

    [Fact]
    public void The_pdf_embeds_a_phone_portrait_upright_in_an_upright_box()
    {
        using var m = new TempManuscript();
        m.WriteBytes("images/photo.jpg", TestImages.MarkedJpeg(60, 40, 6));
        var (book, diagnostics) = Load(m);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        using var bytes = new MemoryStream();
        new BookBuilder.Pdf.PdfEditionWriter().Write(BookBuilder.Plan.BookPlanner.Plan(book!), bytes,
            new BookBuilder.Publishing.BuildOptions { Timestamp = DateTimeOffset.UnixEpoch }, new DiagnosticBag());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes.ToArray());
        // The photograph, among the ornaments' emoji: the one passed through as a JPEG.
        var image = Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages()), i => i.RawBytes.Length > 2 && i.RawBytes[0] == 0xFF && i.RawBytes[1] == 0xD8);
        // The stored picture is 60 x 40 and turned clockwise: the PDF holds it 40 x 60, in a portrait box.
        Assert.Equal((40, 60), (image.WidthInSamples, image.HeightInSamples));
        Assert.True(image.BoundingBox.Height > image.BoundingBox.Width, $"drawn {image.BoundingBox.Width} x {image.BoundingBox.Height}");
        // Its pixels are upright: the marked corner of the stored picture is now top right.
        using var bitmap = SkiaSharp.SKBitmap.Decode(image.RawBytes.ToArray());
        var marked = bitmap.GetPixel(bitmap.Width - 3, 2);
        Assert.True(marked.Red > 150 && marked.Green < 80, $"the top right corner is {marked}");
    }

    [Fact]
    public void An_upright_photograph_is_embedded_as_it_is()
    {
        using var m = new TempManuscript();
        var jpeg = TestImages.MarkedJpeg(60, 40, 1);
        m.WriteBytes("images/photo.jpg", jpeg);
        Assert.Equal(jpeg, Assert.Single(Load(m).Book!.Images).Encoded.ToArray());
    }

    [Theory]
    [InlineData("photo.jpg")]
    [InlineData("photo.png")]
    public void A_file_cut_short_is_refused_at_its_place(string name)
    {
        using var m = new TempManuscript();
        var whole = name.EndsWith(".jpg", StringComparison.Ordinal) ? TestImages.NoisyJpeg(200, 150) : NoisyPng(200, 150);
        m.WriteBytes("images/" + name, whole[..(whole.Length / 2)]);
        var (book, diagnostics) = Load(m, $"![A photograph](images/{name})");
        var error = Assert.Single(diagnostics, d => d.Code == "BB043");
        Assert.Equal(("two.md", 5), (error.File, error.Line));
        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
        Assert.Empty(book!.Images);
    }

    [Fact]
    public async Task A_large_metadata_chunk_is_dropped_unread()
    {
        using var m = new TempManuscript();
        m.WriteBytes("images/photo.png", TestImages.PngWithChunk("tEXt", 20 * 1024 * 1024));
        // Whether the decoder is ever given the chunk: it used to take over a minute over it.
        var load = Task.Run(() => Load(m, "![A picture](images/photo.png)"));
        Assert.True(await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30))) == load, "reading a PNG with a 20 MB text chunk took more than 30 s");
        var (book, diagnostics) = await load;
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var image = Assert.Single(book!.Images);
        Assert.True(image.Encoded.Length < 10_000, $"{image.Encoded.Length} bytes embedded");
        Assert.Equal((8, 8), (image.Width, image.Height));
    }

    [Fact]
    public void An_image_file_larger_than_its_limit_is_refused_unread()
    {
        using var m = new TempManuscript();
        var path = m.WriteBytes("images/photo.jpg", TestImages.MarkedJpeg(60, 40, 1));
        using (var f = new FileStream(path, FileMode.Open)) f.SetLength(InputLimits.ImageFileBytes + 1);
        var error = Assert.Single(Load(m).Diagnostics, d => d.Code == "BB048");
        Assert.Equal(("two.md", 5, Severity.Error), (error.File, error.Line, error.Severity));
    }

    [Fact]
    public void The_books_images_together_stay_within_their_pixel_budget()
    {
        using var m = new TempManuscript();
        for (var i = 0; i < 4; i++) m.WriteBytes($"images/plain-{i}.png", TestImages.Png(100, 100));
        var diagnostics = new DiagnosticBag();
        var resolver = new ImageResolver(ManuscriptFolder.Open(m.Root)!, diagnostics, pixelBudget: 35_000);
        var resolved = Enumerable.Range(0, 4).Select(i => resolver.Resolve($"images/plain-{i}.png", "Plain", "two.md", new SourceSpan("two.md", 5 + i, 1))).ToList();
        // The same picture again costs nothing more.
        Assert.NotNull(resolver.Resolve("images/plain-0.png", "Plain again", "two.md", new SourceSpan("two.md", 9, 1)));

        Assert.Equal(3, resolved.Count(r => r is not null));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("BB049", "two.md", 8), (error.Code, error.File, error.Line));
        Assert.Contains("0.035 megapixels", error.Message, StringComparison.Ordinal);
    }

    private static byte[] NoisyPng(int width, int height)
    {
        using var bitmap = SkiaSharp.SKBitmap.Decode(TestImages.NoisyJpeg(width, height));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

}
