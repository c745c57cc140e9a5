using System.Collections.Concurrent;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace BookBuilder.Pdf.Text;

/// <summary>
/// Shapes text with HarfBuzz (kerning and standard ligatures on, as the fonts define them), after
/// splitting it into runs by font coverage (<see cref="FontRunSplitter"/>). Results are cached by
/// (text, style) and shared: the class is thread-safe.
/// </summary>
public sealed class HarfBuzzTextMeasurer : ITextMeasurer
{
    private readonly ConcurrentDictionary<(string Text, TextStyle Style), ShapedText> _cache = new();
    private readonly ConcurrentDictionary<MissingGlyph, byte> _missing = new();

    /// <summary>Creates a measurer over the faces of <paramref name="fonts"/> (not owned).</summary>
    public HarfBuzzTextMeasurer(FontRegistry fonts) => Fonts = fonts;

    /// <summary>The registry whose <see cref="FontFace.Id"/>s the shaped runs refer to.</summary>
    public FontRegistry Fonts { get; }

    /// <summary>
    /// Characters that no font could draw, with the text they occurred in, collected over every
    /// call so far. The PDF stage turns them into diagnostics.
    /// </summary>
    public IReadOnlyCollection<MissingGlyph> MissingGlyphs =>
        _missing.Keys.OrderBy(m => m.CodePoint).ThenBy(m => m.Text, StringComparer.Ordinal).ToArray();

    /// <inheritdoc />
    public ShapedText Shape(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_cache.TryGetValue((text, style), out var cached)) return cached;
        var shaped = ShapeUncached(text, style);
        return _cache.GetOrAdd((text, style), shaped);
    }

    /// <inheritdoc />
    public FontMetrics Metrics(TextStyle style) => Fonts.Resolve(style).MetricsAt(style.Size);

    private ShapedText ShapeUncached(string text, TextStyle style)
    {
        if (text.Length == 0) return new ShapedText(text, style, []);
        var primary = Fonts.Resolve(style);
        var segments = new List<FontSegment>(2);
        var missing = new List<int>();
        FontRunSplitter.Split(text, primary, Fonts, segments, missing);
        foreach (var cp in missing) _missing.TryAdd(new MissingGlyph(cp, text, style.Family), 0);

        var runs = new ShapedRun[segments.Count];
        for (int i = 0; i < segments.Count; i++)
            runs[i] = ShapeRun(text, segments[i], style.Size);
        return new ShapedText(text, style, runs);
    }

    private static ShapedRun ShapeRun(string text, FontSegment seg, float size)
    {
        var face = seg.Face;
        using var buffer = new HbBuffer();
        // The whole text goes in as context so that shaping at run edges sees its neighbours;
        // cluster values are then offsets into the whole text.
        buffer.AddUtf16(text, seg.Start, seg.Length);
        buffer.GuessSegmentProperties();
        // Removing (rather than blanking) ZWJ, variation selectors and the like keeps emoji runs
        // free of the emoji font's space glyph, which has no bitmap and would make Skia embed
        // the whole colour font.
        var flags = BufferFlags.RemoveDefaultIgnorables;
        if (seg.Start == 0) flags |= BufferFlags.BeginningOfText;
        if (seg.Start + seg.Length == text.Length) flags |= BufferFlags.EndOfText;
        buffer.Flags = flags;
        face.HbFont.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        int n = infos.Length;
        var glyphs = new ushort[n];
        var xs = new float[n];
        var ys = new float[n];
        var clusters = new int[n];
        float scale = size / face.UnitsPerEm;
        int pen = 0;
        for (int i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster - seg.Start;
            xs[i] = (pen + positions[i].XOffset) * scale;
            ys[i] = positions[i].YOffset * scale;
            pen += positions[i].XAdvance;
        }
        return new ShapedRun(face.Id, text.Substring(seg.Start, seg.Length), glyphs, xs, ys, clusters, pen * scale, size);
    }
}
