using SkiaSharp;

namespace BookBuilder.Epub;

/// <summary>The bytes of an image for the EPUB: the model's upright picture, converted to PNG when its format needs that.</summary>
internal static class ImageLoader
{
    /// <summary>The bytes to store; throws <see cref="IOException"/> when a conversion fails.</summary>
    public static byte[] Load(ImageAsset asset)
    {
        var encoded = asset.Image.Encoded;
        if (!asset.ConvertToPng) return encoded.ToArray();

        using var bitmap = SKBitmap.Decode(encoded.Span)
            ?? throw new IOException($"Image could not be decoded for conversion to PNG: {asset.Image.RelativePath}");
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new IOException($"Image could not be converted to PNG: {asset.Image.RelativePath}");
        return data.ToArray();
    }
}
