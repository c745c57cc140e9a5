using BookBuilder.Pdf.Output.Syntax;
using SkiaSharp;

namespace BookBuilder.Pdf.Output.Images;

/// <summary>
/// Pixels ready for an image XObject: 8-bit RGB, and 8-bit alpha when any pixel is not opaque
/// (written as a soft mask). Decoded and rasterised with Skia.
/// </summary>
internal sealed record RasterImage(int Width, int Height, byte[] Rgb, byte[]? Alpha)
{
    /// <summary><see cref="Rgb"/> holds one grey byte a pixel (DeviceGray), not three.</summary>
    public bool Gray { get; init; }

    /// <summary>The image in shades of grey (Rec. 601 luma), for a press that prints black only.</summary>
    public RasterImage ToGray()
    {
        if (Gray) return this;
        var gray = new byte[Width * Height];
        for (int i = 0; i < gray.Length; i++) gray[i] = Luma(Rgb[i * 3], Rgb[i * 3 + 1], Rgb[i * 3 + 2]);
        return new RasterImage(Width, Height, gray, Alpha) { Gray = true };
    }

    /// <summary>Rec. 601 luma of an sRGB pixel, rounded, in integers so that every machine agrees.</summary>
    public static byte Luma(int r, int g, int b) => (byte)((299 * r + 587 * g + 114 * b + 500) / 1000);

    /// <summary>The pixels of a premultiplied RGBA bitmap, unpremultiplied.</summary>
    public static RasterImage FromBitmap(SKBitmap bitmap)
    {
        var info = bitmap.Info;
        if (info.ColorType != SKColorType.Rgba8888) throw new ArgumentException("Expected an RGBA bitmap.", nameof(bitmap));
        var src = bitmap.GetPixelSpan();
        int n = info.Width * info.Height;
        var rgb = new byte[n * 3];
        var alpha = new byte[n];
        bool translucent = false;
        bool premultiplied = info.AlphaType == SKAlphaType.Premul;
        for (int i = 0; i < n; i++)
        {
            int a = src[i * 4 + 3];
            alpha[i] = (byte)a;
            if (a == 255 || !premultiplied)
            {
                rgb[i * 3] = src[i * 4];
                rgb[i * 3 + 1] = src[i * 4 + 1];
                rgb[i * 3 + 2] = src[i * 4 + 2];
            }
            else if (a > 0)
            {
                rgb[i * 3] = (byte)Math.Min(255, (src[i * 4] * 255 + a / 2) / a);
                rgb[i * 3 + 1] = (byte)Math.Min(255, (src[i * 4 + 1] * 255 + a / 2) / a);
                rgb[i * 3 + 2] = (byte)Math.Min(255, (src[i * 4 + 2] * 255 + a / 2) / a);
            }
            if (a != 255) translucent = true;
        }
        return new RasterImage(info.Width, info.Height, rgb, translucent ? alpha : null);
    }

    /// <summary>Decodes an encoded image (PNG, GIF, WebP, ...) to RGBA; null if Skia cannot.</summary>
    public static RasterImage? Decode(byte[] encoded)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) return null;
        return FromBitmap(bitmap);
    }

    /// <summary>
    /// Writes the image as object <paramref name="number"/> (Flate-compressed RGB) and its soft
    /// mask, if any, as a second object.
    /// </summary>
    public void Write(PdfFile file, int number, int? maskNumber)
    {
        var d = new PdfBuffer();
        d.Raw("/Type/XObject/Subtype/Image/Width ").Int(Width).Raw("/Height ").Int(Height)
            .Raw(Gray ? "/ColorSpace/DeviceGray/BitsPerComponent 8" : "/ColorSpace/DeviceRGB/BitsPerComponent 8");
        if (maskNumber is { } m) d.Raw("/SMask ").Int(m).Raw(" 0 R");
        file.FlateStream(number, d, Rgb);
        if (maskNumber is { } mask && Alpha is not null)
        {
            var md = new PdfBuffer();
            md.Raw("/Type/XObject/Subtype/Image/Width ").Int(Width).Raw("/Height ").Int(Height)
                .Raw("/ColorSpace/DeviceGray/BitsPerComponent 8");
            file.FlateStream(mask, md, Alpha);
        }
    }
}
