namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Content set in columns side by side (the index): the first column is filled to the foot of the
/// region, then the next; what does not fit goes on to the next page. On the page where the
/// content ends, the columns are balanced: they are made as short as they can be while the
/// content still fits, so that the last page does not have one full column and one empty.
/// </summary>
public sealed class ColumnsElement(LayoutElement content, int count, float gap) : LayoutElement
{
    /// <summary>Steps of the search for the balanced height.</summary>
    private const int BalanceSteps = 14;

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var width = Math.Max(1, (region.Width - gap * (count - 1)) / count);
        var (columns, rest) = Fill(width, region.Height, region.AtPageTop, forceLater: true);
        if (columns.Count == 0) return NothingFits.Instance;
        if (rest is not null) return new Partial(Combine(columns, width), new ColumnsElement(rest, count, gap));
        return new Fits(Combine(Balance(width, columns), width));
    }

    /// <summary>Fills up to <c>count</c> columns of <paramref name="height"/>; the content left over, or null.</summary>
    /// <param name="forceFirst">The first column must take something (the region is at the top of a page).</param>
    /// <param name="forceLater">A later column must take something, as the top of a page must (a trial height forces nothing).</param>
    private (List<Fragment> Columns, LayoutElement? Left) Fill(float width, float height, bool forceFirst, bool forceLater)
    {
        var columns = new List<Fragment>(count);
        LayoutElement? remaining = content;
        while (remaining is not null && columns.Count < count)
        {
            // A later column is empty like the top of a page: it must take something, or nothing would move.
            var force = columns.Count == 0 ? forceFirst : forceLater;
            switch (remaining.Layout(new Region(width, height, force)))
            {
                case Fits f:
                    columns.Add(f.Content);
                    remaining = null;
                    break;
                case Partial p:
                    columns.Add(p.Content);
                    remaining = p.Remainder;
                    break;
                default:
                    return (columns, remaining);
            }
        }
        return (columns, remaining);
    }

    /// <summary>The shortest columns that still hold all the content, found by bisection; the columns as filled when none is shorter.</summary>
    private List<Fragment> Balance(float width, List<Fragment> filled)
    {
        if (count < 2) return filled;
        var high = filled.Max(f => f.Height);
        var low = filled.Sum(f => f.Height) / count;
        var best = filled;
        for (var step = 0; step < BalanceSteps && high - low > 0.5f; step++)
        {
            var middle = (low + high) / 2;
            // Nothing forced: content that does not fit the trial height is left over.
            var (columns, rest) = Fill(width, middle, forceFirst: false, forceLater: false);
            if (rest is null)
            {
                best = columns;
                high = Math.Min(middle, columns.Max(f => f.Height));
            }
            else low = middle;
        }
        return best;
    }

    private Fragment Combine(List<Fragment> columns, float width)
    {
        var b = new FragmentBuilder();
        for (var i = 0; i < columns.Count; i++) b.Add(columns[i], i * (width + gap), 0);
        return b.Build(columns.Max(c => c.Height));
    }
}
