namespace BookBuilder.Typography;

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

    /// <summary>
    /// Number of places where letter-spacing goes: boundaries between clusters (a ligature or a
    /// letter with its marks is one cluster), within runs and between them.
    /// </summary>
    public int ClusterGaps
    {
        get
        {
            // Inside each run, plus one between each pair of runs that draw something.
            var gaps = 0;
            var drawn = 0;
            foreach (var run in Runs)
            {
                if (run.Glyphs.Length == 0) continue;
                gaps += run.ClusterGaps;
                drawn++;
            }
            return drawn == 0 ? 0 : gaps + drawn - 1;
        }
    }

    /// <summary>
    /// The same text with <paramref name="points"/> of extra space after every cluster but the
    /// last (see <see cref="ClusterGaps"/>); the width grows accordingly. Zero returns this text.
    /// </summary>
    public ShapedText WithTracking(float points)
    {
        if (points == 0 || Runs.Count == 0) return this;
        var runs = new ShapedRun[Runs.Count];
        var last = -1;
        for (var i = 0; i < Runs.Count; i++) if (Runs[i].Glyphs.Length > 0) last = i;
        for (var i = 0; i < Runs.Count; i++)
        {
            var run = Runs[i].Tracked(points);
            // The space after a run's last cluster belongs to the run, so the next run moves too.
            runs[i] = i < last && run.Glyphs.Length > 0 ? run with { Width = run.Width + points } : run;
        }
        return new ShapedText(Text, Style, runs);
    }

    /// <summary>
    /// The same text drawn <paramref name="factor"/> times as wide: every glyph scaled horizontally
    /// about its own origin and placed at its scaled position (<see cref="ShapedRun.HorizontalScale"/>).
    /// A factor of 1 returns this text.
    /// </summary>
    public ShapedText WithScale(float factor)
    {
        if (factor == 1 || Runs.Count == 0) return this;
        var runs = new ShapedRun[Runs.Count];
        for (var i = 0; i < Runs.Count; i++) runs[i] = Runs[i].Scaled(factor);
        return new ShapedText(Text, Style, runs);
    }

    /// <summary>
    /// The same glyphs pushed together so that the text, ink included, is no wider than
    /// <paramref name="width"/>, and raised or lowered by at most <paramref name="maxShift"/>:
    /// for a single cluster wider than a line (a letter with thousands of combining marks), which
    /// no break can make narrower. The text stays whole for extraction; only the drawing is squeezed.
    /// Text that already fits is returned as it is.
    /// </summary>
    public ShapedText SqueezedTo(float width, float maxShift)
    {
        var widest = 0f;
        var shifted = false;
        foreach (var run in Runs)
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                var advance = (i + 1 < run.Glyphs.Length ? run.XOffsets[i + 1] : run.Width) - run.XOffsets[i];
                widest = Math.Max(widest, advance);
                shifted |= Math.Abs(run.YOffsets[i]) > maxShift;
            }
        if (Width <= width && !shifted) return this;
        // Every glyph's pen position x·f plus its own advance stays within the width.
        var f = Width <= width ? 1 : widest < width && Width > widest ? (width - widest) / (Width - widest) : width / Width;
        var runs = new ShapedRun[Runs.Count];
        for (var r = 0; r < Runs.Count; r++)
        {
            var run = Runs[r];
            var xs = new float[run.XOffsets.Length];
            var ys = new float[run.YOffsets.Length];
            for (var i = 0; i < xs.Length; i++)
            {
                xs[i] = run.XOffsets[i] * f;
                ys[i] = Math.Clamp(run.YOffsets[i], -maxShift, maxShift);
            }
            runs[r] = run with { XOffsets = xs, YOffsets = ys, Width = run.Width * f };
        }
        return new ShapedText(Text, Style, runs);
    }
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
    float Size)
{
    /// <summary>Boundaries between clusters inside this run.</summary>
    public int ClusterGaps
    {
        get
        {
            var gaps = 0;
            for (var i = 1; i < Clusters.Length; i++)
                if (Clusters[i] != Clusters[i - 1]) gaps++;
            return gaps;
        }
    }

    /// <summary>
    /// How much wider than the font's own the glyphs are drawn (1: as designed): a justified line's
    /// glyph scaling (see Justification.MaxGlyphScaling). <see cref="XOffsets"/> and
    /// <see cref="Width"/> are already scaled; the PDF writer scales the glyph shapes alike.
    /// </summary>
    public float HorizontalScale { get; init; } = 1f;

    /// <summary>This run drawn <paramref name="factor"/> times as wide.</summary>
    public ShapedRun Scaled(float factor)
    {
        var xs = new float[XOffsets.Length];
        for (var i = 0; i < xs.Length; i++) xs[i] = XOffsets[i] * factor;
        return this with { XOffsets = xs, Width = Width * factor, HorizontalScale = HorizontalScale * factor };
    }

    /// <summary>This run with <paramref name="points"/> added between its clusters.</summary>
    public ShapedRun Tracked(float points)
    {
        var xs = (float[])XOffsets.Clone();
        float shift = 0;
        for (var i = 1; i < xs.Length; i++)
        {
            if (Clusters[i] != Clusters[i - 1]) shift += points;
            xs[i] += shift;
        }
        return this with { XOffsets = xs, Width = Width + shift };
    }
}
