using BookBuilder.Model;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout;

/// <summary>
/// One laid-out page: an immutable list of positioned drawing operations. Coordinates are in
/// points from the top-left corner of the page; y grows downwards.
/// </summary>
/// <param name="Index">0-based physical page index.</param>
/// <param name="Label">Page label shown to readers (e.g. "iii" or "12"); null for unnumbered pages.</param>
public sealed record PageFrame(int Index, float Width, float Height, IReadOnlyList<DrawOp> Ops, string? Label)
{
    /// <summary>
    /// Where the printed page is cut, in the page's coordinates (print edition; null otherwise).
    /// The page itself is the bleed box.
    /// </summary>
    public PageBox? Trim { get; init; }
}

/// <summary>A rectangle on a page, in points from its top-left corner.</summary>
public readonly record struct PageBox(float X, float Y, float Width, float Height);

/// <summary>A primitive the output stage knows how to paint.</summary>
public abstract record DrawOp;

/// <summary>Shaped text whose left end of the baseline is at (X, Baseline).</summary>
public sealed record TextOp(float X, float Baseline, ShapedText Text, uint ColorArgb = 0xFF000000) : DrawOp
{
    /// <summary>The text ends with a hyphen that line breaking added (not one of the words).</summary>
    public bool LayoutHyphen { get; init; }

    /// <summary>The line was broken after this text's last character, a hyphen of the word itself ("self-" / "care").</summary>
    public bool WordHyphenAtLineEnd { get; init; }

    /// <summary>
    /// What the text reads as when extracted, where that is not its glyphs (null: its glyphs): ""
    /// for a mark that is only drawn, as the continuation mark of a wrapped line of code.
    /// </summary>
    public string? ActualText { get; init; }
}

/// <summary>
/// A word space: <see cref="Count"/> space characters of the face of <see cref="Style"/> sharing
/// the gap of <see cref="Width"/> points whose left end is at (<see cref="X"/>, <see cref="Baseline"/>).
/// It draws nothing; it is there so that extracted text has its word boundaries. It is content of
/// the innermost structure element open around it, which the layout chooses as the element that
/// holds the words on both sides of the space: a paragraph's, not a link's that ends before it.
/// A line broken at a space keeps that space at its end.
/// </summary>
public sealed record SpaceOp(float X, float Baseline, float Width, TextStyle Style, uint ColorArgb = 0xFF000000) : DrawOp
{
    /// <summary>
    /// How many space characters fill the gap: one for a word space, one per kept space in code
    /// (indentation and runs of spaces copy back as they were written).
    /// </summary>
    public int Count { get; init; } = 1;

    /// <summary>The horizontal scale of the glyphs of the words beside it (see <see cref="ShapedRun.HorizontalScale"/>), which the space glyph takes too.</summary>
    public float HorizontalScale { get; init; } = 1f;
}

/// <summary>A straight line.</summary>
public sealed record RuleOp(float X1, float Y1, float X2, float Y2, float Thickness, uint ColorArgb = 0xFF000000) : DrawOp;

/// <summary>A filled rectangle (backgrounds, table shading).</summary>
public sealed record RectOp(float X, float Y, float Width, float Height, uint ColorArgb) : DrawOp;

/// <summary>
/// A picture of the book scaled into a box. Paint <see cref="BookImage.Encoded"/>: its bytes decode
/// upright (a photograph's EXIF orientation was applied when it was read), so the box, made from
/// the image's upright size, fits it without turning anything.
/// </summary>
public sealed record ImageOp(float X, float Y, float Width, float Height, BookImage Image) : DrawOp
{
    /// <summary>The image's upright size in pixels, for its resolution as printed.</summary>
    public int PixelWidth => Image.Width;
    public int PixelHeight => Image.Height;
    /// <summary>Where the manuscript places the image.</summary>
    public Model.SourceSpan Source { get; init; }
}

/// <summary>A clickable area that opens an external URL.</summary>
public sealed record UrlLinkOp(float X, float Y, float Width, float Height, string Url) : DrawOp;

/// <summary>A clickable area that jumps to a named destination in the document.</summary>
public sealed record InternalLinkOp(float X, float Y, float Width, float Height, string TargetId) : DrawOp;

/// <summary>A named destination (anchor) at a point on the page.</summary>
public sealed record AnchorOp(float X, float Y, string Id) : DrawOp;

/// <summary>
/// An entry of the PDF outline (bookmarks) anchored here; Level 0 is a chapter.
/// </summary>
public sealed record OutlineOp(float Y, int Level, string Title) : DrawOp;

/// <summary>
/// Where the text drawn from here on comes from: a node of the book (a block, a heading, an entry
/// of the plan) and the character offset in its text at which it resumes (0 at its start). Not
/// painted: the typesetter takes these out of the pages and keeps the first of each page, which
/// is where the page begins in the book's text (what the EPUB's page list points at).
/// </summary>
public sealed record TextStartOp(float X, float Y, object Node, int Offset) : DrawOp;
