using BookBuilder.Typography;
using SkiaSharp;

namespace BookBuilder.Pdf.Output.Images;

/// <summary>
/// One distinct colour emoji cluster (a flag, a ZWJ sequence, a single emoji) drawn as an image:
/// rendered once by Skia from the colour font, at 300 pixels per inch at the largest size the
/// document prints it, and placed wherever the cluster occurs. The image covers the cluster's
/// advance and the font's ascent to descent, so it is placed like the glyphs it replaces.
/// </summary>
internal sealed class EmojiImage(string resourceName, FontFace face, ushort[] glyphs, float[] xOffsetsEm, float[] yOffsetsEm, string text)
{
    /// <summary>Pixels per inch at the largest printed size.</summary>
    public const float Resolution = 300;

    public string ResourceName { get; } = resourceName;
    public FontFace Face { get; } = face;
    /// <summary>The characters of the cluster, for ActualText.</summary>
    public string Text { get; } = text;
    /// <summary>The largest size in points the cluster is printed at.</summary>
    public float MaxSize { get; set; }

    /// <summary>Advance of the cluster in ems (the image's width).</summary>
    public float AdvanceEm { get; } = glyphs.Sum(g => face.AdvanceOf(g)) / (float)face.UnitsPerEm;
    /// <summary>Font ascent in ems (the image's top above the baseline).</summary>
    public float AscentEm => Face.Ascender / (float)Face.UnitsPerEm;
    /// <summary>Font ascent less descent in ems (the image's height).</summary>
    public float HeightEm => (Face.Ascender - Face.Descender) / (float)Face.UnitsPerEm;

    /// <summary>The key of a cluster: its font and glyph ids.</summary>
    public static string Key(int fontId, ReadOnlySpan<ushort> glyphs)
    {
        var chars = new char[glyphs.Length + 1];
        chars[0] = (char)fontId;
        for (int i = 0; i < glyphs.Length; i++) chars[i + 1] = (char)glyphs[i];
        return new string(chars);
    }

    /// <summary>Renders the cluster with <paramref name="typeface"/> (the colour font loaded in Skia).</summary>
    public RasterImage Render(SKTypeface typeface)
    {
        float pxPerEm = MathF.Ceiling(MaxSize * Resolution / 72f);
        int width = Math.Max(1, (int)MathF.Ceiling(AdvanceEm * pxPerEm));
        int height = Math.Max(1, (int)MathF.Ceiling(HeightEm * pxPerEm));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var font = new SKFont(typeface, pxPerEm) { Edging = SKFontEdging.Antialias, Subpixel = true, Hinting = SKFontHinting.None };
            using var builder = new SKTextBlobBuilder();
            var run = builder.AllocatePositionedRun(font, glyphs.Length);
            run.SetGlyphs(glyphs);
            var positions = new SKPoint[glyphs.Length];
            for (int i = 0; i < glyphs.Length; i++)
                positions[i] = new SKPoint(xOffsetsEm[i] * pxPerEm, (AscentEm - yOffsetsEm[i]) * pxPerEm);
            run.SetPositions(positions);
            using var blob = builder.Build();
            using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
            if (blob is not null) canvas.DrawText(blob, 0, 0, paint);
        }
        return RasterImage.FromBitmap(bitmap);
    }
}
