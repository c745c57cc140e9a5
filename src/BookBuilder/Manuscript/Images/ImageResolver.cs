using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Anchors;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using SkiaSharp;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Images;

/// <summary>
/// Turns an image path written in a manuscript file into a verified <see cref="BookImage"/>:
/// the file must lie inside the manuscript folder (symbolic links included), exist, decode, and
/// be of a format every e-reader shows. Anything else is an error at the image's position.
/// </summary>
internal sealed class ImageResolver(ManuscriptFolder folder, DiagnosticBag diagnostics)
{
    /// <summary>Larger images are refused: they bloat both editions and choke e-readers.</summary>
    public const int MaxPixels = 40_000_000;
    public const int MaxSide = 12_000;

    private readonly Dictionary<string, BookImage> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<BookImage> All => _byPath.Values.ToList();

    public BookImage? Resolve(string url, string alt, string fromFile, SourceSpan at)
    {
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal))
        {
            diagnostics.Report(ImageRemote, at, url);
            return null;
        }
        var decoded = Uri.UnescapeDataString(url);
        if (decoded.Contains('\0', StringComparison.Ordinal))
        {
            // "%00" decodes to a character no file name may hold; the file system would refuse the path.
            diagnostics.Report(ImagePathInvalid, at, url, "holds a NUL character (%00), which no file name can contain");
            return null;
        }
        if (Path.IsPathRooted(decoded))
        {
            diagnostics.Report(ImagePathInvalid, at, url, "is absolute: use a path relative to the file");
            return null;
        }
        var relativeToRoot = Path.GetRelativePath(folder.Root, Path.GetFullPath(Path.Combine(folder.Root, Path.GetDirectoryName(fromFile) ?? "", decoded)));
        var (lookup, found, _) = folder.Find(relativeToRoot);
        switch (lookup)
        {
            case FileLookup.Outside:
                diagnostics.Report(ImagePathInvalid, at, url, "points outside the manuscript folder (or is a link to a file outside it)");
                return null;
            case FileLookup.Missing:
                diagnostics.Report(ImageMissing, at, url);
                return null;
            case FileLookup.LinkLoop:
                diagnostics.Report(ImageUndecodable, at, url, "its symbolic links lead round in a loop");
                return null;
            case FileLookup.Empty:
                // Never opened: an empty file, or a pipe or device that could block the build.
                diagnostics.Report(ImageUndecodable, at, url, "the file is empty (or not a regular file)");
                return null;
        }
        var real = found!;
        if (_byPath.TryGetValue(real, out var known)) return known with { Alt = alt };

        using var codec = SKCodec.Create(real);
        if (codec is null)
        {
            diagnostics.Report(ImageUndecodable, at, url, "the file is corrupt or not an image");
            return null;
        }
        var mediaType = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Gif => "image/gif",
            _ => null,
        };
        if (mediaType is null)
        {
            diagnostics.Report(ImageFormatUnsupported, at, url, codec.EncodedFormat);
            return null;
        }
        var (w, h) = (codec.Info.Width, codec.Info.Height);
        if (w <= 0 || h <= 0 || w > MaxSide || h > MaxSide || (long)w * h > MaxPixels)
        {
            diagnostics.Report(ImageTooLarge, at, url, w, h, MaxSide, MaxPixels / 1_000_000);
            return null;
        }
        // Decoding the header is not enough to trust a file: make sure the pixels decode too.
        using (var bitmap = SKBitmap.Decode(codec))
        {
            if (bitmap is null)
            {
                diagnostics.Report(ImageUndecodable, at, url, "the file is corrupt");
                return null;
            }
        }

        var relative = Path.GetRelativePath(folder.Root, real).Replace('\\', '/');
        var stem = Slugger.Slugify(Path.GetFileNameWithoutExtension(real));
        var id = "img-" + (stem.Length == 0 ? "image" : stem);
        for (var n = 2; !_ids.Add(id); n++) id = $"img-{stem}-{n}";
        var image = new BookImage(id, real, relative, mediaType, alt, w, h);
        _byPath[real] = image;
        return image;
    }
}
