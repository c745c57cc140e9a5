using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Paging;
using BookBuilder.Publishing;
using BookBuilder.Typography;

namespace BookBuilder.Pdf;

/// <summary>
/// The PDF laid out in pages and not yet written: the typeset pages, the fonts and measurer they
/// were set with, and what laying out found (the hyphenation patterns missing), which the PDF
/// reports when it is written.
/// </summary>
public sealed class PdfLayout : PagedLayout
{
    /// <summary>The pages and the preflight report.</summary>
    public required TypesetResult Result { get; init; }
    /// <summary>The faces the text was shaped with, which the PDF embeds.</summary>
    public required FontRegistry Fonts { get; init; }
    /// <summary>The measurer that shaped the text; it knows the characters no font has.</summary>
    public required HarfBuzzTextMeasurer Measurer { get; init; }
    public required BuildOptions Options { get; init; }
    /// <summary>What laying out found, reported when the PDF is written.</summary>
    public required DiagnosticBag Diagnostics { get; init; }
    /// <summary>How long laying out took, counted in the PDF's time.</summary>
    public required TimeSpan Elapsed { get; init; }
}
