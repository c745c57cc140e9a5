using HarfBuzzSharp;
using SkiaSharp;

namespace BookBuilder.Epub.Cover;

/// <summary>
/// One font file loaded twice over: as a Skia typeface for drawing and as a HarfBuzz font for
/// shaping (kerning, ligatures, and the flag and ZWJ sequences of emoji, which need shaping).
/// </summary>
internal sealed class CoverFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly SKFont _probe;

    private CoverFace(SKTypeface typeface, Blob blob, Face face, HarfBuzzSharp.Font font)
    {
        Typeface = typeface;
        _blob = blob;
        _face = face;
        Shaper = font;
        _probe = new SKFont(typeface);
    }

    public SKTypeface Typeface { get; }

    public HarfBuzzSharp.Font Shaper { get; }

    /// <summary>Font units per em, the unit of HarfBuzz's advances at the default scale.</summary>
    public int UnitsPerEm => _face.UnitsPerEm;

    /// <summary>Loads a font file; throws <see cref="IOException"/> when it cannot be read as a font.</summary>
    public static CoverFace Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Cover font not found: {path}", path);
        var typeface = SKTypeface.FromFile(path)
            ?? throw new IOException($"Cover font could not be read: {path}");
        var blob = Blob.FromFile(path);
        var face = new Face(blob, 0);
        var font = new HarfBuzzSharp.Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        return new CoverFace(typeface, blob, face, font);
    }

    /// <summary>Whether the font has a glyph for the code point.</summary>
    public bool Covers(int codePoint) => _probe.GetGlyph(codePoint) != 0;

    public void Dispose()
    {
        _probe.Dispose();
        Shaper.Dispose();
        _face.Dispose();
        _blob.Dispose();
        Typeface.Dispose();
    }
}
