using System.Runtime.InteropServices;
using BookBuilder.Typography;
using static BookBuilder.Pdf.Output.HarfBuzzSubsetNative;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// Cuts a font down to the glyphs a document draws, with HarfBuzz's subsetter. Glyph ids are
/// retained, so runs shaped against the full font stay valid against the subset (and serve as
/// the PDF's character ids). The PDF writer embeds the subsets as CIDFontType2 fonts with a
/// ToUnicode map of its own.
/// </summary>
public static class FontSubsetter
{
    // Shaping is done, so the layout tables are dead weight in the PDF.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "STAT", "DSIG", "kern", "morx", "kerx"];

    /// <summary>
    /// The bytes of a subset of <paramref name="face"/> holding <paramref name="glyphs"/> and the
    /// glyphs of <paramref name="codePoints"/>, with the original glyph ids. Null if HarfBuzz
    /// cannot subset the font (the caller then embeds it whole).
    /// </summary>
    public static byte[]? Subset(FontFace face, IEnumerable<ushort> glyphs, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(face);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) return null;
        try
        {
            var glyphSet = hb_subset_input_set(input, SubsetSet.GlyphIndex);
            hb_set_add(glyphSet, 0); // .notdef: the box a missing character prints as
            foreach (var g in glyphs) hb_set_add(glyphSet, g);

            var unicodeSet = hb_subset_input_set(input, SubsetSet.Unicode);
            foreach (var cp in codePoints) hb_set_add(unicodeSet, (uint)cp);

            var drop = hb_subset_input_set(input, SubsetSet.DropTableTag);
            foreach (var tag in DroppedTables) hb_set_add(drop, Tag(tag));

            var flags = (SubsetFlags)hb_subset_input_get_flags(input)
                | SubsetFlags.RetainGids | SubsetFlags.NoHinting | SubsetFlags.NotdefOutline | SubsetFlags.NoLayoutClosure;
            hb_subset_input_set_flags(input, (uint)flags);

            var subset = hb_subset_or_fail(face.HbFace.Handle, input);
            if (subset == IntPtr.Zero) return null;
            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0) return null;
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally { hb_blob_destroy(blob); }
            }
            finally { hb_face_destroy(subset); }
        }
        finally { hb_subset_input_destroy(input); }
    }

    private static uint Tag(string t) => (uint)(t[0] << 24 | t[1] << 16 | t[2] << 8 | t[3]);
}
