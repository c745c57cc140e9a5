using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Pdf.Output;
using BookBuilder.Tests.Typography;
using UglyToad.PdfPig;
using static BookBuilder.Tests.Pdf.Output.PdfTextReader;

namespace BookBuilder.Tests.Pdf.Output;

[Collection(FontsCollection.Name)]
public sealed class PdfWriterTests(FontsFixture fx)
{
    private byte[] WriteSample(DiagnosticBag? diagnostics = null)
    {
        using var ms = new MemoryStream();
        PdfWriter.Write(SampleDocument.Build(fx.Measurer), fx.Fonts, SampleDocument.Info, ms, diagnostics);
        var bytes = ms.ToArray();
        var keep = Environment.GetEnvironmentVariable("BOOKBUILDER_KEEP_SAMPLE_PDF");
        if (!string.IsNullOrEmpty(keep)) File.WriteAllBytes(keep, bytes);
        return bytes;
    }

    [Fact]
    public void Text_reads_back_equal_to_the_input_with_ligatures_and_emoji()
    {
        using var pdf = PdfDocument.Open(WriteSample());

        Assert.Equal(3, pdf.NumberOfPages);
        Assert.Equal(Squash(SampleDocument.TitleLine), ReadWithoutSpaces(pdf.GetPage(1)));
        Assert.Equal(
            Squash(SampleDocument.SansHeading + SampleDocument.BodyLine1 + SampleDocument.BodyLine2 + SampleDocument.LinkLine),
            ReadWithoutSpaces(pdf.GetPage(2)));
    }

    [Fact]
    public void Two_writes_are_byte_identical()
    {
        var a = WriteSample();
        var b = WriteSample();

        Assert.True(a.AsSpan().SequenceEqual(b), $"outputs differ ({a.Length} vs {b.Length} bytes)");
    }
}

[Collection(FontsCollection.Name)]
public sealed class PdfWriterStructureTests(FontsFixture fx)
{
    private byte[] Write(IReadOnlyList<BookBuilder.Pdf.Layout.PageFrame> pages, DiagnosticBag? diagnostics = null)
    {
        using var ms = new MemoryStream();
        PdfWriter.Write(pages, fx.Fonts, SampleDocument.Info, ms, diagnostics);
        return ms.ToArray();
    }

    [Fact]
    public void Text_fonts_are_subset_CID_TrueType_and_emoji_are_pictures_not_Type3_fonts()
    {
        var pdf = Write(SampleDocument.Build(fx.Measurer));
        var fonts = PdfStructure.Fonts(pdf);

        Assert.Equal(4, fonts.Count); // sans semibold, serif regular, italic, semibold
        Assert.All(fonts, f =>
        {
            Assert.Equal("/Type0", f.Subtype);
            Assert.Matches(@"^/[A-Z]{6}\+", f.BaseFont);
            Assert.Equal("/CIDFontType2", f.DescendantSubtype);
            Assert.True(f.HasFontFile2);
            Assert.InRange(f.FontFileLength, 1, 60_000); // the full faces are 200-380 KB
        });
        // The four emoji of the title line are four pictures with a soft mask each, drawn once each.
        using var doc = PdfStructure.Open(pdf);
        var images = doc.Internals.GetAllObjects().OfType<PdfSharp.Pdf.PdfDictionary>()
            .Where(d => d.Elements.GetName("/Subtype") == "/Image" && d.Elements.GetName("/ColorSpace") == "/DeviceRGB").ToArray();
        Assert.Equal(4, images.Length);
        Assert.All(images, i => Assert.NotNull(i.Elements.GetReference("/SMask")));
    }

    [Fact]
    public void Emoji_pictures_have_300_pixels_per_inch_at_their_size()
    {
        var style = new BookBuilder.Typography.TextStyle(BookBuilder.Typography.FontFamilyRole.Serif, 36);
        var op = new BookBuilder.Pdf.Layout.TextOp(54, 100, fx.Measurer.Shape("🤔", style));

        var pdf = Write([new BookBuilder.Pdf.Layout.PageFrame(0, 432, 648, [op], "1")]);

        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var image = Assert.Single(doc.GetPage(1).GetImages());
        var ppi = image.WidthInSamples / (image.BoundingBox.Width / 72);
        Assert.InRange(ppi, 299, 310);
    }

    [Fact]
    public void A_page_of_body_text_with_four_emoji_stays_small()
    {
        var body = new BookBuilder.Typography.TextStyle(BookBuilder.Typography.FontFamilyRole.Serif, 10.5f);
        var ops = new List<BookBuilder.Pdf.Layout.DrawOp>();
        for (int line = 0; line < 40; line++)
            ops.Add(new BookBuilder.Pdf.Layout.TextOp(54, 60 + line * 13,
                fx.Measurer.Shape($"Line {line}: the quick brown fox jumps over the lazy dog, officially.", body)));
        ops.Add(new BookBuilder.Pdf.Layout.TextOp(54, 600, fx.Measurer.Shape("🇮🇱🤝🇷🇺🤔", body)));

        var pdf = Write([new BookBuilder.Pdf.Layout.PageFrame(0, 432, 648, ops, "1")]);

        Assert.InRange(pdf.Length, 5_000, 80_000);
    }

    [Fact]
    public void Glyphs_drawn_wider_or_narrower_keep_their_places_their_shapes_scaled_and_their_text()
    {
        // One line as designed, one 2% wider, one 2% narrower: each glyph starts where the layout
        // put it, its drawn width follows the scale, and the text reads back unchanged.
        var body = new BookBuilder.Typography.TextStyle(BookBuilder.Typography.FontFamilyRole.Serif, 10.5f);
        const string line = "Rivers carry water, sediment and dissolved minerals to the sea.";
        var shaped = fx.Measurer.Shape(line, body);
        var factors = new[] { 1f, 1.02f, 0.98f };
        var ops = factors.Select((f, i) => (BookBuilder.Pdf.Layout.DrawOp)new BookBuilder.Pdf.Layout.TextOp(54, 100 + i * 20, shaped.WithScale(f))).ToList();

        var pdf = Write([new BookBuilder.Pdf.Layout.PageFrame(0, 432, 648, ops, "1")]);

        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = doc.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var rows = letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList()).ToList();
        Assert.Equal(3, rows.Count);
        var plain = rows[0];
        for (var r = 0; r < 3; r++)
        {
            Assert.Equal(line.Replace(" ", ""), string.Concat(rows[r].Select(l => l.Value)));
            var run = shaped.WithScale(factors[r]).Runs[0];
            var glyphs = Enumerable.Range(0, run.Glyphs.Length).Where(g => !char.IsWhiteSpace(run.Text[run.Clusters[g]])).ToList();
            for (var k = 0; k < glyphs.Count; k++)
            {
                // Each glyph starts at its scaled pen position, to a hundredth of a point.
                Assert.Equal(54 + run.XOffsets[glyphs[k]], rows[r][k].StartBaseLine.X, 0.02);
                // And is drawn that much wider or narrower than the same glyph as designed.
                Assert.Equal(factors[r], (rows[r][k].EndBaseLine.X - rows[r][k].StartBaseLine.X) / (plain[k].EndBaseLine.X - plain[k].StartBaseLine.X), 0.001);
            }
        }
        Assert.Equal(3, doc.GetPage(1).Text.Split(line).Length - 1);
    }

    [Fact]
    public void Glyphs_of_a_word_share_text_strings_instead_of_one_position_each()
    {
        var body = new BookBuilder.Typography.TextStyle(BookBuilder.Typography.FontFamilyRole.Serif, 10.5f);
        var words = "minimum summation unanimous communion".Split(' ');
        var ops = words.Select((w, i) => (BookBuilder.Pdf.Layout.DrawOp)new BookBuilder.Pdf.Layout.TextOp(54 + i * 90.3f, 100, fx.Measurer.Shape(w, body))).ToList();
        int glyphs = ops.Sum(o => ((BookBuilder.Pdf.Layout.TextOp)o).Text.Runs.Sum(r => r.Glyphs.Length));

        var content = PdfStructure.PageContent(Write([new BookBuilder.Pdf.Layout.PageFrame(0, 432, 648, ops, "1")]), 0);

        // The words of a line are one TJ array: a new position (Tm) at most once per word, and the
        // glyphs of a word in one string, split only where kerning or the gap to the next word
        // moves the pen; rounding alone must not split them.
        int positions = System.Text.RegularExpressions.Regex.Count(content, @"\bTm\b");
        int strings = System.Text.RegularExpressions.Regex.Count(content, @"<[0-9A-F]+>");
        Assert.InRange(positions, 1, words.Length);
        Assert.InRange(strings, words.Length, glyphs / 2);
    }

    [Fact]
    public void Outline_is_nested_by_level_and_points_at_the_right_pages()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Write(SampleDocument.Build(fx.Measurer)));

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().ToArray();
        Assert.Equal(["Title page", "Chapter One", "Notes"], roots.Select(r => r.Title));
        Assert.Equal([1, 2, 3], roots.Select(r => r.PageNumber));
        var sections = roots[1].Children.Cast<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().ToArray();
        Assert.Equal(["A section", "Another section"], sections.Select(s => s.Title));
        Assert.Equal([2, 3], sections.Select(s => s.PageNumber));
        // y = 90 from the top of a 648 pt page is 558 in PDF coordinates.
        Assert.Equal(558, roots[1].Destination.Coordinates.Top!.Value, 1);
    }

    [Fact]
    public void Catalog_has_page_labels_language_and_viewer_preferences()
    {
        using var doc = PdfStructure.Open(Write(SampleDocument.Build(fx.Measurer)));
        var catalog = doc.Internals.Catalog;

        Assert.Equal("en-GB", catalog.Elements.GetString("/Lang"));
        Assert.True(catalog.Elements.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));
        Assert.Equal("/UseOutlines", catalog.Elements.GetName("/PageMode"));
        var nums = catalog.Elements.GetDictionary("/PageLabels")!.Elements.GetArray("/Nums")!;
        Assert.Equal(4, nums.Elements.Count); // [0 <</S /r>> 1 <</S /D>>]
        Assert.Equal(0, nums.Elements.GetInteger(0));
        Assert.Equal("/r", nums.Elements.GetDictionary(1)!.Elements.GetName("/S"));
        Assert.Equal(1, nums.Elements.GetInteger(2));
        Assert.Equal("/D", nums.Elements.GetDictionary(3)!.Elements.GetName("/S"));
        var dests = catalog.Elements.GetDictionary("/Dests")!;
        Assert.Equal(["/ch1", "/notes"], dests.Elements.Keys.Order());
    }

    [Fact]
    public void Links_and_named_destinations_are_written()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Write(SampleDocument.Build(fx.Measurer)));

        var uri = Assert.Single(pdf.GetPage(2).GetAnnotations());
        Assert.Equal(UglyToad.PdfPig.Annotations.AnnotationType.Link, uri.Type);
        Assert.Contains("example.org/notes", uri.AnnotationDictionary.ToString());
        var internalLink = Assert.Single(pdf.GetPage(3).GetAnnotations());
        Assert.Equal(UglyToad.PdfPig.Annotations.AnnotationType.Link, internalLink.Type);
        Assert.Contains("ch1", internalLink.AnnotationDictionary.ToString());
    }

    [Fact]
    public void Metadata_comes_from_the_info_with_fixed_dates()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Write(SampleDocument.Build(fx.Measurer)));
        var info = pdf.Information;

        Assert.Equal("Sample Book", info.Title);
        Assert.Equal("A. Writer", info.Author);
        Assert.Equal("BookBuilder", info.Creator);
        Assert.Contains("BookBuilder", info.Producer);
        Assert.Equal(SampleDocument.Info.Created, info.GetCreatedDateTimeOffset());
        Assert.Equal(SampleDocument.Info.Created, info.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void Unreadable_image_and_dangling_link_become_warnings_not_exceptions()
    {
        var bag = new DiagnosticBag();
        var pages = new[]
        {
            new BookBuilder.Pdf.Layout.PageFrame(0, 200, 200,
            [
                new BookBuilder.Pdf.Layout.ImageOp(10, 10, 50, 50, new BookImage("broken", "images/broken.png", "image/png", "", 4, 4) { Encoded = new byte[] { 0x89, 0x50, 0x4E, 0x47 } }),
                new BookBuilder.Pdf.Layout.InternalLinkOp(10, 80, 50, 10, "nowhere"),
            ], null),
        };

        var pdf = Write(pages, bag);

        Assert.True(pdf.Length > 0);
        Assert.Contains(bag.Items, d => d.Code == "PDF003" && d.File == "images/broken.png");
        Assert.Contains(bag.Items, d => d.Code == "PDF006" && d.Message.Contains("nowhere"));
        Assert.False(bag.HasErrors);
    }
}

[Collection(FontsCollection.Name)]
public sealed class PdfWriterImageTests(FontsFixture fx)
{
    [Fact]
    public void Images_are_embedded_once_however_often_they_are_drawn()
    {
        byte[] png;
        using (var bitmap = new SkiaSharp.SKBitmap(40, 30))
        {
            bitmap.Erase(new SkiaSharp.SKColor(200, 30, 30));
            using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
            png = data.ToArray();
        }
        var picture = new BookImage("red", "images/red.png", "image/png", "red", 40, 30) { Encoded = png };
        {
            var pages = Enumerable.Range(0, 2).Select(i => new BookBuilder.Pdf.Layout.PageFrame(i, 200, 200,
                [new BookBuilder.Pdf.Layout.ImageOp(20, 20, 80, 60, picture)], $"{i + 1}")).ToArray();
            var bag = new DiagnosticBag();
            using var ms = new MemoryStream();

            PdfWriter.Write(pages, fx.Fonts, SampleDocument.Info, ms, bag);

            Assert.Empty(bag.Items);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(ms.ToArray());
            var image = Assert.Single(pdf.GetPage(1).GetImages());
            Assert.Equal(40, image.WidthInSamples);
            Assert.Equal(80, image.BoundingBox.Width, 1);
            using var doc = PdfStructure.Open(ms.ToArray());
            int xobjects = doc.Internals.GetAllObjects()
                .OfType<PdfSharp.Pdf.PdfDictionary>()
                .Count(d => d.Elements.GetName("/Subtype") == "/Image" && d.Elements.GetName("/SMask") == "");
            Assert.Equal(1, xobjects);
        }
    }
}
