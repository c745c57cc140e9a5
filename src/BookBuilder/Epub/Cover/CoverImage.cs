using BookBuilder.Plan;
using BookBuilder.Typography;
using SkiaSharp;

namespace BookBuilder.Epub.Cover;

/// <summary>
/// Draws the cover from the book's metadata: ornament, title, subtitle and authors on a plain
/// field. 1600 x 2400 pixels (3.84 megapixels) stays under the 4-megapixel limit that some
/// stores and readers impose. Flat colours keep the PNG small, and the same input gives the
/// same bytes because nothing depends on time or system fonts.
/// </summary>
internal static class CoverImage
{
    /// <summary>Width of the cover in pixels.</summary>
    public const int Width = 1600;

    /// <summary>Height of the cover in pixels.</summary>
    public const int Height = 2400;

    private const float Margin = 170;
    private static readonly SKColor Field = new(0x1C, 0x2A, 0x3A);
    private static readonly SKColor Ink = new(0xF4, 0xEB, 0xD9);
    private static readonly SKColor Accent = new(0xC9, 0xA2, 0x4A);

    /// <summary>Renders the cover as PNG bytes. Throws <see cref="IOException"/> when a font cannot be read.</summary>
    internal static byte[] RenderPng(TitlePagePlan page, CoverText text)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(Field);
        Frame(canvas);

        var (lines, ruleY) = Layout(page, text);
        using (var rule = new SKPaint { Color = Accent, IsAntialias = true, StrokeWidth = 5 })
            canvas.DrawLine(Width / 2f - 150, ruleY, Width / 2f + 150, ruleY, rule);
        foreach (var placed in lines) Draw(canvas, text, placed.Line, placed.Baseline);

        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        // The "Sub" filter suits a cover of flat colour fields: half the encoding time of the
        // default filter search for a file a few percent larger.
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6))
            ?? throw new InvalidOperationException("the cover could not be encoded as PNG");
        return data.ToArray();
    }

    /// <summary>
    /// Places every line of the cover. The byline sits at the foot; title and subtitle shrink
    /// together until they clear it, so a long title never runs into the authors' names.
    /// </summary>
    internal static (IReadOnlyList<PlacedLine> Lines, float RuleY) Layout(TitlePagePlan page, CoverText text)
    {
        var bold = new TextStyle(FontFamilyRole.Serif, 0, Bold: true);
        var regular = new TextStyle(FontFamilyRole.Serif, 0);
        var bylineLines = new List<PlacedLine>();
        var bylineTop = Height - 200f;
        if (page.Byline.Length > 0)
        {
            var byline = Fit(page.Byline, text, regular, 76, 44, maxLines: 2);
            var by = Height - 330f - (byline.Lines.Count - 1) * byline.Size * 1.25f;
            bylineTop = by - byline.Size;
            foreach (var line in byline.Lines)
            {
                bylineLines.Add(new PlacedLine(CoverRole.Byline, line, by, byline.Size));
                by += byline.Size * 1.25f;
            }
        }

        var ornament = page.Ornament is null ? null : text.Shape(page.Ornament.Trim(), regular.WithSize(190));
        for (var scale = 1f; ; scale *= 0.9f)
        {
            var block = new List<PlacedLine>();
            var y = 470f;
            if (ornament is not null)
            {
                y += 190;
                block.Add(new PlacedLine(CoverRole.Ornament, ornament, y, 190));
                y += 170;
            }
            else
            {
                y += 250;
            }

            var title = Fit(page.Title, text, bold, 132 * scale, 72 * scale, maxLines: 5);
            foreach (var line in title.Lines)
            {
                y += title.Size * 1.2f;
                block.Add(new PlacedLine(CoverRole.Title, line, y, title.Size));
            }
            var ruleY = y + 90;
            y = ruleY + 30;

            if (page.Subtitle is not null)
            {
                var subtitle = Fit(page.Subtitle, text, regular, 70 * scale, 46 * scale, maxLines: 4);
                foreach (var line in subtitle.Lines)
                {
                    y += subtitle.Size * 1.3f;
                    block.Add(new PlacedLine(CoverRole.Subtitle, line, y, subtitle.Size));
                }
            }

            if (y <= bylineTop - 100 || scale < 0.5f) return ([.. block, .. bylineLines], ruleY);
        }
    }

    private static void Frame(SKCanvas canvas)
    {
        using var outer = new SKPaint { Color = Accent, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 8 };
        using var inner = new SKPaint { Color = Accent.WithAlpha(150), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3 };
        canvas.DrawRect(new SKRect(70, 70, Width - 70, Height - 70), outer);
        canvas.DrawRect(new SKRect(95, 95, Width - 95, Height - 95), inner);
    }

    /// <summary>Draws a shaped line centred horizontally with its baseline at <paramref name="baseline"/>.</summary>
    private static void Draw(SKCanvas canvas, CoverText text, ShapedText line, float baseline)
    {
        using var blob = text.ToBlob(line);
        if (blob is null) return;
        using var paint = new SKPaint { Color = Ink, IsAntialias = true };
        canvas.DrawText(blob, (Width - line.Width) / 2f, baseline, paint);
    }

    /// <summary>
    /// Breaks text into centred lines no wider than the frame, shrinking the size until it fits in
    /// <paramref name="maxLines"/> (a long title gets smaller rather than running off the cover).
    /// </summary>
    private static (IReadOnlyList<ShapedText> Lines, float Size) Fit(string words, CoverText text, TextStyle style,
        float size, float minSize, int maxLines)
    {
        var maxWidth = Width - 2 * Margin;
        while (true)
        {
            var lines = Wrap(words, text, style.WithSize(size), maxWidth);
            if ((lines.Count <= maxLines && lines.All(l => l.Width <= maxWidth)) || size <= minSize) return (lines, size);
            size = Math.Max(minSize, size * 0.9f);
        }
    }

    private static List<ShapedText> Wrap(string text, CoverText shaper, TextStyle style, float maxWidth)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<ShapedText>();
        var current = "";
        ShapedText? shaped = null;
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            var line = shaper.Shape(candidate, style);
            if (line.Width > maxWidth && shaped is not null)
            {
                lines.Add(shaped);
                current = word;
                shaped = shaper.Shape(word, style);
            }
            else
            {
                current = candidate;
                shaped = line;
            }
        }
        if (shaped is not null) lines.Add(shaped);
        return lines;
    }
}
