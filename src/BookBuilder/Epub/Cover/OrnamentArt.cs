using BookBuilder.Typography;
using SkiaSharp;

namespace BookBuilder.Epub.Cover;

/// <summary>An ornament drawn as a picture: its text (trimmed), its file inside OEBPS/ and the PNG bytes.</summary>
internal sealed record OrnamentImage(string Text, string ManifestId, string Href, byte[] Png, int Width, int Height);

/// <summary>
/// Draws the book's emoji ornaments (title, chapter and section dividers) as small transparent
/// PNGs with the book's colour emoji font. Many reading systems, e-ink readers above all, have no
/// emoji font and would show empty boxes for the characters; a picture looks the same everywhere.
/// Ornaments without emoji stay text. The same input gives the same bytes.
/// </summary>
internal static class OrnamentArt
{
    /// <summary>Size of the emoji em in pixels: sharp at the 2–3 em the stylesheet gives ornaments.</summary>
    public const float PixelSize = 96;

    /// <summary>
    /// Renders every distinct ornament of <paramref name="ornaments"/> that holds an emoji, in
    /// order of first appearance, as images/ornament-N.png, with the book's faces and fallbacks.
    /// Empty without an emoji font.
    /// </summary>
    public static IReadOnlyList<OrnamentImage> Render(IEnumerable<string?> ornaments, CoverText text)
    {
        var result = new List<OrnamentImage>();
        if (text.EmojiMetrics(PixelSize) is not var (ascent, descent)) return result;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ornament in ornaments)
        {
            var key = ornament?.Trim();
            if (string.IsNullOrEmpty(key) || !seen.Add(key)) continue;
            var line = text.Shape(key, new TextStyle(FontFamilyRole.Serif, PixelSize));
            if (!text.HasEmoji(line)) continue;
            var n = result.Count + 1;
            var (png, width, height) = Draw(line, text, MathF.Ceiling(ascent), MathF.Ceiling(descent));
            result.Add(new OrnamentImage(key, $"ornament-{n}", $"images/ornament-{n}.png", png, width, height));
        }
        return result;
    }

    private static (byte[] Png, int Width, int Height) Draw(ShapedText line, CoverText text, float ascent, float descent)
    {
        var height = (int)(ascent + descent);
        var width = Math.Max(1, (int)MathF.Ceiling(line.Width));

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Transparent);
        using (var blob = text.ToBlob(line))
        using (var paint = new SKPaint { Color = new SKColor(0x33, 0x33, 0x33), IsAntialias = true })
            if (blob is not null) surface.Canvas.DrawText(blob, 0, ascent, paint);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
            ?? throw new InvalidOperationException("an ornament could not be encoded as PNG");
        return (data.ToArray(), width, height);
    }
}
