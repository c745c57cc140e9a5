using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>How lines of a text flow are aligned.</summary>
public enum TextAlign { Justify, Left, Center, Right }

/// <summary>
/// The direction of a flow's paragraphs: set by the language of the block they are in, else found
/// from each paragraph's first strong character (UAX #9 rules P2 and P3).
/// </summary>
public enum ParagraphDirection { Auto, LeftToRight, RightToLeft }

/// <summary>Everything the itemizer needs to know about how a block of inline text is set.</summary>
/// <param name="Style">Base style of the text.</param>
/// <param name="Color">Text colour (ARGB).</param>
/// <param name="LinkColor">Colour of external and internal links.</param>
/// <param name="GlossaryColor">Colour of glossary term uses.</param>
/// <param name="Align">Justified text uses total-fit breaking; everything else first-fit.</param>
/// <param name="Hyphenate">Whether hyphenation points are offered to the breaker.</param>
/// <param name="FirstLineIndent">Indent of the first line in points.</param>
/// <param name="Leading">Baseline-to-baseline distance in points.</param>
public sealed record FlowStyle(
    TextStyle Style,
    uint Color,
    uint LinkColor,
    uint GlossaryColor,
    TextAlign Align,
    bool Hyphenate,
    float FirstLineIndent,
    float Leading)
{
    /// <summary>Mono text is set a little smaller so that it matches the serif's x-height.</summary>
    public float CodeScale { get; init; } = 0.88f;
    /// <summary>Keep every space at its width (code): nothing collapses or stretches.</summary>
    public bool PreserveSpaces { get; init; }
    /// <summary>
    /// For code: the mark that starts a line going on with a line too long for the measure, after
    /// a hanging indent as deep as that line's own indentation. The mark is an artifact, so the
    /// text read from the PDF is the line as written. Null: long lines wrap without a mark.
    /// </summary>
    public string? WrapMark { get; init; }
    /// <summary>Break costs and letter-spacing of justified lines, from the theme.</summary>
    public required Justification Justification { get; init; }
    /// <summary>
    /// Set acronyms (words of two or more capitals, see <see cref="Acronyms"/>) in small capitals,
    /// except in code. Meant for running text, not headings.
    /// </summary>
    public bool SmallCapsAcronyms { get; init; }
    /// <summary>What kind of text the flow is, for preflight (body lines are checked against the grid).</summary>
    public LineRole Role { get; init; }
    /// <summary>Links are links; when false (print) their text is plain and an address it does not show follows it.</summary>
    public bool Links { get; init; } = true;
    /// <summary>
    /// The last line ends with a word space, as a line broken at a space does: for a paragraph
    /// followed by another that the same structure element owns (a chapter's label and its title,
    /// the lines of the copyright page), so that the text of the element reads as separate words.
    /// </summary>
    public bool SpaceAtEnd { get; init; }
    /// <summary>
    /// The language the author set for the block the flow is in (<c>::: {lang=uk}</c>), which its
    /// structure element declares: no word in it has its language guessed from its script, and a
    /// span in the same language needs no element of its own.
    /// </summary>
    public string? Language { get; init; }
    /// <summary>
    /// Whether the flow's paragraphs are right-to-left (set from the right margin: a left-aligned
    /// or last justified line ends at the right, the runs run from right to left), left-to-right,
    /// or as their first strong character says.
    /// </summary>
    public ParagraphDirection Direction { get; init; }
}
