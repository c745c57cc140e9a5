using SkiaSharp;

namespace BookBuilder.Images;

/// <summary>Why an image file cannot be used.</summary>
internal enum ImageProblem { None, Undecodable, UnsupportedFormat, TooLarge }

/// <summary>
/// What inspecting an image file found: the picture ready for both editions, or the problem
/// (with the reason or the format, and the stored size for a picture that is too large).
/// </summary>
internal sealed record ImageInspection(ImageProblem Problem, UprightImage? Image = null, string? Reason = null, int Width = 0, int Height = 0);

/// <summary>
/// A picture as both editions embed it: upright (the EXIF orientation applied to the pixels),
/// a PNG without the metadata chunks no edition needs, its size in pixels as it is seen.
/// </summary>
internal sealed record UprightImage(string MediaType, byte[] Encoded, int Width, int Height);

/// <summary>
/// The one place where image files are opened and judged, for both editions: the structure is
/// walked first (a PNG's chunks), the size is checked before a pixel is decoded, every pixel is
/// decoded (a file cut short decodes only in part and is refused), and a picture stored on its
/// side is turned upright. The editions embed the result and never read the file again.
/// </summary>
internal static class ImageInspector
{
    /// <summary>Quality of a JPEG that had to be turned upright (the rest are embedded as they are).</summary>
    private const int JpegQuality = 92;

    public static ImageInspection Inspect(byte[] bytes, int maxSide, long maxPixels)
    {
        if (PngChunks.IsPng(bytes))
        {
            var (png, problem) = PngChunks.Clean(bytes);
            if (png is null) return new(ImageProblem.Undecodable, Reason: problem);
            bytes = png;
        }
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return new(ImageProblem.Undecodable, Reason: "the file is corrupt or not an image");
        var mediaType = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Gif => "image/gif",
            _ => null,
        };
        if (mediaType is null) return new(ImageProblem.UnsupportedFormat, Reason: codec.EncodedFormat.ToString());
        var (w, h) = (codec.Info.Width, codec.Info.Height);
        if (w <= 0 || h <= 0 || w > maxSide || h > maxSide || (long)w * h > maxPixels)
            return new(ImageProblem.TooLarge, Width: w, Height: h);

        var opaque = codec.Info.AlphaType == SKAlphaType.Opaque;
        var info = new SKImageInfo(w, h, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul, codec.Info.ColorSpace);
        using var stored = new SKBitmap(info);
        var result = codec.GetPixels(info, stored.GetPixels());
        if (result != SKCodecResult.Success)
            return new(ImageProblem.Undecodable, Reason: result == SKCodecResult.IncompleteInput ? "the file is cut short" : $"the file is corrupt ({result})");

        var origin = codec.EncodedOrigin;
        if (origin == SKEncodedOrigin.TopLeft) return new(ImageProblem.None, new UprightImage(mediaType, bytes, w, h));
        using var upright = Orientation.Upright(stored, origin);
        var jpeg = mediaType == "image/jpeg";
        using var encoded = upright.Encode(jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, jpeg ? JpegQuality : 100);
        if (encoded is null) return new(ImageProblem.Undecodable, Reason: "the picture could not be turned upright");
        return new(ImageProblem.None, new UprightImage(jpeg ? mediaType : "image/png", encoded.ToArray(), upright.Width, upright.Height));
    }
}
