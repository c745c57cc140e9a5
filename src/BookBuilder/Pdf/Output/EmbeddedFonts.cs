using BookBuilder.Diagnostics;
using BookBuilder.Typography;
using SkiaSharp;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// One Skia typeface per font the document uses, made from a subset of the font that holds only
/// the drawn glyphs (Skia itself would embed each TrueType font whole).
/// </summary>
internal sealed class EmbeddedFonts : IDisposable
{
    private readonly Dictionary<int, SKTypeface> _typefaces = new();

    public EmbeddedFonts(GlyphUsage usage, FontRegistry fonts, DiagnosticBag? diagnostics)
    {
        foreach (var id in usage.FontIds)
        {
            var face = fonts[id];
            var bytes = FontSubsetter.Subset(face, usage.Glyphs(id), usage.CodePoints(id));
            if (bytes is null)
            {
                diagnostics?.Report(PdfFontNotSubset, face.Path, 0, 0, face.Name);
                bytes = face.ReadAllBytes();
            }
            using var data = SKData.CreateCopy(bytes);
            var typeface = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia could not load font {face.Name} ({face.Path}).");
            _typefaces[id] = typeface;
        }
    }

    public SKTypeface this[int fontId] => _typefaces[fontId];

    public void Dispose()
    {
        foreach (var t in _typefaces.Values) t.Dispose();
    }
}
