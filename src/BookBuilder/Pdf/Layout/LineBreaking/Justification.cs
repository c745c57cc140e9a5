namespace BookBuilder.Pdf.Layout.LineBreaking;

/// <summary>
/// How justified lines are broken and spaced: the costs of breaks at hyphens and how far
/// letter-spacing may help a loose line. The theme holds the book's values and hands them to every
/// flow it makes, so that body text and footnotes are set alike; these are the only defaults.
/// Ragged text is broken first-fit and uses none of them.
/// </summary>
public sealed record Justification
{
    /// <summary>
    /// Cost of ending a line with an inserted hyphen (TeX's \hyphenpenalty is 50; twice that keeps
    /// hyphens to the lines that need them).
    /// </summary>
    public float HyphenPenalty { get; init; } = 100f;

    /// <summary>Cost of a break after an explicit hyphen or dash (TeX's \exhyphenpenalty).</summary>
    public float ExplicitHyphenPenalty { get; init; } = 50f;

    /// <summary>
    /// Running text (body and notes) leaves no runt, a paragraph's last word alone on its last
    /// line, as Vellum and InDesign avoid them: the breaker sets such a paragraph a line shorter
    /// or longer instead (see <see cref="KnuthPlassBreaker.Break"/>), and keeps a runt only where
    /// nothing else fits (preflight reports it).
    /// </summary>
    public bool AvoidRunts { get; init; } = true;

    /// <summary>
    /// Letter-spacing, in ems, that a justified line whose word spaces would stretch beyond
    /// <see cref="LetterSpacingFrom"/> may take at most, so that a loose line spreads its extra
    /// space over its letters instead of opening holes between words. 0.02 em (2%) is below what
    /// a reader notices in running text; 0 turns it off.
    /// </summary>
    public float MaxLetterSpacing { get; init; } = 0.02f;

    /// <summary>Word-space adjustment ratio from which letter-spacing starts to take the excess.</summary>
    public float LetterSpacingFrom { get; init; } = 1.5f;

    /// <summary>
    /// Letter-tightening, in ems between two clusters, that a justified line may take at most when
    /// its paragraph would otherwise keep a runt or need a very loose line, as InDesign's
    /// letter-spacing range and microtype's font expansion let a compositor take up a few more
    /// letters. 0.01 em (1%) is not seen in running text; 0 turns it off.
    /// </summary>
    public float MaxLetterTightening { get; init; } = 0.01f;

    /// <summary>Word-space shrink ratio (as a positive number) from which letter-tightening starts to take the rest.</summary>
    public float LetterTighteningFrom { get; init; } = 0.5f;

    /// <summary>
    /// How much wider or narrower, as a share of their width, the glyphs of a justified line may be
    /// drawn when its paragraph would otherwise keep a runt or need a very loose line: font
    /// expansion as microtype and InDesign's glyph scaling do it, taken before letter-spacing (a
    /// glyph 2% wider is not seen; letters 2% of an em apart are). 0.02 is microtype's default; 0
    /// turns it off. The text and its extraction are unchanged; only the drawing is scaled.
    /// </summary>
    public float MaxGlyphScaling { get; init; } = 0.02f;

    /// <summary>The book's settings.</summary>
    public static Justification Default { get; } = new();
}
