using System.Collections.Concurrent;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace BookBuilder.Typography;

/// <summary>
/// Shapes text with HarfBuzz (kerning and standard ligatures on, as the fonts define them), after
/// splitting it into runs by font coverage (<see cref="FontRunSplitter"/>). A style with small
/// capitals turns on the font's <c>c2sc</c> feature. Results are cached by (text, style,
/// direction) and shared: the class is thread-safe.
/// </summary>
public sealed class HarfBuzzTextMeasurer : ITextMeasurer
{
    /// <summary>Letter-spacing between small capitals, in ems (typographers add 5–10%).</summary>
    public const float SmallCapsTracking = 0.05f;

    private static readonly Feature[] NoFeatures = [];
    private static readonly Feature[] SmallCapsFeatures = [Feature.Parse("c2sc")];

    private readonly ConcurrentDictionary<(string Text, TextStyle Style, TextDirection Direction), ShapedText> _cache = new();
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
    public ShapedText Shape(string text, TextStyle style) => Shape(text, style, TextDirection.Auto);

    /// <inheritdoc />
    public ShapedText Shape(string text, TextStyle style, TextDirection direction)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = (text, style, direction);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var shaped = ShapeUncached(text, style, direction);
        return _cache.GetOrAdd(key, shaped);
    }

    /// <inheritdoc />
    public FontMetrics Metrics(TextStyle style) => Fonts.Resolve(style).MetricsAt(style.Size);

    private ShapedText ShapeUncached(string text, TextStyle style, TextDirection direction)
    {
        if (text.Length == 0) return new ShapedText(text, style, []);
        var primary = Fonts.Resolve(style);
        var segments = new List<FontSegment>(2);
        var missing = new List<int>();
        FontRunSplitter.Split(text, primary, Fonts, segments, missing);
        foreach (var cp in missing) _missing.TryAdd(new MissingGlyph(cp, text, style.Family), 0);

        var runs = new ShapedRun[segments.Count];
        for (int i = 0; i < segments.Count; i++)
            runs[i] = ShapeRun(text, segments[i], style, direction);
        // Runs are drawn one after the other from the left: a right-to-left text's last run comes first.
        if (direction == TextDirection.RightToLeft) Array.Reverse(runs);
        return new ShapedText(text, style, runs);
    }

    private static ShapedRun ShapeRun(string text, FontSegment seg, TextStyle style, TextDirection direction)
    {
        var run = ShapeRun(text, seg, style.Size, direction, style.SmallCaps ? SmallCapsFeatures : NoFeatures);
        if (!style.SmallCaps) return run;
        // A face without small capitals (the italics) leaves the glyphs alone: the capitals stay
        // as they are, unspaced, rather than being faked.
        var plain = ShapeRun(text, seg, style.Size, direction, NoFeatures);
        return run.Glyphs.AsSpan().SequenceEqual(plain.Glyphs) ? plain : run.Tracked(SmallCapsTracking * style.Size);
    }

    private static ShapedRun ShapeRun(string text, FontSegment seg, float size, TextDirection direction, Feature[] features)
    {
        var face = seg.Face;
        using var buffer = new HbBuffer();
        // The whole text goes in as context so that shaping at run edges sees its neighbours;
        // cluster values are then offsets into the whole text.
        buffer.AddUtf16(text, seg.Start, seg.Length);
        if (direction != TextDirection.Auto)
            buffer.Direction = direction == TextDirection.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties(); // script and language; the direction only when not set
        // Removing (rather than blanking) ZWJ, variation selectors and the like keeps emoji runs
        // free of the emoji font's space glyph, a plain outline glyph that would make Skia embed
        // the colour font as a text font beside its colour glyphs.
        var flags = BufferFlags.RemoveDefaultIgnorables;
        if (seg.Start == 0) flags |= BufferFlags.BeginningOfText;
        if (seg.Start + seg.Length == text.Length) flags |= BufferFlags.EndOfText;
        buffer.Flags = flags;
        face.HbFont.Shape(buffer, features);

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
