namespace BookBuilder.Pdf.Output.Images;

/// <summary>An image file of the book as the PDF embeds it: a JPEG as it is, anything else decoded to pixels.</summary>
internal sealed class ImageFile
{
    private ImageFile(string resourceName, JpegImage? jpeg, RasterImage? raster)
    {
        ResourceName = resourceName;
        Jpeg = jpeg;
        Raster = raster;
    }

    public string ResourceName { get; }
    public JpegImage? Jpeg { get; }
    public RasterImage? Raster { get; }

    /// <summary>The image in shades of grey (see <see cref="RasterImage.ToGray"/> and <see cref="JpegImage.ToGray"/>).</summary>
    public ImageFile ToGray()
    {
        // A JPEG Skia cannot decode stays as it is (the manuscript reader refuses broken files).
        if (Jpeg is { } jpeg) return new ImageFile(ResourceName, jpeg.ToGray() ?? jpeg, null);
        return new ImageFile(ResourceName, null, Raster!.ToGray());
    }

    /// <summary>The image at <paramref name="path"/>, or null if it is missing or cannot be decoded.</summary>
    public static ImageFile? Load(string path, string resourceName)
    {
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        if (JpegImage.Read(bytes) is { } jpeg) return new ImageFile(resourceName, jpeg, null);
        return RasterImage.Decode(path) is { } raster ? new ImageFile(resourceName, null, raster) : null;
    }
}
