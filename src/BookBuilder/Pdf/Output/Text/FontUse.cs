using BookBuilder.Typography;

namespace BookBuilder.Pdf.Output.Text;

/// <summary>
/// What the document draws from one text font: its glyphs, the characters they stand for (the
/// ToUnicode map), the widths the PDF declares for them, and the font's resource name. Character
/// ids are glyph ids, except where one glyph stands for different text in different places (the
/// hyphen of a word and the hyphen line breaking adds, U+2019 and U+02BC drawn alike): the second
/// meaning gets a character id of its own above the glyph ids, mapped to the same glyph by the
/// CIDToGIDMap and to its own text by the ToUnicode map, so that every extractor reads it. Filled
/// in one pass over the pages before any page is written; read-only afterwards, so pages can be
/// written in parallel.
/// </summary>
internal sealed class FontUse
{
    private readonly float[] _widths;

    public FontUse(FontFace face, int index)
    {
        Face = face;
        ResourceName = "F" + index;
        _widths = new float[face.GlyphCount];
        double scale = 1000.0 / face.UnitsPerEm;
        for (int g = 0; g < _widths.Length; g++)
            _widths[g] = (float)Syntax.PdfBuffer.Rounded(face.AdvanceOf((ushort)g) * scale, 2);
        SpaceGlyph = face.GlyphFor(' ');
        if (SpaceGlyph != 0) Map(SpaceGlyph, " ");
    }

    public FontFace Face { get; }
    /// <summary>The name of the font in the pages' resources (F0, F1, ...).</summary>
    public string ResourceName { get; }
    /// <summary>The glyph of U+0020, drawn in word spaces (0 if the font has none).</summary>
    public ushort SpaceGlyph { get; }
    public SortedSet<ushort> Glyphs { get; } = [0];
    public HashSet<int> CodePoints { get; } = [];
    /// <summary>The text each glyph stands for: the first cluster it was drawn alone for.</summary>
    public Dictionary<ushort, string> ToUnicode { get; } = [];
    private readonly Dictionary<(ushort Glyph, string Text), ushort> _alternates = [];
    /// <summary>Character ids beyond the glyph ids: each with its glyph and its text, in the order they were made.</summary>
    public List<(ushort Cid, ushort Glyph, string Text)> Alternates { get; } = [];

    /// <summary>Advance of character <paramref name="cid"/> in thousandths of an em, as the PDF's /W array says.</summary>
    public float Width(ushort cid)
    {
        if (cid < _widths.Length) return _widths[cid];
        int k = cid - _widths.Length;
        return k < Alternates.Count ? _widths[Alternates[k].Glyph] : 0;
    }

    /// <summary>Records that <paramref name="glyph"/> is drawn for <paramref name="text"/>.</summary>
    public void Map(ushort glyph, string text)
    {
        Glyphs.Add(glyph);
        if (ToUnicode.TryGetValue(glyph, out var known) && known == text) return;
        if (ToUnicode.TryAdd(glyph, text) || ToUnicode[glyph] == text || _alternates.ContainsKey((glyph, text))) return;
        var cid = checked((ushort)(_widths.Length + Alternates.Count));
        _alternates[(glyph, text)] = cid;
        Alternates.Add((cid, glyph, text));
    }

    /// <summary>
    /// The character id that draws <paramref name="glyph"/> and reads as <paramref name="text"/>,
    /// or null if the glyph was never recorded for that text.
    /// </summary>
    public ushort? Cid(ushort glyph, ReadOnlySpan<char> text)
    {
        if (MapsTo(glyph, text)) return glyph;
        return _alternates.TryGetValue((glyph, text.ToString()), out var cid) ? cid : null;
    }

    /// <summary>Whether the ToUnicode map gives back exactly <paramref name="text"/> for <paramref name="glyph"/>.</summary>
    public bool MapsTo(ushort glyph, ReadOnlySpan<char> text) =>
        ToUnicode.TryGetValue(glyph, out var mapped) && text.SequenceEqual(mapped);
}
