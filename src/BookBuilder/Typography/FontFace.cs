using HarfBuzzSharp;
using HbBlob = HarfBuzzSharp.Blob;
using HbFace = HarfBuzzSharp.Face;
using HbFont = HarfBuzzSharp.Font;

namespace BookBuilder.Typography;

/// <summary>
/// One font file, loaded once: the HarfBuzz blob, face and font used for shaping, its units per
/// em and vertical metrics in font units. Shaping and coverage queries are thread-safe (HarfBuzz
/// fonts are immutable after setup); the object is owned and disposed by a <see cref="FontRegistry"/>.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly HbBlob _blob;

    internal FontFace(int id, string path)
    {
        Id = id;
        Path = path;
        Name = System.IO.Path.GetFileNameWithoutExtension(path);
        _blob = HbBlob.FromFile(path);
        if (_blob.Length == 0)
            throw new AssetNotFoundException($"Font file '{path}' is empty or unreadable. {AssetLocator.InstallHint}");
        _blob.MakeImmutable();
        HbFace = new HbFace(_blob, 0);
        if (HbFace.GlyphCount == 0)
            throw new InvalidDataException($"'{path}' is not a usable OpenType font (no glyphs).");
        HbFace.MakeImmutable();
        UnitsPerEm = HbFace.UnitsPerEm;
        GlyphCount = HbFace.GlyphCount;
        HbFont = new HbFont(HbFace);
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
        IsColorFont = HbFace.HasColorPng || HbFace.HasColorLayers || HbFace.Tables.Contains(ColrTag) || HbFace.Tables.Contains(SbixTag);

        var m = HbFont.OpenTypeMetrics;
        Ascender = m.TryGetPosition(OpenTypeMetricsTag.HorizontalAscender, out var asc) ? asc : (int)(UnitsPerEm * 0.8);
        Descender = m.TryGetPosition(OpenTypeMetricsTag.HorizontalDescender, out var desc) ? desc : -(int)(UnitsPerEm * 0.2);
        LineGap = m.TryGetPosition(OpenTypeMetricsTag.HorizontalLineGap, out var gap) ? gap : 0;
        CapHeight = m.TryGetPosition(OpenTypeMetricsTag.CapHeight, out var cap) && cap > 0 ? cap : GlyphTop('H', 0.7);
        XHeight = m.TryGetPosition(OpenTypeMetricsTag.XHeight, out var xh) && xh > 0 ? xh : GlyphTop('x', 0.5);
    }

    /// <summary>Key of this face in its registry; <see cref="ShapedRun.FontId"/> refers to it.</summary>
    public int Id { get; }
    /// <summary>Full path of the font file.</summary>
    public string Path { get; }
    /// <summary>File name without extension, e.g. <c>SourceSerif4-Regular</c>.</summary>
    public string Name { get; }
    public int UnitsPerEm { get; }
    public int GlyphCount { get; }
    /// <summary>
    /// True for colour fonts: COLR layers or paint graphs (Noto Color Emoji's vector build), or
    /// PNG strikes (CBDT/CBLC, sbix).
    /// </summary>
    public bool IsColorFont { get; }

    private static readonly HarfBuzzSharp.Tag ColrTag = HarfBuzzSharp.Tag.Parse("COLR");
    private static readonly HarfBuzzSharp.Tag SbixTag = HarfBuzzSharp.Tag.Parse("sbix");
    /// <summary>Typographic ascender in font units (positive).</summary>
    public int Ascender { get; }
    /// <summary>Typographic descender in font units (negative).</summary>
    public int Descender { get; }
    public int LineGap { get; }
    public int CapHeight { get; }
    public int XHeight { get; }

    internal HbFace HbFace { get; }
    internal HbFont HbFont { get; }

    /// <summary>Whether the font's cmap maps <paramref name="codePoint"/> to a glyph.</summary>
    public bool HasGlyph(int codePoint) => HbFont.TryGetGlyph((uint)codePoint, out _);

    /// <summary>The glyph id the cmap gives <paramref name="codePoint"/>, or 0 (.notdef).</summary>
    public ushort GlyphFor(int codePoint) => HbFont.TryGetGlyph((uint)codePoint, out var g) ? (ushort)g : (ushort)0;

    /// <summary>The horizontal advance of <paramref name="glyph"/> in font units.</summary>
    public int AdvanceOf(ushort glyph) => HbFont.GetHorizontalGlyphAdvance(glyph);

    /// <summary>Vertical metrics scaled to <paramref name="size"/> points.</summary>
    public FontMetrics MetricsAt(float size)
    {
        float k = size / UnitsPerEm;
        return new FontMetrics(Ascender * k, Descender * k, CapHeight * k, XHeight * k);
    }

    /// <summary>The original file's bytes (for embedding when subsetting is not possible).</summary>
    public byte[] ReadAllBytes() => File.ReadAllBytes(Path);

    /// <summary>Top of a glyph's outline, for fonts whose OS/2 table lacks cap and x height.</summary>
    private int GlyphTop(char c, double fallbackEm) =>
        HbFont.TryGetGlyph(c, out var g) && HbFont.TryGetGlyphExtents(g, out var ext) && ext.YBearing > 0
            ? ext.YBearing
            : (int)(UnitsPerEm * fallbackEm);

    public void Dispose()
    {
        HbFont.Dispose();
        HbFace.Dispose();
        _blob.Dispose();
    }

    public override string ToString() => $"{Id}:{Name}";
}
