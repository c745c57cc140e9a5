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

    /// <summary>
    /// The picture as the PDF embeds it, from the bytes read with the manuscript (upright: a
    /// photograph's EXIF orientation was applied then; the file is never read again); null if it
    /// cannot be decoded.
    /// </summary>
    public static ImageFile? Load(Model.BookImage image, string resourceName)
    {
        var bytes = image.Encoded.ToArray();
        if (JpegImage.Read(bytes) is { } jpeg) return new ImageFile(resourceName, jpeg, null);
        return RasterImage.Decode(bytes) is { } raster ? new ImageFile(resourceName, null, raster) : null;
    }
}
