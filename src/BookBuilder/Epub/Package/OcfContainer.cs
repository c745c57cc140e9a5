using System.IO.Compression;

namespace BookBuilder.Epub.Package;

/// <summary>
/// Writes the OCF zip. The mimetype entry comes first, stored, without extra field, so that
/// tools recognise an EPUB by its first bytes; every entry has the same time and the same
/// attributes, so identical input gives identical bytes.
/// </summary>
internal static class OcfContainer
{
    public const string MimeType = "application/epub+zip";

    /// <summary>Unix regular file, rw-r--r--: the same on every machine that builds the book.</summary>
    private const int FileAttributes = unchecked((int)(0x81A4u << 16));

    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DosEnd = new(2107, 12, 31, 23, 59, 58, TimeSpan.Zero);

    /// <param name="entries">Entries after mimetype, in the order they are written.</param>
    public static void Write(Stream output, IEnumerable<(string Path, byte[] Content, bool Compress)> entries, DateTimeOffset modified)
    {
        var time = EntryTime(modified);
        // ZipArchive writes plain local headers (no data descriptor) only to a seekable stream.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", System.Text.Encoding.ASCII.GetBytes(MimeType), compress: false, time);
            foreach (var (path, content, compress) in entries) Add(zip, path, content, compress, time);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
        output.Flush();
    }

    /// <summary>
    /// Zip times are local DOS times from 1980 to 2107 without a zone; the UTC wall time of
    /// <paramref name="modified"/> is stored, clamped to that range.
    /// </summary>
    internal static DateTimeOffset EntryTime(DateTimeOffset modified)
    {
        var utc = new DateTimeOffset(modified.UtcDateTime, TimeSpan.Zero);
        if (utc < DosEpoch) return DosEpoch;
        return utc > DosEnd ? DosEnd : utc;
    }

    private static void Add(ZipArchive zip, string path, byte[] content, bool compress, DateTimeOffset time)
    {
        var entry = zip.CreateEntry(path, compress ? CompressionLevel.SmallestSize : CompressionLevel.NoCompression);
        entry.LastWriteTime = time;
        entry.ExternalAttributes = FileAttributes;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
