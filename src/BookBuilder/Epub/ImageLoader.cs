using SkiaSharp;

namespace BookBuilder.Epub;

/// <summary>Reads an image file for the EPUB, converting it to PNG when its format needs that.</summary>
internal static class ImageLoader
{
    /// <summary>The bytes to store; throws <see cref="IOException"/> when the file cannot be read or decoded.</summary>
    public static byte[] Load(ImageAsset asset)
    {
        var bytes = File.ReadAllBytes(asset.Image.SourcePath);
        if (!asset.ConvertToPng) return bytes;

        using var bitmap = SKBitmap.Decode(bytes)
            ?? throw new IOException($"Image could not be decoded for conversion to PNG: {asset.Image.SourcePath}");
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new IOException($"Image could not be converted to PNG: {asset.Image.SourcePath}");
        return data.ToArray();
    }
}
