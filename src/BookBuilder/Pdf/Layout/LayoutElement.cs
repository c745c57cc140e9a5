namespace BookBuilder.Pdf.Layout;

/// <summary>
/// The room an element is offered: a width, the height left on the page, and whether nothing has
/// been placed above it on this page yet (an element at the top of an empty page must make
/// progress, so it may not answer <see cref="NothingFits"/>).
/// </summary>
public readonly record struct Region(float Width, float Height, bool AtPageTop)
{
    /// <summary>
    /// How far the region's top is below the top of the page's text block: where the baseline
    /// grid stands relative to it (<see cref="Elements.GridSpacerElement"/>). Containers pass it
    /// on to what they hold; 0 where nothing knows better (a footnote, a table cell).
    /// </summary>
    public float Top { get; init; }
}

/// <summary>
/// Something that can be laid out into a <see cref="Region"/>. Elements are immutable: laying one
/// out twice gives the same answer, and what is left after a split is a new element (a cursor
/// value), never state changed inside the old one.
/// </summary>
public abstract class LayoutElement
{
    /// <summary>Lays the element out into <paramref name="region"/>.</summary>
    public abstract LayoutResult Layout(Region region);
}

/// <summary>The answer of <see cref="LayoutElement.Layout"/>.</summary>
public abstract record LayoutResult;

/// <summary>Everything fitted; <see cref="Content"/> is the whole element.</summary>
public sealed record Fits(Fragment Content) : LayoutResult;

/// <summary>Part fitted; <see cref="Remainder"/> is what remains to lay out on the next page.</summary>
public sealed record Partial(Fragment Content, LayoutElement Remainder) : LayoutResult;

/// <summary>Not even the smallest acceptable part fitted; try again on a fresh page.</summary>
public sealed record NothingFits : LayoutResult
{
    public static NothingFits Instance { get; } = new();
}
