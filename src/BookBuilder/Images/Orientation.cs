using SkiaSharp;

namespace BookBuilder.Images;

/// <summary>
/// The EXIF orientation of a photograph: a phone stores a portrait picture on its side and says
/// so in the file, and every reader must turn it. The editions turn the pixels once instead, so
/// that no reading system or PDF viewer has to know about EXIF.
/// </summary>
internal static class Orientation
{
    /// <summary>Whether pictures with <paramref name="origin"/> are stored on their side (width and height swap).</summary>
    public static bool SwapsSides(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>
    /// The pixels of <paramref name="stored"/> (as the file stores them) turned upright. Pixels are
    /// moved, not resampled: the picture loses nothing.
    /// </summary>
    public static SKBitmap Upright(SKBitmap stored, SKEncodedOrigin origin)
    {
        int w = stored.Width, h = stored.Height;
        var swap = SwapsSides(origin);
        var info = stored.Info.WithSize(swap ? h : w, swap ? w : h);
        var upright = new SKBitmap(info);
        var from = stored.GetPixelSpan();
        var to = upright.GetPixelSpan();
        var bpp = info.BytesPerPixel;
        int rowFrom = stored.RowBytes, rowTo = upright.RowBytes;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                // Where the stored pixel (x, y) stands in the upright picture.
                var (ux, uy) = origin switch
                {
                    SKEncodedOrigin.TopRight => (w - 1 - x, y),
                    SKEncodedOrigin.BottomRight => (w - 1 - x, h - 1 - y),
                    SKEncodedOrigin.BottomLeft => (x, h - 1 - y),
                    SKEncodedOrigin.LeftTop => (y, x),
                    SKEncodedOrigin.RightTop => (h - 1 - y, x),
                    SKEncodedOrigin.RightBottom => (h - 1 - y, w - 1 - x),
                    SKEncodedOrigin.LeftBottom => (y, w - 1 - x),
                    _ => (x, y),
                };
                from.Slice(y * rowFrom + x * bpp, bpp).CopyTo(to.Slice(uy * rowTo + ux * bpp, bpp));
            }
        }
        return upright;
    }
}
