using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Where a piece of text links to: an external URL or an anchor id inside the book. Each link of
/// the text has a tag of its own, so that two neighbouring links to one place stay two links.
/// </summary>
public readonly record struct LinkTarget(string? Url, string? InternalId)
{
    /// <summary>The link's structure element: every piece of the link, on every line, belongs to it.</summary>
    public StructTag? Tag { get; init; }

    public static LinkTarget External(string url) => new(url, null) { Tag = new StructTag(StructRole.Link) };
    public static LinkTarget Internal(string id) => new(null, id) { Tag = new StructTag(StructRole.Link) };
}

/// <summary>
/// What one box of a paragraph stands for: a word or word fragment in one style. Adjacent pieces
/// with equal <see cref="Look"/> and <see cref="Level"/> and no space between them are shaped
/// together when a line is set.
/// </summary>
/// <param name="Text">The characters of the fragment.</param>
/// <param name="Look">Style, colour, rise, link and decoration shared by mergeable pieces.</param>
/// <param name="Width">Shaped width of <paramref name="Text"/> alone.</param>
/// <param name="Anchors">Anchor ids that sit at the start of this piece.</param>
/// <param name="FootnoteId">Set on a footnote reference mark.</param>
public sealed record TextPiece(string Text, PieceLook Look, float Width, IReadOnlyList<string> Anchors, string? FootnoteId)
{
    /// <summary>
    /// Bidirectional embedding level (UAX #9): 0 for left-to-right text, 1 for a Hebrew or Arabic
    /// word in a left-to-right paragraph, 2 for a number inside such a phrase.
    /// </summary>
    public byte Level { get; init; }

    /// <summary>
    /// Set (to the measure) on a single cluster wider than the measure: it is drawn squeezed into
    /// that width (<see cref="ShapedText.SqueezedTo"/>) and never shaped together with its neighbours.
    /// </summary>
    public float FitWidth { get; init; }

    /// <summary>
    /// A picture set in the line (<c>![alt](icon.png)</c> inside a paragraph): drawn
    /// <see cref="Width"/> by <see cref="ImageHeight"/> points on the baseline, tagged as a figure
    /// with <see cref="Text"/> (its alternative text) as /Alt; never shaped with its neighbours.
    /// </summary>
    public Model.BookImage? Image { get; init; }
    public float ImageHeight { get; init; }

    /// <summary>The piece is part of an address (<see cref="UrlText"/>).</summary>
    public bool Url { get; init; }
    /// <summary>
    /// Where the piece's text starts in the text of its paragraph, counted as
    /// <see cref="Model.TextOffsets"/> counts: the place a page that begins with this piece
    /// begins at. Text the builder adds (a footnote mark, a cross-reference's label) takes the
    /// offset of the place it stands at, and so do all its parts (<see cref="Generated"/>).
    /// </summary>
    public int Offset { get; init; }

    /// <summary>Text the builder adds rather than the author's: its parts keep its offset.</summary>
    public bool Generated { get; init; }

    /// <summary>The offset of the part of this piece that starts at character <paramref name="index"/> of its text.</summary>
    public int OffsetAt(int index) => Generated ? Offset : Offset + index;

    /// <summary>The direction the piece is shaped in: right-to-left at odd levels.</summary>
    public TextDirection Direction => DirectionOf(Level);

    /// <summary>Right-to-left for odd levels, left-to-right for even ones.</summary>
    public static TextDirection DirectionOf(byte level) =>
        (level & 1) == 1 ? TextDirection.RightToLeft : TextDirection.LeftToRight;
}

/// <summary>The visual and link attributes of a piece.</summary>
/// <param name="Rise">Baseline shift upwards in points (superscript positive).</param>
/// <param name="Lang">The language the author gave the words (<c>[Волга]{lang=ru}</c>); null: guessed from the script.</param>
public readonly record struct PieceLook(TextStyle Style, uint Color, float Rise, LinkTarget? Link, bool Strike, string? Lang = null);
