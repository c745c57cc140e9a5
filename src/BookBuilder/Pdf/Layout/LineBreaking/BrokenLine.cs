namespace BookBuilder.Pdf.Layout.LineBreaking;

/// <summary>
/// One line chosen by a breaker: items [<see cref="Start"/>, <see cref="End"/>) plus, when the
/// break item at <see cref="End"/> is a penalty, that penalty's width (the hyphen). Glue and
/// penalties at the start are discardable and should be skipped by whoever sets the line.
/// </summary>
/// <param name="Ratio">Adjustment ratio: share of stretch (positive) or shrink (negative) used;
/// +infinity when the line is short and has nothing to stretch.</param>
/// <param name="Hyphenated">The line ends at a flagged penalty (a hyphen).</param>
public readonly record struct BrokenLine(int Start, int End, float Ratio, bool Hyphenated)
{
    /// <summary>
    /// The paragraph's last line, left holding its last word alone because no setting without
    /// that runt exists, or none without a very loose line (<see cref="LineBreakOptions.RuntLooseness"/>).
    /// </summary>
    public bool KeptRunt { get; init; }

    /// <summary>
    /// A line of a paragraph set with the compositor's extra means so that it avoids a runt: past
    /// the thresholds of its word spaces (<see cref="LineBreakOptions.LetterSpacingFrom"/>,
    /// <see cref="LineBreakOptions.LetterTighteningFrom"/>) its glyphs are drawn wider or narrower
    /// (<see cref="BreakItem.Scaling"/>) and then, as any loose line, letter-spaced, or, when
    /// tight, set closer (<see cref="BreakItem.Shrink"/>). <see cref="Ratio"/> is what its word
    /// spaces are left with.
    /// </summary>
    public bool Adjusted { get; init; }
}

/// <summary>What the breakers are told about the measure and costs.</summary>
public sealed record LineBreakOptions
{
    /// <summary>
    /// Largest adjustment ratio of a first pass without inserted hyphens (TeX's \pretolerance 100
    /// is r = 1); negative to always offer hyphenation.
    /// </summary>
    public float PreTolerance { get; init; } = 1f;
    /// <summary>Largest adjustment ratio accepted in the normal pass (TeX's tolerance ~ badness 100·r³).</summary>
    public float Tolerance { get; init; } = 2.5f;
    /// <summary>Added to every line's badness before squaring; favours fewer lines.</summary>
    public float LinePenalty { get; init; } = 10;
    /// <summary>Extra demerits for two consecutive lines ending in hyphens.</summary>
    public float DoubleHyphenDemerits { get; init; } = 3000;
    /// <summary>Extra demerits when adjacent lines differ by more than one fitness class.</summary>
    public float AdjacentFitnessDemerits { get; init; } = 3000;
    /// <summary>Hard limit on consecutive hyphenated lines, 0 to 2 (larger values act as 2).</summary>
    public int MaxConsecutiveHyphens { get; init; } = 2;
    /// <summary>
    /// Background stretch of the emergency pass, as a fraction of the measure, added to every line
    /// only to rank lines that no tolerance accepts (TeX's \emergencystretch; 0.03 is about an
    /// em of a body measure). It makes lines with no stretch at all comparable with the others;
    /// larger values rank by the gap to fill more than by the adjustment ratio. Zero ranks lines by
    /// their own adjustment ratio alone.
    /// </summary>
    public float EmergencyStretch { get; init; } = 0.03f;
    /// <summary>
    /// Adjustment ratio of the glue beyond which a line's boxes give their stretch (letter-spacing,
    /// see <see cref="BreakItem.Box(float, float, int)"/>) before the glue stretches further. The
    /// total-fit breaker rates a line by the ratio its glue is left with. The line composer sets it
    /// from the flow's <see cref="Justification"/>.
    /// </summary>
    public float LetterSpacingFrom { get; init; } = Justification.Default.LetterSpacingFrom;

    /// <summary>
    /// Shrink ratio of the glue (as a positive number) beyond which a tight line's boxes give their
    /// letter-tightening (<see cref="BreakItem.Shrink"/>) before the glue shrinks further, when a
    /// paragraph is set tighter to avoid a runt. The line composer sets it from the flow's <see cref="Justification"/>.
    /// </summary>
    public float LetterTighteningFrom { get; init; } = Justification.Default.LetterTighteningFrom;

    /// <summary>
    /// Leave no runt: the paragraph's last word (or a part of it) alone on its last line, unless
    /// the paragraph cannot be set otherwise. The line composer sets it for running text.
    /// </summary>
    public bool AvoidRunts { get; init; }

    /// <summary>
    /// The loosest line (adjustment ratio of its word spaces) that avoiding a runt may cost, unless
    /// the paragraph has one as loose anyway: preflight's "very loose" threshold.
    /// </summary>
    public float RuntLooseness { get; init; } = 2f;

    public static LineBreakOptions Default { get; } = new();
}
