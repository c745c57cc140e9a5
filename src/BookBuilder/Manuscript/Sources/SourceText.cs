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
        return WithoutControlCharacters(text, displayName, diagnostics);
    }

    /// <summary>Lines with control characters reported one by one up to this many in a file, the rest counted.</summary>
    private const int ReportedLines = 20;

    /// <summary>
    /// The text without control characters other than tab and line feed, each line that had any
    /// reported (BB055) where its first one was. Removed here, before Markdig reads the text, so
    /// that every construct loses them alike: Markdig itself turns NUL into U+FFFD without a word,
    /// and a heading, list or table used to keep them or lose them silently.
    /// </summary>
    private static string WithoutControlCharacters(string text, string displayName, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAny(ControlCharacters)) return text;
        var kept = new StringBuilder(text.Length);
        int line = 1, column = 1, reported = 0, more = 0;
        var lineReported = false;
        (int Line, int Column, char Character)? last = null;
        foreach (var ch in text)
        {
            if (ch == '\n') { line++; column = 1; lineReported = false; kept.Append(ch); continue; }
            if (!ControlCharacters.Contains(ch)) { column++; kept.Append(ch); continue; }
            if (lineReported) continue;
            lineReported = true;
            if (reported < ReportedLines)
            {
                reported++;
                diagnostics.Report(ControlCharactersRemoved, displayName, line, column, (int)ch, "");
            }
            else
            {
                more++;
                last ??= (line, column, ch);
            }
        }
        if (more > 0)
            diagnostics.Report(ControlCharactersRemoved, displayName, last!.Value.Line, last.Value.Column, (int)last.Value.Character, $" (and on {more - 1} more lines of this file)");
        return kept.ToString();
    }

    /// <summary>C0 and C1 control characters and DEL, except tab and line feed.</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

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
