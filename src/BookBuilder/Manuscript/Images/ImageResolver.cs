using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Anchors;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using BookBuilder.Images;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Images;

/// <summary>
/// Turns an image path written in a manuscript file into a verified <see cref="BookImage"/>:
/// the file must lie inside the manuscript folder (symbolic links included), exist, be within
/// the limits of <see cref="InputLimits"/>, decode whole, and be of a format every e-reader
/// shows; it is read once and turned upright (<see cref="ImageInspector"/>). Anything else is an
/// error at the image's position.
/// </summary>
/// <param name="pixelBudget">The pixels all images may hold together (<see cref="InputLimits.BookImagePixels"/>).</param>
internal sealed class ImageResolver(ManuscriptFolder folder, DiagnosticBag diagnostics, long pixelBudget = InputLimits.BookImagePixels)
{
    private readonly Dictionary<string, BookImage> _byPath = new(StringComparer.Ordinal);
    private readonly List<BookImage> _content = [];
    private readonly Dictionary<string, ImageInspection> _inspected = new(StringComparer.Ordinal);
    private long _pixels;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>The images of the text, in order of first use (not the cover).</summary>
    public IReadOnlyList<BookImage> All => _content.ToArray();

    /// <summary>
    /// The author's cover picture named in book.yml, checked as every image is; not one of the
    /// images of the text.
    /// </summary>
    public BookImage? ResolveCover(string path, string alt, SourceSpan at) => Resolve(path, alt, ManifestFileName, at, content: false);

    private const string ManifestFileName = "book.yml";

    public BookImage? Resolve(string url, string alt, string fromFile, SourceSpan at) => Resolve(url, alt, fromFile, at, content: true);

    private BookImage? Resolve(string url, string alt, string fromFile, SourceSpan at, bool content)
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
        var (lookup, found, length) = folder.Find(relativeToRoot);
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
        if (_byPath.TryGetValue(real, out var known))
        {
            if (content && !_content.Contains(known)) _content.Add(known);
            return known with { Alt = alt };
        }
        if (!_inspected.TryGetValue(real, out var inspection))
            _inspected[real] = inspection = Inspect(real, length);
        if (inspection.Image is not { } picture)
        {
            Report(inspection, url, at);
            return null;
        }
        if (_pixels + (long)picture.Width * picture.Height > pixelBudget)
        {
            diagnostics.Report(ImagesTooLarge, at, url, pixelBudget / 1_000_000.0);
            return null;
        }
        _pixels += (long)picture.Width * picture.Height;

        var relative = Path.GetRelativePath(folder.Root, real).Replace('\\', '/');
        var stem = Slugger.Slugify(Path.GetFileNameWithoutExtension(real));
        var id = "img-" + (stem.Length == 0 ? "image" : stem);
        for (var n = 2; !_ids.Add(id); n++) id = $"img-{stem}-{n}";
        var image = new BookImage(id, relative, picture.MediaType, alt, picture.Width, picture.Height) { Encoded = picture.Encoded };
        _byPath[real] = image;
        if (content) _content.Add(image);
        return image;
    }

    /// <summary>Reads the file (never more than the limit) and judges it; each file once, however often it is used.</summary>
    private static ImageInspection Inspect(string path, long length)
    {
        if (length > InputLimits.ImageFileBytes) return new(ImageProblem.TooLarge, Reason: ManuscriptFolder.Megabytes(length));
        byte[]? bytes;
        try
        {
            bytes = ManuscriptFolder.ReadAtMost(path, InputLimits.ImageFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(ImageProblem.Undecodable, Reason: "the file cannot be read: " + e.Message);
        }
        return bytes is null
            ? new(ImageProblem.TooLarge, Reason: $"more than {ManuscriptFolder.Megabytes(InputLimits.ImageFileBytes)}")
            : ImageInspector.Inspect(bytes, InputLimits.ImageSide, InputLimits.ImagePixels);
    }

    private void Report(ImageInspection inspection, string url, SourceSpan at)
    {
        switch (inspection.Problem)
        {
            case ImageProblem.UnsupportedFormat:
                diagnostics.Report(ImageFormatUnsupported, at, url, inspection.Reason);
                break;
            case ImageProblem.TooLarge when inspection.Width == 0:
                diagnostics.Report(ImageFileTooLarge, at, url, inspection.Reason, ManuscriptFolder.Megabytes(InputLimits.ImageFileBytes));
                break;
            case ImageProblem.TooLarge:
                diagnostics.Report(ImageTooLarge, at, url, inspection.Width, inspection.Height, InputLimits.ImageSide, InputLimits.ImagePixels / 1_000_000);
                break;
            default:
                diagnostics.Report(ImageUndecodable, at, url, inspection.Reason);
                break;
        }
    }
}
