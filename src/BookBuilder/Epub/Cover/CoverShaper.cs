using System.Text;
using SkiaSharp;

namespace BookBuilder.Epub.Cover;

/// <summary>
/// Shapes a line of cover text with a text face and an emoji face. The string is split into runs
/// by font coverage, so emoji are drawn from the colour font and letters from the serif; code
/// points that only continue an emoji (joiners, variation selectors, skin tones, tags) stay in the
/// emoji run, where shaping turns the sequence into one glyph.
/// </summary>
internal static class CoverShaper
{
    public static ShapedLine Shape(string text, CoverFace textFace, CoverFace? emojiFace, float size)
    {
        var runs = new List<ShapedRun>();
        var x = 0f;
        foreach (var (face, segment) in Split(text, textFace, emojiFace))
        {
            var run = ShapeRun(segment, face, size, x);
            runs.Add(run.Run);
            x += run.Advance;
        }
        return new ShapedLine(runs, x);
    }

    private static (ShapedRun Run, float Advance) ShapeRun(string text, CoverFace face, float size, float startX)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        face.Shaper.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        var pen = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            points[i] = new SKPoint(startX + pen + positions[i].XOffset * scale, -positions[i].YOffset * scale);
            pen += positions[i].XAdvance * scale;
        }
        return (new ShapedRun(face, size, glyphs, points), pen);
    }

    /// <summary>Splits text into maximal runs of one face; characters no face has are dropped.</summary>
    internal static IEnumerable<(CoverFace Face, string Text)> Split(string text, CoverFace textFace, CoverFace? emojiFace)
    {
        CoverFace? current = null;
        var sb = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var face = Choose(rune.Value, current, textFace, emojiFace);
            if (face is null) continue;
            if (!ReferenceEquals(face, current) && sb.Length > 0)
            {
                yield return (current!, sb.ToString());
                sb.Clear();
            }
            current = face;
            sb.Append(rune.ToString());
        }
        if (current is not null && sb.Length > 0) yield return (current, sb.ToString());
    }

    private static CoverFace? Choose(int cp, CoverFace? current, CoverFace textFace, CoverFace? emojiFace)
    {
        if (IsEmojiContinuation(cp) && current is not null) return current;
        if (emojiFace is not null && IsEmojiRange(cp) && emojiFace.Covers(cp)) return emojiFace;
        if (textFace.Covers(cp)) return textFace;
        if (emojiFace is not null && emojiFace.Covers(cp)) return emojiFace;
        return null;
    }

    /// <summary>Code points that modify the emoji before them rather than stand alone.</summary>
    private static bool IsEmojiContinuation(int cp) =>
        cp is 0x200D or 0xFE0F or 0xFE0E or 0x20E3 or (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F);

    /// <summary>Blocks whose characters are drawn as emoji even when the text face has a glyph.</summary>
    private static bool IsEmojiRange(int cp) =>
        cp is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF);
}
