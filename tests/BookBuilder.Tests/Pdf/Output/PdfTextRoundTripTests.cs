using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Output;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography;
using CsCheck;
using static BookBuilder.Tests.Pdf.Output.PdfTextReader;

namespace BookBuilder.Tests.Pdf.Output;

[Collection(FontsCollection.Name)]
public sealed class PdfTextRoundTripTests(FontsFixture fx)
{
    private static readonly string[] Tokens =
    [
        "a", "office", "affluent", "fjord", "AV", "Tokyo", " ", "—", "’", "“", "é", "1", "ffi", "fl",
        "🇮🇱", "🇷🇺", "🤝", "🤔", "👍", "👎", "👍🏽", "∀", "→",
    ];

    [Fact]
    public void Any_line_of_text_and_emoji_reads_back_from_the_pdf()
    {
        Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i]).Array[1, 20].Select(a => string.Concat(a))
            .Sample(text =>
            {
                var style = new TextStyle(FontFamilyRole.Serif, 9);
                var pages = new[] { new PageFrame(0, 600, 100, [new TextOp(10, 50, fx.Measurer.Shape(text, style))], null) };
                using var ms = new MemoryStream();
                PdfWriter.Write(pages, fx.Fonts, SampleDocument.Info, ms);

                using var pdf = UglyToad.PdfPig.PdfDocument.Open(ms.ToArray());
                Assert.Equal(Squash(text), ReadWithoutSpaces(pdf.GetPage(1)));
            }, iter: 40, threads: 1);
    }
}
