using SkiaSharp;

namespace BookBuilder.Tests.Support;

/// <summary>Small images made on the fly for tests.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x33, 0x66, 0x99));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
