using System.Text;
using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Layout;
using BookBuilder.Typography;
using SkiaSharp;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// Paints page frames onto Skia's PDF canvas, one draw op at a time. Text goes in as positioned
/// runs that carry their UTF-8 text and clusters, so that Skia writes ActualText and copy, search
/// and screen readers get the characters back (ligatures as letters, emoji as code points).
/// </summary>
internal sealed class SkiaPagePainter : IDisposable
{
    private readonly EmbeddedFonts _fonts;
    private readonly FontRegistry _faces;
    private readonly DiagnosticBag? _diagnostics;
    private readonly Dictionary<string, SKImage?> _images = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly List<(int Page, string Target)> _links = [];
    private readonly List<OutlineEntry> _outline = [];
    // Reused across ops: the builder is emptied by every Build, fonts and paints are immutable here.
    private readonly SKTextBlobBuilder _builder = new();
    private readonly Dictionary<(int FontId, float Size), (SKFont, float[], float)> _fontCache = new();
    private readonly Dictionary<int, (float[] Advances, int EmSize)> _advances = new();
    private readonly Dictionary<uint, SKPaint> _paints = new();

    /// <summary>How far (in points) a glyph may be moved to continue the text string before it.</summary>
    private const float SnapTolerance = 0.005f;

    public SkiaPagePainter(EmbeddedFonts fonts, FontRegistry faces, DiagnosticBag? diagnostics)
    {
        _fonts = fonts;
        _faces = faces;
        _diagnostics = diagnostics;
    }

    /// <summary>Outline entries met so far, in document order.</summary>
    public IReadOnlyList<OutlineEntry> Outline => _outline;

    /// <summary>Paints <paramref name="page"/>, the <paramref name="position"/>-th page of the document (0-based).</summary>
    public void Paint(SKCanvas canvas, PageFrame page, int position)
    {
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case TextOp t: DrawText(canvas, t); break;
                case RuleOp r: DrawRule(canvas, r); break;
                case RectOp r: DrawRect(canvas, r); break;
                case ImageOp i: DrawImage(canvas, i, page); break;
                case UrlLinkOp u:
                    canvas.DrawUrlAnnotation(SKRect.Create(u.X, u.Y, u.Width, u.Height), u.Url)?.Dispose();
                    break;
                case InternalLinkOp l:
                    canvas.DrawLinkDestinationAnnotation(SKRect.Create(l.X, l.Y, l.Width, l.Height), l.TargetId)?.Dispose();
                    _links.Add((position, l.TargetId));
                    break;
                case AnchorOp a:
                    if (_anchors.Add(a.Id))
                        canvas.DrawNamedDestinationAnnotation(new SKPoint(a.X, a.Y), a.Id)?.Dispose();
                    else
                        Warn(PdfAnchorTwice, a.Id, PageName(page));
                    break;
                case OutlineOp o:
                    _outline.Add(new OutlineEntry(position, o.Y, o.Level, o.Title));
                    break;
                default:
                    Warn(PdfDrawOpUnsupported, op.GetType().Name);
                    break;
            }
        }
    }

    /// <summary>Reports internal links whose target no anchor defines (call after the last page).</summary>
    public void ReportDanglingLinks()
    {
        foreach (var (page, target) in _links.Where(l => !_anchors.Contains(l.Target)).DistinctBy(l => l.Target))
            Warn(PdfLinkDangling, page + 1, target);
    }

    private void DrawText(SKCanvas canvas, TextOp op)
    {
        var runs = op.Text.Runs;
        if (runs.Count == 0) return;
        float pen = 0;
        foreach (var run in runs)
        {
            if (run.Glyphs.Length > 0) AddRun(_builder, run, pen);
            pen += run.Width;
        }
        using var blob = _builder.Build(); // also empties the builder for the next op
        if (blob is null) return;
        canvas.DrawText(blob, op.X, op.Baseline, Paint(op.ColorArgb));
    }

    private void AddRun(SKTextBlobBuilder builder, ShapedRun run, float pen)
    {
        var (font, advances, scale) = Font(run.FontId, run.Size);
        int n = run.Glyphs.Length;
        int utf8Length = Encoding.UTF8.GetByteCount(run.Text);
        var buffer = builder.AllocatePositionedTextRun(font, n, utf8Length);

        run.Glyphs.AsSpan().CopyTo(buffer.Glyphs);
        var positions = buffer.Positions;
        // Skia's PDF backend starts a new text position (a Td) for every glyph that is not exactly,
        // in floats, where the advances of the glyphs before it put it, so shaped positions that
        // differ from Skia's sums only by rounding would make every glyph a string of its own.
        // Mirroring its positioner (which starts each run at the blob origin), a glyph within
        // SnapTolerance of where Skia expects it is put exactly there; kerning and anything larger
        // keep their own position.
        var origin = SKPoint.Empty;
        float advance = 0;
        for (int i = 0; i < n; i++)
        {
            var xy = new SKPoint(pen + run.XOffsets[i], -run.YOffsets[i]);
            if (xy.Y == origin.Y && Math.Abs(xy.X - origin.X - advance) <= SnapTolerance && Snap(origin.X, advance) is { } x)
                xy.X = x;
            if (xy.X - origin.X != advance || xy.Y != origin.Y)
            {
                origin = xy;
                advance = 0;
            }
            ushort g = run.Glyphs[i];
            advance += scale * (g < advances.Length ? advances[g] : 0);
            positions[i] = xy;
        }
        Encoding.UTF8.GetBytes(run.Text, buffer.Text);

        // Clusters are UTF-16 offsets in the model and UTF-8 byte offsets in Skia.
        var utf8Offsets = Utf8Offsets(run.Text);
        var clusters = buffer.Clusters;
        for (int i = 0; i < n; i++) clusters[i] = (uint)utf8Offsets[Math.Clamp(run.Clusters[i], 0, run.Text.Length)];
    }

    /// <summary>An x with x - origin == advance exactly in floats, if one is next to origin + advance.</summary>
    private static float? Snap(float origin, float advance)
    {
        float x = origin + advance;
        if (x - origin == advance) return x;
        float up = MathF.BitIncrement(x), down = MathF.BitDecrement(x);
        if (up - origin == advance) return up;
        if (down - origin == advance) return down;
        return null;
    }

    /// <summary>
    /// The Skia font for a font id and size, with the glyph advances in font units (the subset
    /// keeps the glyph ids and metrics of the full face) and Skia's scale from units to points.
    /// </summary>
    private (SKFont Font, float[] Advances, float Scale) Font(int fontId, float size)
    {
        if (_fontCache.TryGetValue((fontId, size), out var known)) return known;
        var typeface = _fonts[fontId];
        if (!_advances.TryGetValue(fontId, out var units))
        {
            // Whole font units, which is how Skia's PDF backend sums advances.
            var face = _faces[fontId];
            var widths = new float[face.GlyphCount];
            for (int g = 0; g < widths.Length; g++) widths[g] = face.HbFont.GetHorizontalGlyphAdvance((uint)g);
            _advances[fontId] = units = (widths, face.UnitsPerEm > 0 ? face.UnitsPerEm : 1000);
        }
        var font = new SKFont(typeface, size)
        {
            Subpixel = true,
            LinearMetrics = true,
            Hinting = SKFontHinting.None,
            Edging = SKFontEdging.Antialias,
        };
        return _fontCache[(fontId, size)] = (font, units.Advances, size * 1f / units.EmSize); // Skia: size * scaleX / emSize
    }

    private SKPaint Paint(uint colorArgb)
    {
        if (!_paints.TryGetValue(colorArgb, out var paint))
            _paints[colorArgb] = paint = new SKPaint { Color = new SKColor(colorArgb), IsAntialias = true };
        return paint;
    }

    /// <summary>UTF-8 byte offset of every UTF-16 index of <paramref name="text"/> (and of its end).</summary>
    private static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        int bytes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                offsets[++i] = bytes; // a low surrogate shares its pair's offset
                bytes += 4;
            }
            else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        offsets[text.Length] = bytes;
        return offsets;
    }

    private static void DrawRule(SKCanvas canvas, RuleOp op)
    {
        using var paint = new SKPaint
        {
            Color = new SKColor(op.ColorArgb),
            Style = SKPaintStyle.Stroke,
            StrokeWidth = op.Thickness,
            StrokeCap = SKStrokeCap.Butt,
            IsAntialias = true,
        };
        canvas.DrawLine(op.X1, op.Y1, op.X2, op.Y2, paint);
    }

    private static void DrawRect(SKCanvas canvas, RectOp op)
    {
        using var paint = new SKPaint { Color = new SKColor(op.ColorArgb), Style = SKPaintStyle.Fill };
        canvas.DrawRect(SKRect.Create(op.X, op.Y, op.Width, op.Height), paint);
    }

    private void DrawImage(SKCanvas canvas, ImageOp op, PageFrame page)
    {
        if (!_images.TryGetValue(op.Image.Id, out var image))
        {
            // The model's bytes, upright: never the file again, which may have changed since it was read.
            image = SKImage.FromEncodedData(op.Image.Encoded.Span);
            if (image is null)
                _diagnostics?.Report(PdfImageUnreadable, op.Image.RelativePath, 0, 0, PageName(page));
            _images[op.Image.Id] = image; // one SKImage per picture: Skia then embeds it once
        }
        if (image is null) return;
        canvas.DrawImage(image, SKRect.Create(op.X, op.Y, op.Width, op.Height),
            new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), null);
    }

    private static string PageName(PageFrame page) => page.Label ?? $"#{page.Index + 1}";

    private void Warn(DiagnosticCode code, params object?[] args) => _diagnostics?.Report(code, "", 0, 0, args);

    public void Dispose()
    {
        foreach (var image in _images.Values) image?.Dispose();
        foreach (var (font, _, _) in _fontCache.Values) font.Dispose();
        foreach (var paint in _paints.Values) paint.Dispose();
        _builder.Dispose();
    }
}
