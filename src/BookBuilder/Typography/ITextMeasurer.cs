namespace BookBuilder.Typography;

/// <summary>
/// Shapes text for layout. Layout never touches fonts directly: it asks for shaped pieces and
/// their widths, and puts the same <see cref="ShapedText"/> objects into frames for painting.
/// Implementations cache by (text, style, direction) and are thread-safe.
/// </summary>
public interface ITextMeasurer
{
    /// <summary>
    /// Shapes <paramref name="text"/> in <paramref name="style"/>, with font fallback, each font run
    /// in the direction HarfBuzz guesses from its script (<see cref="TextDirection.Auto"/>).
    /// </summary>
    ShapedText Shape(string text, TextStyle style);

    /// <summary>
    /// Shapes <paramref name="text"/>, one level run of the bidirectional algorithm, in
    /// <paramref name="direction"/>. The runs of the result are in visual order, left to right.
    /// A measurer that cannot shape right-to-left may ignore the direction.
    /// </summary>
    ShapedText Shape(string text, TextStyle style, TextDirection direction) => Shape(text, style);

    /// <summary>Vertical metrics of the style's primary font, in points.</summary>
    FontMetrics Metrics(TextStyle style);
}

/// <summary>Ascender (positive), descender (negative) and cap height in points.</summary>
public readonly record struct FontMetrics(float Ascent, float Descent, float CapHeight, float XHeight);
