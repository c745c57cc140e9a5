using BookBuilder.Model;
using BookBuilder.Pdf.Layout;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// Fills text blocks of one size with a flow until it is consumed. Footnotes referenced by what
/// lands on a page go to the foot of that page: the page is laid out, the footnotes it calls for
/// are measured, and if they do not fit the body is laid out again in less height (so the
/// reference and its note move on together).
/// </summary>
public static class Paginator
{
    private const int MaxPages = 100_000;

    /// <summary>Lays <paramref name="flow"/> out on as many pages as it needs.</summary>
    public static IReadOnlyList<PageBody> Paginate(LayoutElement flow, float width, float height, FootnoteArea? footnotes = null)
    {
        footnotes ??= FootnoteArea.None;
        var pages = new List<PageBody>();
        LayoutElement? remaining = flow;
        var iterations = 0;
        // A footnote referenced again on a later page is not printed twice.
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (remaining is not null)
        {
            if (++iterations > MaxPages) throw new InvalidOperationException("Pagination does not terminate.");
            var (content, rest, notes) = FillPage(remaining, width, height, footnotes, placed);
            var ids = NewFootnotes(content, placed);
            placed.UnionWith(ids);
            var ops = new List<DrawOp>(content.Ops);
            if (ids.Length > 0)
            {
                var area = footnotes.Build(ids, width);
                var top = height - area.Height;
                foreach (var op in area.Ops) ops.Add(DrawOps.Translate(op, 0, top));
            }
            var allNotes = notes.Count == 0 ? content.Notes : content.Notes.Concat(notes).ToArray();
            // A page with nothing on it (a page break right after a split) is dropped, unless the whole flow is empty.
            if (ops.Count > 0 || content.Lines.Count > 0 || (rest is null && pages.Count == 0))
                pages.Add(new PageBody(ops, content.Lines, allNotes, ids));
            remaining = rest;
        }
        return pages;
    }

    private static string[] NewFootnotes(Fragment content, HashSet<string> placed) =>
        content.FootnoteIds.Where(id => !placed.Contains(id)).Distinct().ToArray();

    private static (Fragment Content, LayoutElement? Remainder, IReadOnlyList<PreflightNote> Notes) FillPage(
        LayoutElement flow, float width, float height, FootnoteArea footnotes, HashSet<string> placed)
    {
        var reserve = 0f;
        LayoutResult result = NothingFits.Instance;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            result = flow.Layout(new Region(width, Math.Max(0, height - reserve), true));
            if (result is NothingFits) break;
            var content = Content(result);
            var need = footnotes.Height(NewFootnotes(content, placed), width);
            if (content.Height + need <= height + 0.01f || need <= reserve) return (content, Rest(result), []);
            reserve = need;
        }
        if (result is NothingFits)
        {
            // An element broke the protocol (nothing fits on an empty page): place it whole, overflowing.
            result = flow.Layout(new Region(width, float.MaxValue / 4, true));
            var note = new PreflightNote(PreflightKind.Oversize, "content taller than a page was placed anyway", Content(result).FirstSource());
            return (Content(result), Rest(result), [note]);
        }
        // Reported at the text of the page, which holds the references of the notes that do not fit.
        var filled = Content(result);
        return (filled, Rest(result), [new PreflightNote(PreflightKind.Oversize, "footnotes overflow the page", filled.FirstSource())]);
    }

    private static Fragment Content(LayoutResult r) => r switch { Fits f => f.Content, Partial p => p.Content, _ => Fragment.Empty };

    private static LayoutElement? Rest(LayoutResult r) => r is Partial p ? p.Remainder : null;
}
