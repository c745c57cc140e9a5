using System.Text;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// PDFsharp stamps every save with random GUIDs: the trailer's /ID and the XMP packet's
/// DocumentID and InstanceID. This overwrites them in the saved bytes with values derived from a
/// hash of the content, so the same book gives the same file. Every replacement has the length of
/// what it replaces, so the cross-reference offsets stay valid.
/// </summary>
internal static class ReproducibleIds
{
    /// <summary>Rewrites the identifiers in <paramref name="pdf"/> from <paramref name="hash"/> (at least 32 bytes).</summary>
    /// <exception cref="InvalidOperationException">The file does not have the expected shape.</exception>
    public static void Apply(Span<byte> pdf, byte[] hash)
    {
        ReplaceTrailerId(pdf, hash.AsSpan(0, 16));
        ReplaceUuid(pdf, "<xmpMM:DocumentID>uuid:"u8, hash.AsSpan(0, 16));
        ReplaceUuid(pdf, "<xmpMM:InstanceID>uuid:"u8, hash.AsSpan(16, 16));
    }

    private static void ReplaceTrailerId(Span<byte> pdf, ReadOnlySpan<byte> id)
    {
        int trailer = pdf.LastIndexOf("trailer"u8);
        int at = trailer < 0 ? -1 : pdf[trailer..].IndexOf("/ID"u8);
        if (at < 0) throw new InvalidOperationException("The PDF trailer has no /ID.");
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(id));
        var rest = pdf[(trailer + at)..];
        for (int k = 0; k < 2; k++)
        {
            int open = rest.IndexOf((byte)'<');
            int close = open < 0 ? -1 : rest[open..].IndexOf((byte)'>');
            if (close != hex.Length + 1)
                throw new InvalidOperationException("The PDF trailer's /ID is not a pair of 16-byte strings.");
            hex.CopyTo(rest[(open + 1)..]);
            rest = rest[(open + close + 1)..];
        }
    }

    /// <summary>Replaces the 36-character UUID after each occurrence of <paramref name="prefix"/>, if any.</summary>
    private static void ReplaceUuid(Span<byte> pdf, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> value)
    {
        var uuid = Encoding.ASCII.GetBytes(new Guid(value).ToString("D"));
        int from = 0;
        while (true)
        {
            int at = pdf[from..].IndexOf(prefix);
            if (at < 0) return;
            int start = from + at + prefix.Length;
            if (start + uuid.Length > pdf.Length || pdf[start + uuid.Length] != (byte)'<')
                throw new InvalidOperationException("An XMP identifier is not a plain UUID.");
            uuid.CopyTo(pdf[start..]);
            from = start + uuid.Length;
        }
    }
}
