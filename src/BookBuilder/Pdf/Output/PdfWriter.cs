using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Layout;
using BookBuilder.Typography;
using SkiaSharp;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// Writes laid-out pages as a PDF: subsets every font to the glyphs drawn, paints the frames with
/// Skia's PDF backend, then adds outline, page labels, language and metadata with PDFsharp.
/// The output depends only on its inputs (fixed dates, no clock, no random ids).
/// </summary>
public static class PdfWriter
{
    /// <summary>
    /// Writes <paramref name="pages"/> to <paramref name="output"/>. The text in the frames must have
    /// been shaped against <paramref name="fonts"/>. Problems that do not stop the PDF (an image
    /// that cannot be decoded, a link to an unknown anchor) go to <paramref name="diagnostics"/>.
    /// </summary>
    public static void Write(IReadOnlyList<PageFrame> pages, FontRegistry fonts, PdfDocumentInfo info, Stream output,
        DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(output);
        if (pages.Count == 0) throw new ArgumentException("A PDF needs at least one page.", nameof(pages));

        using var embedded = new EmbeddedFonts(GlyphUsage.Collect(pages), fonts, diagnostics);
        using var skiaPdf = new MemoryStream();
        IReadOnlyList<OutlineEntry> outline;
        using (var painter = new SkiaPagePainter(embedded, fonts, diagnostics))
        {
            using (var document = SKDocument.CreatePdf(skiaPdf, Metadata(info)))
            {
                for (int i = 0; i < pages.Count; i++)
                {
                    var page = pages[i];
                    var canvas = document.BeginPage(page.Width, page.Height);
                    painter.Paint(canvas, page, i);
                    document.EndPage();
                }
                document.Close();
            }
            painter.ReportDanglingLinks();
            outline = painter.Outline;
        }

        skiaPdf.Position = 0;
        PdfPostProcessor.Apply(skiaPdf, output, pages, outline, info);
    }

    // Dates are left to the post-processor: SkiaSharp writes them in the machine's time zone,
    // which would make the file depend on where it was built.
    private static SKDocumentPdfMetadata Metadata(PdfDocumentInfo info) => new()
    {
        Title = info.Title,
        Author = info.Author,
        Subject = info.Subject,
        Keywords = info.Keywords,
        Creator = info.Creator,
        Producer = info.Producer,
        RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
        EncodingQuality = 101, // lossless for any raster fallback
    };
}
