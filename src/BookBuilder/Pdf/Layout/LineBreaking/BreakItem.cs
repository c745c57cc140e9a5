namespace BookBuilder.Pdf.Layout.LineBreaking;

/// <summary>The three kinds of material in Knuth and Plass's model of a paragraph.</summary>
public enum BreakItemKind : byte
{
    /// <summary>Something with a fixed width that is never broken (a word or word fragment).</summary>
    Box,
    /// <summary>Space that may stretch or shrink; a legal break when it follows a box.</summary>
    Glue,
    /// <summary>A possible break with a cost; its width is added only if the line ends there (a hyphen).</summary>
    Penalty,
}

/// <summary>
/// One item of a paragraph for line breaking. <see cref="Payload"/> is an index the caller uses
/// to find what the item stands for (a shaped word fragment); the breaker never looks at it.
/// </summary>
public readonly record struct BreakItem(
    BreakItemKind Kind,
    float Width,
    float Stretch = 0,
    float Shrink = 0,
    float Penalty = 0,
    bool Flagged = false,
    int Payload = -1)
{
    /// <summary>Penalties at or above this never break; at or below its negation always break.</summary>
    public const float Infinity = 10000f;

    public bool IsForcedBreak => Kind == BreakItemKind.Penalty && Penalty <= -Infinity;

    /// <summary>
    /// Points by which a box may grow or narrow when its glyphs are drawn wider or narrower
    /// (<see cref="Justification.MaxGlyphScaling"/>), which a justified line uses only when its
    /// paragraph is set with the compositor's extra means to avoid a runt (see <see cref="BrokenLine.Adjusted"/>).
    /// </summary>
    public float Scaling { get; init; }

    public static BreakItem Box(float width, int payload = -1) => new(BreakItemKind.Box, width, Payload: payload);

    /// <summary>
    /// A box that can grow by up to <paramref name="letterSpacing"/> points of letter-spacing,
    /// which a justified line uses only once its glue is stretched beyond
    /// <see cref="LineBreakOptions.LetterSpacingFrom"/>. Box stretch is never mixed with glue stretch.
    /// </summary>
    public static BreakItem Box(float width, float letterSpacing, int payload) =>
        new(BreakItemKind.Box, width, Stretch: letterSpacing, Payload: payload);

    /// <summary>
    /// A box that can also narrow by up to <paramref name="letterTightening"/> points, which a
    /// justified line uses only when its paragraph is set tighter to avoid a runt (see
    /// <see cref="LineBreakOptions.LetterTighteningFrom"/>).
    /// </summary>
    public static BreakItem Box(float width, float letterSpacing, float letterTightening, int payload) =>
        new(BreakItemKind.Box, width, Stretch: letterSpacing, Shrink: letterTightening, Payload: payload);

    public static BreakItem Glue(float width, float stretch, float shrink, int payload = -1) =>
        new(BreakItemKind.Glue, width, stretch, shrink, Payload: payload);

    public static BreakItem PenaltyAt(float width, float penalty, bool flagged = false) =>
        new(BreakItemKind.Penalty, width, Penalty: penalty, Flagged: flagged);

    /// <summary>A break that must happen (end of paragraph, hard line break).</summary>
    public static BreakItem Forced() => PenaltyAt(0, -Infinity);

    /// <summary>Forbids a break at the glue that follows (non-breaking space).</summary>
    public static BreakItem Prohibit() => PenaltyAt(0, Infinity);
}
