namespace BookBuilder.Pdf.Text;

/// <summary>
/// A piece of text shaped by HarfBuzz, possibly split into several runs when font fallback
/// (emoji, a script the body font lacks) changes the font. Immutable; safe to cache and share.
/// Widths and positions are in points at the style's size.
/// </summary>
public sealed class ShapedText
{
    public ShapedText(string text, TextStyle style, IReadOnlyList<ShapedRun> runs)
    {
        Text = text;
        Style = style;
        Runs = runs;
        float w = 0;
        foreach (var r in runs) w += r.Width;
        Width = w;
    }

    /// <summary>The UTF-16 text that was shaped.</summary>
    public string Text { get; }
    public TextStyle Style { get; }
    public IReadOnlyList<ShapedRun> Runs { get; }
    /// <summary>Total advance width in points.</summary>
    public float Width { get; }
}

/// <summary>
/// Glyphs of one font for a contiguous substring of <see cref="ShapedText.Text"/>.
/// <see cref="Clusters"/> are UTF-16 offsets into <see cref="Text"/> (this run's own text), one per glyph.
/// </summary>
/// <param name="FontId">Key of the font face in the font registry (stable for a run of the program).</param>
/// <param name="Text">The substring this run covers.</param>
/// <param name="Glyphs">Glyph ids in the font.</param>
/// <param name="XOffsets">Pen x position of each glyph relative to the run start, in points.</param>
/// <param name="YOffsets">Vertical offset of each glyph (positive is up), in points.</param>
/// <param name="Clusters">UTF-16 offset in <paramref name="Text"/> of each glyph's cluster.</param>
/// <param name="Width">Advance width of the whole run in points.</param>
/// <param name="Size">Font size in points.</param>
public sealed record ShapedRun(
    int FontId,
    string Text,
    ushort[] Glyphs,
    float[] XOffsets,
    float[] YOffsets,
    int[] Clusters,
    float Width,
    float Size);
