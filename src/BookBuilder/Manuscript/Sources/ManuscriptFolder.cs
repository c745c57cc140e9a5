using BookBuilder.Diagnostics;
using BookBuilder.Model;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Sources;

/// <summary>What looking a file up in the manuscript folder found.</summary>
internal enum FileLookup
{
    /// <summary>A file inside the folder, by its real path, with data to read.</summary>
    Found,
    /// <summary>Nothing (or a folder) at that path.</summary>
    Missing,
    /// <summary>The path, or a symbolic link on its way, leads out of the manuscript folder.</summary>
    Outside,
    /// <summary>Symbolic links that lead to each other in a loop.</summary>
    LinkLoop,
    /// <summary>
    /// No data to read: an empty file, or a device, pipe or socket (which report no length, and
    /// which are never opened: reading one could block the build or never end).
    /// </summary>
    Empty,
}

/// <summary>
/// The manuscript folder, the one way the builder reads the manuscript: every file by its real
/// path, which must lie inside the folder (symbolic links are followed to where they lead and
/// refused when that is outside), never a device or a pipe, and never more than
/// <see cref="InputLimits"/> allow. Keeps count of the text read, for the limit of the whole.
/// </summary>
internal sealed class ManuscriptFolder
{
    private long _textBytes;

    private ManuscriptFolder(string root) => Root = root;

    /// <summary>The folder's real path.</summary>
    public string Root { get; }

    /// <summary>The folder at <paramref name="path"/>, or null when there is no folder there.</summary>
    public static ManuscriptFolder? Open(string path) =>
        Directory.Exists(path) && RealPath.Of(path) is { } real && Directory.Exists(real) ? new ManuscriptFolder(real) : null;

    /// <summary>The real path of a file, given relative to the folder (forward slashes), and what is there.</summary>
    public (FileLookup Lookup, string? Path, long Length) Find(string relative)
    {
        var joined = Path.GetFullPath(Path.Combine(Root, relative));
        if (!RealPath.IsInside(joined, Root)) return (FileLookup.Outside, null, 0);
        if (RealPath.Of(joined) is not { } real) return (FileLookup.LinkLoop, null, 0);
        if (!RealPath.IsInside(real, Root)) return (FileLookup.Outside, null, 0);
        var info = new FileInfo(real);
        if (!info.Exists) return (FileLookup.Missing, null, 0);
        // The real path is no link, so this is the file's own length; devices and pipes have none.
        return info.Length == 0 ? (FileLookup.Empty, real, 0) : (FileLookup.Found, real, info.Length);
    }

    /// <summary>
    /// The bytes of a text file (a chapter, the FAQ, the glossary, book.yml), or null with a
    /// diagnostic: outside the folder (at <paramref name="declaredAt"/>, where book.yml names it),
    /// missing, empty, larger than its limit, or unreadable.
    /// </summary>
    public byte[]? ReadText(string relative, SourceSpan declaredAt, DiagnosticBag diagnostics)
    {
        var (lookup, path, length) = Find(relative);
        switch (lookup)
        {
            case FileLookup.Outside:
                diagnostics.Report(PathOutsideManuscript, declaredAt, relative);
                return null;
            case FileLookup.Missing:
                diagnostics.Report(ListedFileMissing, declaredAt, relative);
                return null;
            case FileLookup.LinkLoop:
                diagnostics.Report(FileUnreadable, relative, 0, 0, "its symbolic links lead round in a loop");
                return null;
            case FileLookup.Empty:
                diagnostics.Report(FileEmpty, relative, 1, 1);
                return null;
        }
        if (length > InputLimits.TextFileBytes)
        {
            diagnostics.Report(TextTooLarge, relative, 1, 1, Megabytes(length), Megabytes(InputLimits.TextFileBytes), "a text file");
            return null;
        }
        if (_textBytes + length > InputLimits.ManuscriptTextBytes)
        {
            diagnostics.Report(TextTooLarge, relative, 1, 1, Megabytes(_textBytes + length), Megabytes(InputLimits.ManuscriptTextBytes), "the manuscript's text files together");
            return null;
        }
        byte[]? bytes;
        try
        {
            bytes = ReadAtMost(path!, InputLimits.TextFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(FileUnreadable, relative, 0, 0, e.Message);
            return null;
        }
        if (bytes is null)
        {
            diagnostics.Report(TextTooLarge, relative, 1, 1, $"more than {Megabytes(InputLimits.TextFileBytes)}", Megabytes(InputLimits.TextFileBytes), "a text file");
            return null;
        }
        _textBytes += bytes.Length;
        return bytes;
    }

    /// <summary>
    /// The file's bytes, or null when it holds more than <paramref name="limit"/>: the length
    /// looked at before may have changed, and a read never takes more than the limit allows.
    /// </summary>
    public static byte[]? ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>A size as people read it: "2 MB", "2.5 MB".</summary>
    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
