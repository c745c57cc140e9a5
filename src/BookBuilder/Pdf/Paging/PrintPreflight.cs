using System.Globalization;
using System.Text;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Pdf.Paging;

/// <summary>An image as the print edition prints it: its page, pixels and resolution at its printed size.</summary>
public sealed record PrintedImage(string Page, string File, int PixelWidth, int PixelHeight, float Ppi, SourceSpan Source);

/// <summary>
/// What a printer checks before a print edition goes to press: the pages left blank (left-hand
/// pages before a division that opens on the right), the resolution of every image at the size it
/// is printed, and whether any colour other than grey is left in the page content.
/// </summary>
public sealed record PrintPreflight(IReadOnlyList<string> BlankPages, IReadOnlyList<PrintedImage> Images, int ColourOperations)
{
    /// <summary>Pixels per inch an image needs at its printed size.</summary>
    public const float MinimumPpi = 300;

    /// <summary>Right-hand pages whose last line ends in a hyphen: the reader turns the page in the middle of a word.</summary>
    public IReadOnlyList<string> RectoHyphenPages { get; init; } = [];

    /// <summary>Spreads inside divisions and how far apart their last baselines are (see <see cref="SpreadBalancer"/>).</summary>
    public IReadOnlyList<Spread> Spreads { get; init; } = [];

    /// <summary>Reads the laid-out book.</summary>
    public static PrintPreflight From(TypesetResult book) => From(book.Pages) with { RectoHyphenPages = book.RectoHyphenPages, Spreads = book.Spreads };

    /// <summary>Reads the laid-out pages (coordinates do not matter here).</summary>
    public static PrintPreflight From(IReadOnlyList<PageFrame> frames)
    {
        var blank = new List<string>();
        var images = new List<PrintedImage>();
        var colour = 0;
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            var label = frame.Label ?? (i + 1).ToString(CultureInfo.InvariantCulture);
            if (frame.Ops.Count == 0) blank.Add(label);
            foreach (var op in frame.Ops)
            {
                switch (op)
                {
                    case ImageOp image when image.PixelWidth > 0 && image.PixelHeight > 0:
                        var ppi = Math.Min(image.PixelWidth / (image.Width / 72f), image.PixelHeight / (image.Height / 72f));
                        images.Add(new PrintedImage(label, Path.GetFileName(image.Image.RelativePath), image.PixelWidth, image.PixelHeight, ppi, image.Source));
                        break;
                    case TextOp t when !IsGrey(t.ColorArgb):
                    case RuleOp r when !IsGrey(r.ColorArgb):
                    case RectOp f when !IsGrey(f.ColorArgb):
                        colour++;
                        break;
                }
            }
        }
        return new PrintPreflight(blank, images, colour);
    }

    private static bool IsGrey(uint argb) => ((argb >> 16) & 0xFF) == ((argb >> 8) & 0xFF) && ((argb >> 8) & 0xFF) == (argb & 0xFF);

    /// <summary>Images below <see cref="MinimumPpi"/>, as warnings at their place in the manuscript.</summary>
    public IEnumerable<Diagnostic> ToDiagnostics() =>
        Images.Where(i => i.Ppi < MinimumPpi - 0.5f).Select(i => PdfPrintResolution.At(i.Source, i.Page,
            $"image {i.File} prints at {Math.Floor(i.Ppi).ToString(CultureInfo.InvariantCulture)} ppi ({i.PixelWidth} x {i.PixelHeight} px); print needs {MinimumPpi} ppi: give it more pixels or a smaller size"));

    /// <summary>The print section of the preflight report.</summary>
    public override string ToString()
    {
        var nl = Environment.NewLine;
        var s = new StringBuilder();
        s.Append("  print:").Append(nl);
        s.Append(CultureInfo.InvariantCulture, $"    blank pages:      {BlankPages.Count}{(BlankPages.Count > 0 ? " (" + string.Join(", ", BlankPages) + ")" : "")}").Append(nl);
        s.Append(CultureInfo.InvariantCulture, $"    recto hyphens:    {RectoHyphenPages.Count}{(RectoHyphenPages.Count > 0 ? " (" + string.Join(", ", RectoHyphenPages) + ")" : "")}").Append(nl);
        var apart = Spreads.Where(p => p.LinesApart > 0).ToList();
        s.Append(CultureInfo.InvariantCulture, $"    facing pages:     {Spreads.Count - apart.Count} of {Spreads.Count} spreads end on one baseline{(apart.Count > 0 ? "; apart: " + string.Join(", ", apart.Select(p => $"{p.Verso}-{p.Recto} by {p.LinesApart}")) : "")}").Append(nl);
        s.Append(CultureInfo.InvariantCulture, $"    colour left:      {(ColourOperations == 0 ? "none (text, rules and images in grey)" : ColourOperations + " drawing operations")}").Append(nl);
        s.Append(CultureInfo.InvariantCulture, $"    images:           {Images.Count}, {Images.Count(i => i.Ppi < MinimumPpi - 0.5f)} below {MinimumPpi} ppi").Append(nl);
        foreach (var i in Images)
            s.Append(CultureInfo.InvariantCulture, $"      page {i.Page}: {i.File}, {i.PixelWidth} x {i.PixelHeight} px at {Math.Floor(i.Ppi)} ppi{(i.Ppi < MinimumPpi - 0.5f ? " (low)" : "")}").Append(nl);
        return s.ToString();
    }
}
