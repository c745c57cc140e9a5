using System.Globalization;
using BookBuilder.Model;

namespace BookBuilder.Epub;

/// <summary>
/// An image file as it is stored in the EPUB. Formats that EPUB 3.2 reading systems need not
/// support (WebP) are converted to PNG, because a core-media-type fallback is the only
/// alternative and gains nothing here.
/// </summary>
internal sealed record ImageAsset(BookImage Image, string Href, string ManifestId, string MediaType, bool ConvertToPng)
{
    private static readonly Dictionary<string, string> CoreTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png",
        ["image/jpeg"] = ".jpg",
        ["image/gif"] = ".gif",
        ["image/svg+xml"] = ".svg",
    };

    /// <summary>Chooses the file name and media type of an image; <paramref name="taken"/> keeps names unique.</summary>
    public static ImageAsset For(BookImage image, HashSet<string> taken, int ordinal)
    {
        var core = CoreTypes.TryGetValue(image.MediaType, out var extension);
        var mediaType = core ? image.MediaType.ToLowerInvariant() : "image/png";
        extension = core ? extension! : ".png";

        var stem = EpubFileMap.SafeName(image.Id);
        if (stem.Length == 0) stem = "image-" + ordinal.ToString(CultureInfo.InvariantCulture);
        var href = $"images/{stem}{extension}";
        for (var n = 2; !taken.Add(href); n++)
            href = $"images/{stem}-{n.ToString(CultureInfo.InvariantCulture)}{extension}";

        var manifestId = "img-" + Path.GetFileNameWithoutExtension(href);
        return new ImageAsset(image, href, manifestId, mediaType, !core);
    }
}
