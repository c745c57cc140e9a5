using BookBuilder.Pdf.Layout;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// Facing pages brought to the same last baseline where that costs nothing, as a compositor
/// balances a spread: when a page of a spread ends short (the next paragraph, heading or entry
/// could not be split there), the page facing it is ended as early, and what it no longer holds
/// goes on over the following pages. A change is kept only when the division takes no more pages
/// and the spread ends closer to one baseline; pages before the spread never change.
/// </summary>
/// <remarks>
/// For a division that opens on a right-hand page: its page 0 is a recto, and pages 1 and 2, 3
/// and 4... face each other. A spread whose recto is the division's last page is left as it is
/// (a division's last page ends where its text does), and so is a spread with footnotes on either
/// page (their notes end at the foot of the text block).
/// </remarks>
public static class SpreadBalancer
{
    /// <summary>
    /// Balances the spreads of <paramref name="pages"/>, laid out by <paramref name="paginate"/>
    /// with no limits, by laying the division out again with pages ended early.
    /// </summary>
    /// <param name="paginate">Lays the division out with the given body limits per page (see <see cref="Paginator.Paginate"/>).</param>
    /// <param name="leading">The body's line spacing: spreads differing by less than half of it are balanced.</param>
    public static IReadOnlyList<PageBody> Balance(IReadOnlyList<PageBody> pages, Func<IReadOnlyDictionary<int, float>, IReadOnlyList<PageBody>> paginate, float leading)
    {
        var limits = new Dictionary<int, float>();
        for (var verso = 1; verso + 1 < pages.Count - 1; verso += 2)
        {
            var recto = verso + 1;
            if (Depth(pages[verso]) is not { } v || Depth(pages[recto]) is not { } r) continue;
            var gap = r - v;
            if (Math.Abs(gap) < leading / 2) continue;
            // The longer page ends as many lines earlier as it is longer (its last line's baseline
            // less those lines, a little above the bottom of the line that would then be its last),
            // or, where what it ends with cannot break there, fewer: the closest balance is kept.
            var longer = gap > 0 ? recto : verso;
            var lines = (int)Math.Max(1, MathF.Round(Math.Abs(gap) / leading));
            var best = Math.Abs(gap) - 0.01f;
            for (var k = lines; k >= 1; k--)
            {
                var trial = new Dictionary<int, float>(limits) { [longer] = Math.Max(v, r) - (k - 1) * leading - 0.01f };
                var again = paginate(trial);
                if (again.Count > pages.Count || Depth(again[verso]) is not { } v2 || Depth(again[recto]) is not { } r2) continue;
                if (Math.Abs(r2 - v2) >= best) continue;
                best = Math.Abs(r2 - v2);
                limits = trial;
                pages = again;
                if (best < leading / 2) break;
            }
        }
        return pages;
    }

    /// <summary>
    /// How far down a page its body's drawing goes: the baseline of its last line, the bottom of a
    /// picture or box below it; null for a blank page or one with footnotes.
    /// </summary>
    public static float? Depth(PageBody page)
    {
        if (page.IsBlank) return null;
        foreach (var line in page.Lines) if (line.Role == LineRole.Note) return null;
        float depth = 0;
        foreach (var op in page.Ops)
        {
            var bottom = op switch
            {
                TextOp t => t.Baseline,
                ImageOp i => i.Y + i.Height,
                RectOp rect => rect.Y + rect.Height,
                RuleOp rule => Math.Max(rule.Y1, rule.Y2),
                _ => 0,
            };
            depth = Math.Max(depth, bottom);
        }
        return depth;
    }
}
