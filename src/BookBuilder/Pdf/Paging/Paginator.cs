using BookBuilder.Model;
using BookBuilder.Pdf.Layout;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// Fills text blocks of one size with a flow until it is consumed. Footnotes referenced by what
/// lands on a page go to the foot of that page (<see cref="FootnoteArea"/>): the body takes the
/// greatest height that leaves the foot the room its notes need (every note whole but the last,
/// and the start of the last, which may split and go on at the foot of the next page). Where
/// the body can also leave the notes whole without losing a call, it does, as TeX does.
/// </summary>
public static class Paginator
{
    private const int MaxPages = 100_000;

    /// <summary>Lays <paramref name="flow"/> out on as many pages as it needs.</summary>
    /// <param name="limits">
    /// For some pages (by index from 0), the most height their body may take, less than the text
    /// block's: a page ended early so that it faces a shorter page (see <see cref="SpreadBalancer"/>).
    /// </param>
    public static IReadOnlyList<PageBody> Paginate(LayoutElement flow, float width, float height, FootnoteArea? footnotes = null,
        IReadOnlyDictionary<int, float>? limits = null)
    {
        footnotes ??= FootnoteArea.None;
        var pages = new List<PageBody>();
        LayoutElement? remaining = flow;
        IReadOnlyList<NoteCarry> carry = [];
        var iterations = 0;
        // A footnote cited again on a later page is set once, at its first citation; the later
        // citation's mark links to it.
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (remaining is not null || carry.Count > 0)
        {
            if (++iterations > MaxPages) throw new InvalidOperationException("Pagination does not terminate.");
            var limit = limits is not null && limits.TryGetValue(pages.Count, out var l) ? l : float.PositiveInfinity;
            var fill = FillPage(remaining, carry, width, height, footnotes, placed, limit);
            var content = fill.Body.Content;
            var foot = footnotes.Build(carry, fill.Body.Ids, width, height - content.Height, content.Ops.Count == 0 && content.Lines.Count == 0, height);
            placed.UnionWith(fill.Body.Ids);
            var ops = new List<DrawOp>(content.Ops);
            IReadOnlyList<LineMetric> lines = content.Lines;
            if (foot.Content.Ops.Count > 0)
            {
                var top = height - foot.Content.Height;
                foreach (var op in foot.Content.Ops) ops.Add(DrawOps.Translate(op, 0, top));
                lines = [.. content.Lines, .. foot.Content.Lines.Select(l => l with { Baseline = l.Baseline + top })];
            }
            IReadOnlyList<PreflightNote> notes = [.. content.Notes, .. foot.Content.Notes, .. fill.Notes, .. foot.Notes];
            // A page with nothing on it (a page break right after a split) is dropped, unless the whole flow is empty.
            if (ops.Count > 0 || content.Lines.Count > 0 || (fill.Rest is null && foot.Carry.Count == 0 && pages.Count == 0))
                pages.Add(new PageBody(ops, lines, notes, foot.Started));
            remaining = fill.Rest;
            carry = foot.Carry;
        }
        return pages;
    }

    /// <summary>The body of a page: what fitted, what is left, and the new notes it calls.</summary>
    private sealed record Attempt(Fragment Content, LayoutElement? Rest, IReadOnlyList<string> Ids, float Need, float Desired)
    {
        public bool Fits(float height, bool desired) => Content.Height + (desired ? Desired : Need) <= height + 0.01f;
    }

    private sealed record Fill(Attempt Body, LayoutElement? Rest, IReadOnlyList<PreflightNote> Notes);

    private static Fill FillPage(LayoutElement? flow, IReadOnlyList<NoteCarry> carry, float width, float height, FootnoteArea footnotes, HashSet<string> placed,
        float limit)
    {
        // With notes carried from the page before, the page is not empty: the body may give way to them.
        var atTop = carry.Count == 0;
        Attempt Try(float h)
        {
            var result = flow is null ? new Fits(Fragment.Empty) : flow.Layout(new Region(width, Math.Clamp(h, 0, limit), atTop));
            var (content, rest) = result switch
            {
                Fits f => (f.Content, (LayoutElement?)null),
                Partial p => (p.Content, p.Remainder),
                _ => (Fragment.Empty, flow),
            };
            var ids = footnotes.NewNotes(content.FootnoteIds, placed, width);
            return new Attempt(content, rest, ids, footnotes.Need(carry, ids, width, height), footnotes.Desired(carry, ids, width, height));
        }

        // Most pages: the body fills what the carried notes leave, and its own notes fit.
        var first = Try(height - footnotes.Need(carry, [], width, height));
        var best = first.Fits(height, false) ? first : Search(Try, 0, height, height, false);
        if (best is null)
        {
            // Even the least the body can put on an empty page calls for more notes than the page
            // holds: place it, and let the notes go on over the next pages.
            var least = Try(0);
            return new Fill(least, least.Rest, [new PreflightNote(PreflightKind.Oversize,
                "a line and the start of the notes it calls are taller than the page", least.Content.FirstSource())]);
        }
        // TeX's preference: notes whole (up to their share of the page) where the body can give
        // them that room and still hold the same calls.
        if (best.Ids.Count > 0 && best.Desired > best.Need + 0.01f && !best.Fits(height, true)
            && Search(Try, 0, best.Content.Height, height, true) is { } whole && whole.Ids.SequenceEqual(best.Ids))
            best = whole;
        return new Fill(best, best.Rest, []);
    }

    /// <summary>The attempt with the tallest body in [<paramref name="lo"/>, <paramref name="hi"/>] whose notes fit; null if none does.</summary>
    private static Attempt? Search(Func<float, Attempt> attempt, float lo, float hi, float height, bool desired)
    {
        var low = attempt(lo);
        if (!low.Fits(height, desired)) return null;
        var best = low;
        // Bodies grow by whole lines: half a point is finer than any of them.
        while (hi - lo > 0.5f)
        {
            var mid = (lo + hi) / 2;
            var a = attempt(mid);
            if (a.Fits(height, desired))
            {
                if (a.Content.Height >= best.Content.Height) best = a;
                lo = Math.Max(mid, a.Content.Height);
            }
            else hi = mid;
        }
        return best;
    }
}
