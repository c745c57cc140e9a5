using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using BookBuilder.Pdf.Output.Syntax;

namespace BookBuilder.Pdf.Output.Text;

/// <summary>
/// Embeds a text font as a Type 0 font with a CIDFontType2 descendant: the TrueType subset
/// (HarfBuzz keeps the glyph ids, so CID = glyph id and CIDToGIDMap is /Identity), the widths of
/// the glyphs used, and a ToUnicode CMap from each glyph to the text it was drawn for.
/// </summary>
internal static class FontEmbedder
{
    /// <summary>The subset's bytes (HarfBuzz), or null if HarfBuzz cannot subset the font.</summary>
    public static byte[]? SubsetBytes(FontUse use) => FontSubsetter.Subset(use.Face, use.Glyphs, use.CodePoints);

    /// <summary>Writes the font's objects; <paramref name="type0"/> is the number the pages refer to.</summary>
    public static void Write(PdfFile file, int type0, FontUse use, byte[] subset)
    {
        var face = use.Face;
        int cid = file.Reserve(), descriptor = file.Reserve(), fontFile = file.Reserve(), toUnicode = file.Reserve();
        var name = SubsetTag(use) + "+" + PostScriptName(face.Name);

        var b = new PdfBuffer(512);
        b.Raw("<</Type/Font/Subtype/Type0/BaseFont").Name(name).Raw("/Encoding/Identity-H/DescendantFonts[").Int(cid)
            .Raw(" 0 R]/ToUnicode ").Int(toUnicode).Raw(" 0 R>>");
        file.Object(type0, b);

        b.Clear();
        b.Raw("<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(name)
            .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Int(descriptor)
            .Raw(" 0 R/CIDToGIDMap");
        int? cidToGid = use.Alternates.Count > 0 ? file.Reserve() : null;
        if (cidToGid is { } map) b.Raw(" ").Int(map).Raw(" 0 R"); else b.Raw("/Identity");
        b.Raw("/DW 1000/W[");
        WriteWidths(b, use);
        b.Raw("]>>");
        file.Object(cid, b);
        if (cidToGid is { } mapObject)
        {
            // Glyph ids map to themselves; the extra character ids after them to their glyphs.
            var bytes = new byte[(face.GlyphCount + use.Alternates.Count) * 2];
            for (int g = 0; g < face.GlyphCount; g++) { bytes[2 * g] = (byte)(g >> 8); bytes[2 * g + 1] = (byte)g; }
            foreach (var (c, g, _) in use.Alternates) { bytes[2 * c] = (byte)(g >> 8); bytes[2 * c + 1] = (byte)g; }
            b.Clear();
            file.FlateStream(mapObject, b, bytes);
        }

        var (bbox, italicAngle) = ReadHeadAndPost(subset, face.UnitsPerEm);
        double k = 1000.0 / face.UnitsPerEm;
        b.Clear();
        b.Raw("<</Type/FontDescriptor/FontName").Name(name)
            .Raw("/Flags ").Int(4 | (italicAngle != 0 ? 64 : 0))
            .Raw("/FontBBox[").Num(bbox[0] * k, 0).Space().Num(bbox[1] * k, 0).Space().Num(bbox[2] * k, 0).Space().Num(bbox[3] * k, 0)
            .Raw("]/ItalicAngle ").Num(italicAngle, 2)
            .Raw("/Ascent ").Num(face.Ascender * k, 0).Raw("/Descent ").Num(face.Descender * k, 0)
            .Raw("/CapHeight ").Num(face.CapHeight * k, 0).Raw("/StemV 80/FontFile2 ").Int(fontFile).Raw(" 0 R>>");
        file.Object(descriptor, b);

        b.Clear();
        b.Raw("/Length1 ").Int(subset.Length);
        file.FlateStream(fontFile, b, subset);

        b.Clear();
        file.FlateStream(toUnicode, b, ToUnicodeCMap(use));
    }

    /// <summary>/W entries: runs of consecutive glyph ids with their widths.</summary>
    private static void WriteWidths(PdfBuffer b, FontUse use)
    {
        int runStart = -1, previous = -2;
        foreach (var g in use.Glyphs.Concat(use.Alternates.Select(a => a.Cid)))
        {
            if (g != previous + 1)
            {
                if (runStart >= 0) b.Raw("]");
                b.Int(g).Raw("[");
                runStart = g;
            }
            else b.Space();
            b.Num(use.Width(g), 2);
            previous = g;
        }
        if (runStart >= 0) b.Raw("]");
    }

    private static byte[] ToUnicodeCMap(FontUse use)
    {
        var b = new PdfBuffer(4096);
        b.Raw("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Raw("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Raw("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        var entries = use.ToUnicode.OrderBy(kv => kv.Key).Concat(use.Alternates.Select(a => KeyValuePair.Create(a.Cid, a.Text))).ToArray();
        for (int i = 0; i < entries.Length; i += 100)
        {
            int n = Math.Min(100, entries.Length - i);
            b.Int(n).Raw(" beginbfchar\n");
            for (int j = i; j < i + n; j++)
            {
                b.Raw('<').Glyph(entries[j].Key).Raw("><");
                foreach (var c in entries[j].Value) b.Glyph(c);
                b.Raw(">\n");
            }
            b.Raw("endbfchar\n");
        }
        b.Raw("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return b.ToArray();
    }

    /// <summary>Six capital letters that depend on the font and the glyphs in the subset.</summary>
    private static string SubsetTag(FontUse use)
    {
        var data = new List<byte>(Encoding.UTF8.GetBytes(use.Face.Name));
        foreach (var g in use.Glyphs) { data.Add((byte)(g >> 8)); data.Add((byte)g); }
        var hash = SHA256.HashData(data.ToArray());
        var tag = new char[6];
        for (int i = 0; i < 6; i++) tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }

    private static string PostScriptName(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name) if (c is > ' ' and < (char)0x7F && "()<>[]{}/%".IndexOf(c) < 0) sb.Append(c);
        return sb.Length > 0 ? sb.ToString() : "Font";
    }

    /// <summary>The bounding box from 'head' and the italic angle from 'post' of a TrueType font.</summary>
    private static (int[] BBox, double ItalicAngle) ReadHeadAndPost(byte[] font, int unitsPerEm)
    {
        int[] bbox = [0, -unitsPerEm / 4, unitsPerEm, unitsPerEm];
        double italic = 0;
        if (font.Length < 12) return (bbox, italic);
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (int i = 0; i < tables; i++)
        {
            int rec = 12 + i * 16;
            if (rec + 16 > font.Length) break;
            var tag = Encoding.ASCII.GetString(font, rec, 4);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(rec + 8));
            if (tag == "head" && offset + 44 <= font.Length)
                bbox = [BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(offset + 36)), BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(offset + 38)),
                    BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(offset + 40)), BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(offset + 42))];
            else if (tag == "post" && offset + 8 <= font.Length)
                italic = BinaryPrimitives.ReadInt32BigEndian(font.AsSpan(offset + 4)) / 65536.0;
        }
        return (bbox, italic);
    }
}
