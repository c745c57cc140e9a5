using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace BookBuilder.Tests.Pdf.Output;

/// <summary>Facts about a PDF file's objects, read with PDFsharp (independent of PdfPig's text view).</summary>
/// <param name="MappedText">Every character the font's ToUnicode map gives, in map order.</param>
internal sealed record PdfFontInfo(string BaseFont, string Subtype, string? DescendantSubtype, bool HasFontFile2, int FontFileLength, string MappedText);

internal static class PdfStructure
{
    public static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>The decoded content stream(s) of page <paramref name="index"/> (0-based) as text.</summary>
    public static string PageContent(byte[] pdf, int index)
    {
        using var doc = Open(pdf);
        var sb = new System.Text.StringBuilder();
        foreach (var item in doc.Pages[index].Contents.Elements)
        {
            var stream = item is PdfReference r ? ((PdfDictionary)r.Value).Stream : ((PdfDictionary)item).Stream;
            sb.Append(System.Text.Encoding.Latin1.GetString(stream.UnfilteredValue));
        }
        return sb.ToString();
    }

    public static IReadOnlyList<PdfFontInfo> Fonts(byte[] pdf)
    {
        using var doc = Open(pdf);
        var seen = new Dictionary<string, PdfFontInfo>();
        foreach (var page in doc.Pages)
        {
            var fonts = page.Resources.Elements.GetDictionary("/Font");
            if (fonts is null) continue;
            foreach (var key in fonts.Elements.Keys)
            {
                var font = fonts.Elements.GetDictionary(key)!;
                var baseFont = font.Elements.GetName("/BaseFont");
                var subtype = font.Elements.GetName("/Subtype");
                string? descendant = null;
                bool file2 = false;
                int length = 0;
                if (font.Elements.GetArray("/DescendantFonts") is { } kids
                    && kids.Elements.GetDictionary(0) is { } cid)
                {
                    descendant = cid.Elements.GetName("/Subtype");
                    if (cid.Elements.GetDictionary("/FontDescriptor")?.Elements.GetDictionary("/FontFile2") is { } ff)
                    {
                        file2 = true;
                        length = ff.Stream.UnfilteredValue.Length;
                    }
                }
                var toUnicode = font.Elements.GetDictionary("/ToUnicode")?.Stream.UnfilteredValue;
                seen[$"{baseFont}|{subtype}|{((PdfReference)fonts.Elements[key]!).ObjectNumber}"] =
                    new PdfFontInfo(baseFont, subtype, descendant, file2, length, toUnicode is null ? "" : MappedText(toUnicode));
            }
        }
        return seen.Values.ToArray();
    }

    /// <summary>The destination strings of a ToUnicode CMap's bfchar and bfrange entries (ranges by their first value).</summary>
    private static string MappedText(byte[] cmap)
    {
        var text = System.Text.Encoding.Latin1.GetString(cmap);
        var sb = new System.Text.StringBuilder();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
                     text, @"<[0-9A-Fa-f]+>\s*(?:<[0-9A-Fa-f]+>\s*)?<([0-9A-Fa-f]+)>"))
        {
            var hex = m.Groups[1].Value;
            sb.Append(System.Text.Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex)));
        }
        return sb.ToString();
    }
}
