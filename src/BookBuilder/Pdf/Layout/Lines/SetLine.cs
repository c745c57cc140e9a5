namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// One set line: drawing operations relative to the left end of the measure (x = 0) and the
/// baseline (y = 0), plus what preflight wants to know about it.
/// </summary>
/// <param name="Ops">Text, link, anchor and decoration operations.</param>
/// <param name="NaturalWidth">Width of the content at natural word spacing (with any letter-spacing).</param>
/// <param name="Ratio">Adjustment ratio of the word spaces actually applied (0 for ragged and last lines).</param>
/// <param name="Hyphenated">The line ends with an inserted or explicit hyphen.</param>
/// <param name="Overfull">Points by which the line exceeds the measure (0 when it fits).</param>
/// <param name="FootnoteIds">Footnotes referenced on this line, in order.</param>
/// <param name="Justified">The line was stretched or shrunk to the full measure.</param>
public sealed record SetLine(
    IReadOnlyList<DrawOp> Ops,
    float NaturalWidth,
    float Ratio,
    bool Hyphenated,
    float Overfull,
    IReadOnlyList<string> FootnoteIds,
    bool Justified)
{
    /// <summary>Plain text of the line (words separated by single spaces), for tests and reports.</summary>
    public string Text => string.Join(" ", Ops.OfType<TextOp>().Select(t => t.Text.Text));

    /// <summary>Letter-spacing in points added between the clusters of a loose justified line (0 for most lines).</summary>
    public float LetterSpacing { get; init; }

    /// <summary>
    /// How much wider (above 1) or narrower (below 1) than designed the line's glyphs are drawn, to
    /// avoid a runt (<see cref="LineBreaking.Justification.MaxGlyphScaling"/>); 1 for most lines.
    /// </summary>
    public float GlyphScale { get; init; } = 1f;

    /// <summary>Word spaces inside the line: 0 for a line of one word.</summary>
    public int WordSpaces { get; init; }

    /// <summary>A line of code that goes on with the line before it, after a continuation mark.</summary>
    public bool Wrapped { get; init; }

    /// <summary>A paragraph's last line holding its last word alone because the breaker found no setting without it but with a very loose line.</summary>
    public bool KeptRunt { get; init; }

    /// <summary>The line ends inside an address, at a break without a hyphen.</summary>
    public bool BreaksUrl { get; init; }

    /// <summary>The line ends with a hyphen added inside an address.</summary>
    public bool HyphenatesUrl { get; init; }
    /// <summary>Where the line's text starts in its paragraph (<see cref="TextPiece.Offset"/> of its first piece).</summary>
    public int TextOffset { get; init; }
}

/// <summary>A text flow broken and set at one measure.</summary>
/// <param name="Lines">The lines, top to bottom.</param>
/// <param name="UnfittableWords">Words wider than the measure even when hyphenated; they were split by characters.</param>
/// <param name="TrailingAnchors">Anchors with no text after them; the caller places them.</param>
public sealed record ComposedText(IReadOnlyList<SetLine> Lines, IReadOnlyList<string> UnfittableWords, IReadOnlyList<string> TrailingAnchors)
{
    /// <summary>Single clusters wider than the measure, drawn squeezed into it.</summary>
    public IReadOnlyList<string> SqueezedClusters { get; init; } = [];
}
