using BookBuilder.Pdf.Output.Syntax;
using SkiaSharp;

namespace BookBuilder.Pdf.Output.Images;

/// <summary>
/// A baseline or progressive JPEG file embedded as it is (DCTDecode): its size and colour
/// components read from the frame header, no decoding and no loss.
/// </summary>
internal sealed record JpegImage(int Width, int Height, int Components, bool Adobe, byte[] Data)
{
    /// <summary>The JPEG at <paramref name="bytes"/>, or null if it is not one we can pass through.</summary>
    public static JpegImage? Read(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8) return null;
        bool adobe = false;
        int i = 2;
        while (i + 4 <= bytes.Length)
        {
            if (bytes[i] != 0xFF) return null;
            byte marker = bytes[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; }
            int length = bytes[i + 2] << 8 | bytes[i + 3];
            if (marker == 0xEE && i + 9 < bytes.Length && bytes.AsSpan(i + 4, 5).SequenceEqual("Adobe"u8)) adobe = true;
            // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (i + 9 >= bytes.Length) return null;
                int height = bytes[i + 5] << 8 | bytes[i + 6];
                int width = bytes[i + 7] << 8 | bytes[i + 8];
                int components = bytes[i + 9];
                if (width == 0 || height == 0 || components is not (1 or 3 or 4)) return null;
                // Arithmetic coding (C9-CF) is not supported by every reader: decode those instead.
                if (marker >= 0xC9) return null;
                return new JpegImage(width, height, components, adobe, bytes);
            }
            i += 2 + length;
        }
        return null;
    }

    /// <summary>
    /// The photograph in shades of grey: a colour JPEG decoded, turned grey (Rec. 601 luma) and
    /// encoded again as a one-component JPEG at quality 92; a grey one as it is. Null if Skia
    /// cannot decode it.
    /// </summary>
    public JpegImage? ToGray()
    {
        if (Components == 1) return this;
        using var decoded = SKBitmap.Decode(Data, new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (decoded is null) return null;
        var rgba = decoded.GetPixelSpan();
        using var gray = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var pixels = new byte[decoded.Width * decoded.Height];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = RasterImage.Luma(rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2]);
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, gray.GetPixels(), pixels.Length);
        using var pixmap = gray.PeekPixels();
        using var encoded = pixmap.Encode(new SKJpegEncoderOptions(92, SKJpegEncoderDownsample.Downsample444, SKJpegEncoderAlphaOption.Ignore));
        return encoded is null ? null : Read(encoded.ToArray());
    }

    public void Write(PdfFile file, int number)
    {
        var d = new PdfBuffer();
        d.Raw("/Type/XObject/Subtype/Image/Width ").Int(Width).Raw("/Height ").Int(Height)
            .Raw(Components switch { 1 => "/ColorSpace/DeviceGray", 4 => "/ColorSpace/DeviceCMYK", _ => "/ColorSpace/DeviceRGB" })
            .Raw("/BitsPerComponent 8/Filter/DCTDecode");
        // Adobe's CMYK JPEGs store inverted values.
        if (Components == 4 && Adobe) d.Raw("/Decode[1 0 1 0 1 0 1 0]");
        file.Stream(number, d, Data);
    }
}
