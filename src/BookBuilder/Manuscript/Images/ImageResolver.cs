using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Anchors;
using BookBuilder.Model;
using SkiaSharp;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Images;

/// <summary>
/// Turns an image path written in a manuscript file into a verified <see cref="BookImage"/>:
/// the file must lie inside the manuscript folder (symbolic links included), exist, decode, and
/// be of a format every e-reader shows. Anything else is an error at the image's position.
/// </summary>
internal sealed class ImageResolver(string manuscriptRoot, DiagnosticBag diagnostics)
{
    /// <summary>Larger images are refused: they bloat both editions and choke e-readers.</summary>
    public const int MaxPixels = 40_000_000;
    public const int MaxSide = 12_000;

    private readonly string _root = Path.GetFullPath(manuscriptRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
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
        var baseDir = Path.GetDirectoryName(Path.Combine(_root, fromFile))!;
        var full = Path.GetFullPath(Path.Combine(baseDir, decoded));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            diagnostics.Report(ImagePathInvalid, at, url, "points outside the manuscript folder");
            return null;
        }
        if (!File.Exists(full))
        {
            diagnostics.Report(ImageMissing, at, url);
            return null;
        }
        var real = RealPath(full);
        if (real is null || !real.StartsWith(_root, StringComparison.Ordinal))
        {
            diagnostics.Report(ImagePathInvalid, at, url, "is a link to a file outside the manuscript folder");
            return null;
        }
        if (_byPath.TryGetValue(real, out var known)) return known with { Alt = alt };

        // Never open what has no length: an empty file, or a pipe or device that could block the build.
        if (new FileInfo(real).Length == 0)
        {
            diagnostics.Report(ImageUndecodable, at, url, "the file is empty (or not a regular file)");
            return null;
        }
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

        var relative = Path.GetRelativePath(_root, real).Replace('\\', '/');
        var stem = Slugger.Slugify(Path.GetFileNameWithoutExtension(real));
        var id = "img-" + (stem.Length == 0 ? "image" : stem);
        for (var n = 2; !_ids.Add(id); n++) id = $"img-{stem}-{n}";
        var image = new BookImage(id, real, relative, mediaType, alt, w, h);
        _byPath[real] = image;
        return image;
    }

    private static string? RealPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            var file = target?.FullName ?? info.FullName;
            // A directory on the way may be a link as well.
            var dir = Path.GetDirectoryName(file)!;
            var dirTarget = new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true);
            if (dirTarget is not null) file = Path.Combine(dirTarget.FullName, Path.GetFileName(file));
            return Path.GetFullPath(file);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
