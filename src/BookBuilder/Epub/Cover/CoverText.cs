using BookBuilder.Typography;
using BookBuilder.Typography.Bidi;
using SkiaSharp;

namespace BookBuilder.Epub.Cover;

/// <summary>
/// The book's typography as the cover and the ornament pictures draw it: the faces, fallbacks and
/// shaper the PDF sets its text with (so every script the PDF can set appears on the cover too),
/// bidirectional order for right-to-left words, and Skia typefaces of the same files to draw the
/// glyphs. A character no face has is left out of the picture and recorded in <see cref="Missing"/>.
/// One instance per EPUB; it owns its typefaces.
/// </summary>
internal sealed class CoverText(FontRegistry fonts) : IDisposable
{
    private readonly HarfBuzzTextMeasurer _measurer = new(fonts);
    private readonly Dictionary<int, SKTypeface> _typefaces = [];
    private readonly List<string> _lines = [];

    /// <summary>
    /// Each character of the cover and ornaments that no face has, once, with the first line of
    /// text it was in.
    /// </summary>
    public IEnumerable<(MissingGlyph Glyph, string Line)> Missing =>
        _measurer.MissingGlyphs.DistinctBy(m => m.CodePoint)
            .Select(m => (m, _lines.FirstOrDefault(l => l.Contains(m.Character, StringComparison.Ordinal)) ?? m.Text));

    /// <summary>Ascent (positive) and descent of the emoji face as Skia draws it, in pixels at <paramref name="size"/>; null without one.</summary>
    public (float Ascent, float Descent)? EmojiMetrics(float size)
    {
        if (fonts.Emoji is not { } emoji) return null;
        using var font = new SKFont(Typeface(emoji.Id), size);
        var metrics = font.Metrics;
        return (-metrics.Ascent, metrics.Descent);
    }

    /// <summary>
    /// One line of text in <paramref name="style"/>, its runs in visual order, without the
    /// characters no face has (a box would stand in their place, and their width would push the
    /// line off centre).
    /// </summary>
    public ShapedText Shape(string text, TextStyle style)
    {
        if (_lines.Count == 0 || _lines[^1] != text) _lines.Add(text);
        var shaped = VisualLine.Shape(_measurer, text, style);
        if (!shaped.Runs.Any(r => r.Glyphs.Contains((ushort)0))) return shaped;
        var missing = _measurer.MissingGlyphs.Select(m => m.CodePoint).ToHashSet();
        var kept = string.Concat(text.EnumerateRunes().Where(r => !missing.Contains(r.Value)).Select(r => r.ToString()));
        return VisualLine.Shape(_measurer, kept, style);
    }

    /// <summary>Whether any glyph of <paramref name="text"/> comes from the colour emoji font.</summary>
    public bool HasEmoji(ShapedText text) =>
        fonts.Emoji is { } emoji && text.Runs.Any(r => r.FontId == emoji.Id && r.Glyphs.Length > 0);

    /// <summary>The line as a text blob whose origin is the start of its baseline; null when it draws nothing.</summary>
    public SKTextBlob? ToBlob(ShapedText text)
    {
        using var builder = new SKTextBlobBuilder();
        float pen = 0;
        foreach (var run in text.Runs)
        {
            if (run.Glyphs.Length > 0)
            {
                using var font = new SKFont(Typeface(run.FontId), run.Size) { Edging = SKFontEdging.Antialias, Subpixel = true };
                var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
                buffer.SetGlyphs(run.Glyphs);
                buffer.SetPositions(run.XOffsets.Select((x, i) => new SKPoint(pen + x, -run.YOffsets[i])).ToArray());
            }
            pen += run.Width;
        }
        return builder.Build();
    }

    private SKTypeface Typeface(int fontId)
    {
        if (_typefaces.TryGetValue(fontId, out var typeface)) return typeface;
        var path = fonts[fontId].Path;
        typeface = SKTypeface.FromFile(path) ?? throw new IOException($"Skia could not read the font {path}");
        return _typefaces[fontId] = typeface;
    }

    public void Dispose()
    {
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
    }
}
