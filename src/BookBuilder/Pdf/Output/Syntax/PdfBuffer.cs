using System.Buffers;
using System.Text;

namespace BookBuilder.Pdf.Output.Syntax;

/// <summary>
/// A growable byte buffer that writes PDF syntax: ASCII tokens, numbers in a fixed short form,
/// names, text strings and hex strings. Numbers never depend on the culture or on the runtime's
/// float formatting, so the same values give the same bytes everywhere.
/// </summary>
public sealed class PdfBuffer
{
    private byte[] _data;
    private int _length;

    public PdfBuffer(int capacity = 256) => _data = new byte[Math.Max(16, capacity)];

    public int Length => _length;
    public ReadOnlySpan<byte> Span => _data.AsSpan(0, _length);
    public void Clear() => _length = 0;

    private Span<byte> Grow(int n)
    {
        if (_length + n > _data.Length) Array.Resize(ref _data, Math.Max(_data.Length * 2, _length + n));
        var s = _data.AsSpan(_length, n);
        _length += n;
        return s;
    }

    /// <summary>Appends ASCII text as it is (operators, keys, punctuation).</summary>
    public PdfBuffer Raw(string ascii)
    {
        var s = Grow(ascii.Length);
        for (int i = 0; i < ascii.Length; i++) s[i] = (byte)ascii[i];
        return this;
    }

    public PdfBuffer Raw(char c) { Grow(1)[0] = (byte)c; return this; }

    public PdfBuffer Bytes(ReadOnlySpan<byte> bytes) { bytes.CopyTo(Grow(bytes.Length)); return this; }

    public PdfBuffer Space() => Raw(' ');

    public PdfBuffer Int(long value)
    {
        Span<byte> tmp = stackalloc byte[20];
        int n = 0;
        bool neg = value < 0;
        ulong v = neg ? (ulong)(-value) : (ulong)value;
        do { tmp[n++] = (byte)('0' + (int)(v % 10)); v /= 10; } while (v > 0);
        var s = Grow(n + (neg ? 1 : 0));
        int k = 0;
        if (neg) s[k++] = (byte)'-';
        while (n > 0) s[k++] = tmp[--n];
        return this;
    }

    /// <summary>A real number rounded to <paramref name="decimals"/> places, without trailing zeros.</summary>
    public PdfBuffer Num(double value, int decimals = 3)
    {
        long scale = Pow10[decimals];
        long scaled = (long)Math.Round(value * scale, MidpointRounding.AwayFromZero);
        if (scaled == 0) return Raw('0');
        if (scaled < 0) { Raw('-'); scaled = -scaled; }
        long whole = scaled / scale, frac = scaled % scale;
        Int(whole);
        if (frac == 0) return this;
        int digits = decimals;
        while (frac % 10 == 0) { frac /= 10; digits--; }
        var s = Grow(digits + 1);
        s[0] = (byte)'.';
        for (int i = digits; i >= 1; i--) { s[i] = (byte)('0' + (int)(frac % 10)); frac /= 10; }
        return this;
    }

    /// <summary>The value <see cref="Num"/> writes, as a number (to compute with exactly what a reader sees).</summary>
    public static double Rounded(double value, int decimals = 3)
    {
        long scale = Pow10[decimals];
        return Math.Round(value * scale, MidpointRounding.AwayFromZero) / scale;
    }

    private static readonly long[] Pow10 = [1, 10, 100, 1000, 10000, 100000];

    /// <summary>A name object: '/' and the name, with delimiters and non-regular characters as #xx.</summary>
    public PdfBuffer Name(string name)
    {
        Raw('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b > 0x20 && b < 0x7F && "()<>[]{}/%#".IndexOf((char)b) < 0) Raw((char)b);
            else { Raw('#'); Hex2(b); }
        }
        return this;
    }

    private void Hex2(byte b)
    {
        const string digits = "0123456789ABCDEF";
        var s = Grow(2);
        s[0] = (byte)digits[b >> 4];
        s[1] = (byte)digits[b & 15];
    }

    /// <summary>Bytes as a hex string &lt;...&gt;.</summary>
    public PdfBuffer Hex(ReadOnlySpan<byte> bytes)
    {
        Raw('<');
        foreach (var b in bytes) Hex2(b);
        return Raw('>');
    }

    /// <summary>A glyph id as four hex digits (for Identity-H strings inside &lt;&gt;).</summary>
    public PdfBuffer Glyph(ushort gid)
    {
        Hex2((byte)(gid >> 8));
        Hex2((byte)gid);
        return this;
    }

    /// <summary>
    /// A text string: a literal in PDFDocEncoding when it is printable ASCII, else UTF-16BE with a
    /// byte order mark as a hex string.
    /// </summary>
    public PdfBuffer Text(string text)
    {
        bool ascii = true;
        foreach (var c in text) if (c < 0x20 || c > 0x7E) { ascii = false; break; }
        if (ascii)
        {
            Raw('(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\') Raw('\\');
                Raw(c);
            }
            return Raw(')');
        }
        Raw("<FEFF");
        foreach (var c in text) { Hex2((byte)(c >> 8)); Hex2((byte)c); }
        return Raw('>');
    }

    /// <summary>Writes the content to <paramref name="writer"/>.</summary>
    public void CopyTo(IBufferWriter<byte> writer) => writer.Write(Span);

    public byte[] ToArray() => Span.ToArray();

    public override string ToString() => Encoding.Latin1.GetString(Span);
}
