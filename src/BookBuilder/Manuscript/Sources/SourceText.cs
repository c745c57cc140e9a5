using System.Text;
using BookBuilder.Diagnostics;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Sources;

/// <summary>
/// Decodes a manuscript text file strictly as UTF-8: a byte order mark is dropped, CRLF and CR line
/// endings become LF, and invalid UTF-8 is an error that names the line it is on.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the normalised text, or null (with a diagnostic) when it is not UTF-8.</summary>
    public static string? Decode(byte[] bytes, string displayName, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];

        string text;
        try
        {
            text = Strict.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var (line, col) = LineOf(span, offset);
            diagnostics.Report(FileNotUtf8, displayName, line, col);
            return null;
        }

        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return text;
    }

    private static (int Line, int Column) LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        // Find the first invalid sequence ourselves: the decoder's index is not always the byte offset.
        var firstBad = FirstInvalid(bytes);
        if (firstBad >= 0) offset = firstBad;
        int line = 1, col = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; col = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) col++;
        }
        return (line, col);
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[i..], new char[Math.Min(bytes.Length - i, 4096) * 2], out var read, out _, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.InvalidData) return i + read;
            if (status == System.Buffers.OperationStatus.Done) return -1;
            if (read == 0) return i;
            i += read;
        }
        return -1;
    }
}
