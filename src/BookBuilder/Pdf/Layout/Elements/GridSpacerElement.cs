namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Vertical space that ends on the body's baseline grid: at least <see cref="Least"/> (a space
/// under a fifth of a line is no space at all), rounded up so that what follows starts a whole
/// number of grid lines below the top of the text block (<see cref="Region.Top"/>). Whatever
/// came before it (a heading, a figure, a table in its own leading), the body text after it
/// returns to the grid. Discarded at the top of a page, as any spacer.
/// </summary>
public sealed class GridSpacerElement(float least, float leading) : LayoutElement
{
    public float Least { get; } = least;
    public float Leading { get; } = leading;

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        if (region.AtPageTop) return new Fits(Fragment.Blank(0));
        return new Fits(Fragment.Blank(Math.Min(Height(region.Top, Least, Leading), region.Height)));
    }

    /// <summary>The space from <paramref name="top"/> to the grid line at least <paramref name="least"/> below it.</summary>
    public static float Height(float top, float least, float leading)
    {
        var wanted = top + (least > leading * 0.2f ? least : 0);
        // A tenth of a point of rounding is on the line, not a line further.
        var lines = MathF.Ceiling(wanted / leading - 0.1f / leading);
        return Math.Max(0, lines * leading - top);
    }
}
