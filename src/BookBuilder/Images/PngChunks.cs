using System.Buffers.Binary;

namespace BookBuilder.Images;

/// <summary>
/// The chunks of a PNG file, walked before any decoder sees them. The decoders read a metadata
/// chunk whole, in pieces that grow by copying (a 20 MB text chunk took 65 s), and the editions
/// need none of them: what is not needed to draw the picture right is dropped, and what is kept
/// is small. A file cut short is refused here, by its structure, before decoding.
/// </summary>
internal static class PngChunks
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Chunks that change how the picture looks: transparency, gamma, colour space, orientation.</summary>
    private static readonly HashSet<string> KeptAncillary = ["tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "eXIf"];

    /// <summary>A kept ancillary chunk larger than this (a colour profile, EXIF data) is refused.</summary>
    public const int MaxAncillaryBytes = 1024 * 1024;

    /// <summary>Whether <paramref name="bytes"/> start like a PNG file.</summary>
    public static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    /// <summary>
    /// The file with only the chunks a picture needs (the same array when nothing was dropped),
    /// or null and why the file cannot be used.
    /// </summary>
    public static (byte[]? Png, string? Problem) Clean(byte[] bytes)
    {
        if (!IsPng(bytes)) return (null, "it is not a PNG file");
        var kept = new List<Range>();
        var dropped = false;
        var at = Signature.Length;
        while (true)
        {
            if (bytes.Length - at < 12) return (null, "the file is cut short (it ends inside a chunk or has no end chunk)");
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at, 4));
            if (length > int.MaxValue || bytes.Length - at - 12 < length)
                return (null, "the file is cut short (a chunk runs past its end)");
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var end = at + 12 + (int)length;
            // A critical chunk (upper-case first letter) is always the decoder's to judge.
            var critical = char.IsAsciiLetterUpper(type[0]);
            if (critical || KeptAncillary.Contains(type))
            {
                if (!critical && length > MaxAncillaryBytes)
                    return (null, $"its '{type}' chunk holds {length / (1024 * 1024)} MB, more than a picture's colour or orientation data ever needs");
                kept.Add(at..end);
            }
            else dropped = true;
            at = end;
            if (type == "IEND") break;
        }
        if (!dropped && at == bytes.Length) return (bytes, null);
        var cleaned = new byte[Signature.Length + kept.Sum(r => r.GetOffsetAndLength(bytes.Length).Length)];
        Signature.CopyTo(cleaned);
        var to = Signature.Length;
        foreach (var range in kept)
        {
            var chunk = bytes.AsSpan(range);
            chunk.CopyTo(cleaned.AsSpan(to));
            to += chunk.Length;
        }
        return (cleaned, null);
    }
}
