using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Output;
using BookBuilder.Tests.Pdf.Text;
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
