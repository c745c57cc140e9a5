using System.IO.Compression;
using System.Security.Cryptography;

namespace BookBuilder.Pdf.Output.Syntax;

/// <summary>
/// The file layer of a PDF: numbered indirect objects written one after the other, a
/// cross-reference table and a trailer. Object numbers are reserved before the objects are
/// written, so objects can refer forward. Everything written is hashed; the hash is the seed of
/// the file identifier, so the same objects always give the same file.
/// </summary>
public sealed class PdfFile
{
    private readonly Stream _out;
    private readonly List<long> _offsets = [0];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly PdfBuffer _head = new(64);
    private long _position;

    public PdfFile(Stream output)
    {
        _out = output;
        // A binary comment after the header tells transfer programs the file is binary.
        Write(Header());
    }

    private static byte[] Header() => [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];

    /// <summary>A new object number, to be written later with <c>Object</c> or <c>Stream</c>.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes object <paramref name="number"/> whose body is <paramref name="body"/>.</summary>
    public void Object(int number, PdfBuffer body) => Object(number, body.Span);

    public void Object(int number, ReadOnlySpan<byte> body)
    {
        Begin(number);
        Write(body);
        Write("\nendobj\n"u8);
    }

    /// <summary>
    /// Writes a stream object: <paramref name="dictionary"/> holds the entries without the
    /// brackets and without /Length, which is added here.
    /// </summary>
    public void Stream(int number, PdfBuffer dictionary, ReadOnlySpan<byte> data)
    {
        Begin(number);
        var head = _head;
        head.Clear();
        head.Raw("<<").Bytes(dictionary.Span).Raw("/Length ").Int(data.Length).Raw(">>\nstream\n");
        Write(head.Span);
        Write(data);
        Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>Writes a stream compressed with Flate (zlib), adding /Filter /FlateDecode.</summary>
    public void FlateStream(int number, PdfBuffer dictionary, ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Optimal)
    {
        dictionary.Raw("/Filter/FlateDecode");
        Stream(number, dictionary, Deflate(data, level));
    }

    /// <summary>
    /// zlib-compressed bytes (the FlateDecode format). Page content streams use
    /// <see cref="CompressionLevel.Fastest"/>: they are most of the compression work of a book, and
    /// the default level made writing the 975-page benchmark book about three times slower for a
    /// file a tenth smaller (BENCHMARKS.md); fonts, pictures and the rest use the default level.
    /// </summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var ms = new MemoryStream(data.Length / 3 + 64);
        using (var z = new ZLibStream(ms, level, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    /// <summary>A digest of everything written so far (for identifiers derived from the content).</summary>
    public byte[] DigestSoFar() => _hash.GetCurrentHash();

    /// <summary>Writes the cross-reference table and the trailer; every reserved object must have been written.</summary>
    public void Finish(int catalog, int info)
    {
        var id = _hash.GetCurrentHash().AsSpan(0, 16);
        var xref = _position;
        var b = new PdfBuffer(_offsets.Count * 20 + 200);
        b.Raw("xref\n0 ").Int(_offsets.Count).Raw("\n0000000000 65535 f \n");
        for (int i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0) throw new InvalidOperationException($"PDF object {i} was reserved but never written.");
            b.Raw(_offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Raw(" 00000 n \n");
        }
        b.Raw("trailer\n<</Size ").Int(_offsets.Count).Raw("/Root ").Int(catalog).Raw(" 0 R/Info ").Int(info).Raw(" 0 R/ID[")
            .Hex(id).Hex(id).Raw("]>>\nstartxref\n").Int(xref).Raw("\n%%EOF\n");
        Write(b.Span);
        _out.Flush();
    }

    private void Begin(int number)
    {
        if (_offsets[number] >= 0) throw new InvalidOperationException($"PDF object {number} written twice.");
        _offsets[number] = _position;
        var head = _head;
        head.Clear();
        head.Int(number).Raw(" 0 obj\n");
        Write(head.Span);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _out.Write(bytes);
        _hash.AppendData(bytes);
        _position += bytes.Length;
    }
}
