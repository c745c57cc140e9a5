using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Plan;
using BookBuilder.Typography;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// The body's divisions (chapters, FAQ, glossary, index) laid out into pages, again and again
/// until the page numbers their text prints stop changing: "Figure 3.1 on p. 19", the glossary's
/// "Used on pp. 2, 5", the index. Each division records which anchors' pages it asked for, and is
/// laid out again only when one of those answers changed; a book that prints no page is laid out
/// once. The body's folios restart at 1 whatever the front matter holds, so it does not depend on
/// the front matter.
/// </summary>
public sealed class BodyLayout
{
    /// <summary>Layout passes at most; a book whose references still move after that is reported.</summary>
    public const int MaxPasses = 6;

    /// <summary>From this pass on, a cross-reference that printed its target's page keeps printing it (see <see cref="ReferenceResolver"/>).</summary>
    public const int KeepPagesFrom = 4;

    private BodyLayout(IReadOnlyList<PageBody> pages, IReadOnlyList<string?> heads, int passes, bool settled, IReadOnlyDictionary<string, string> anchors)
    {
        Pages = pages;
        Heads = heads;
        Passes = passes;
        Settled = settled;
        Anchors = anchors;
    }

    /// <summary>The label of the body page each anchor first appears on, as the last pass found it.</summary>
    public IReadOnlyDictionary<string, string> Anchors { get; }

    /// <summary>The body's pages in order; the first is page 1.</summary>
    public IReadOnlyList<PageBody> Pages { get; }

    /// <summary>The running head of each page: none on a division's opening page, the division's title otherwise.</summary>
    public IReadOnlyList<string?> Heads { get; }

    /// <summary>How many passes the page numbers took to settle.</summary>
    public int Passes { get; }

    /// <summary>False when the page numbers still changed in the last pass allowed.</summary>
    public bool Settled { get; }

    /// <summary>Lays out the body of <paramref name="plan"/>.</summary>
    public static BodyLayout Run(BookPlan plan, Theme theme, ITextMeasurer measurer, Hyphenator hyphenator)
    {
        var body = plan.Body.ToArray();
        var slots = new (IReadOnlyList<PageBody> Pages, PageLookup Lookup)?[body.Length];
        IReadOnlyDictionary<string, string> known = new Dictionary<string, string>();
        var passes = 0;
        var settled = false;
        var withPage = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        while (passes < MaxPasses && !settled)
        {
            passes++;
            // Divisions start on new pages and share only thread-safe caches, so they are set in
            // parallel; each lands in its own slot, which keeps the result independent of scheduling.
            // An unexpected failure names the division's file unless a block inside it is known.
            var pass = known;
            var keepPages = passes >= KeepPagesFrom;
            Parallel.For(0, body.Length, i =>
            {
                if (slots[i] is { } done && done.Lookup.Agrees(pass)) return;
                slots[i] = InputLocationException.At(body[i].Source, () => Lay(plan, body[i], theme, measurer, hyphenator, pass, withPage, keepPages));
            });
            known = AnchorPages(slots.Select(s => s!.Value.Pages), theme.OpenOnRecto);
            settled = slots.All(s => s!.Value.Lookup.Agrees(known));
        }

        var pages = new List<PageBody>();
        var heads = new List<string?>();
        for (var i = 0; i < body.Length; i++)
        {
            // Body page 1 is a right-hand page; in print every division opens on one, after a blank page if need be.
            if (theme.OpenOnRecto && pages.Count % 2 == 1)
            {
                pages.Add(PageBody.Blank);
                heads.Add(null);
            }
            var own = slots[i]!.Value.Pages;
            pages.AddRange(own);
            for (var p = 0; p < own.Count; p++) heads.Add(p == 0 ? null : body[i].PlainTitle);
        }
        return new BodyLayout(pages, heads, passes, settled, known);
    }

    /// <summary>
    /// One division laid out into pages, its page references answered from <paramref name="known"/>;
    /// each page knows its division's title (the place of a layout problem found nowhere else).
    /// </summary>
    internal static (IReadOnlyList<PageBody> Pages, PageLookup Lookup) Lay(BookPlan plan, PlannedDivision division, Theme theme, ITextMeasurer measurer, Hyphenator hyphenator,
        IReadOnlyDictionary<string, string> known, System.Collections.Concurrent.ConcurrentDictionary<string, bool>? withPage = null, bool keepPages = false)
    {
        var lookup = new PageLookup(known);
        var blocks = new BlockBuilder(theme, measurer, hyphenator, new ReferenceResolver(plan, lookup, withPage, keepPages));
        var notes = new FootnoteBuilder(blocks);
        var footnotes = new Dictionary<string, FootnoteEntry>(StringComparer.Ordinal);
        foreach (var note in FootnotesOf(division))
        {
            var source = note.Blocks.Count > 0 ? note.Blocks[0].Source : SourceSpan.None;
            footnotes.TryAdd(note.Id, new FootnoteEntry(InputLocationException.At(source, () => notes.Footnote(note)), note.Number, source));
        }
        // The label above the rest of a note that runs over from an earlier page, made once per number.
        var continued = new Dictionary<int, LayoutElement>();
        var area = new FootnoteArea(footnotes, theme.FootnoteLeading, theme.FootnoteLeading * 0.25f, theme.RuleColor, theme.FootnoteLeading,
            n => continued.TryGetValue(n, out var label) ? label : continued[n] = notes.Continued(plan.Labels.NoteContinued(n)));
        var flow = new DivisionBuilder(blocks, plan).Flow(division);
        var laid = Paginator.Paginate(flow, theme.ContentWidth, theme.ContentHeight, area);
        // A division opens on a right-hand page where spreads are balanced (print).
        if (theme.BalanceSpreads && theme.OpenOnRecto)
            laid = SpreadBalancer.Balance(laid, limits => Paginator.Paginate(flow, theme.ContentWidth, theme.ContentHeight, area, limits), theme.BodyLeading);
        var pages = laid.Select(p => p with { Division = division.TitleSource }).ToArray();
        return (pages, lookup);
    }

    private static IReadOnlyList<Footnote> FootnotesOf(PlannedDivision division) => division switch
    {
        ChapterDivision c => c.Chapter.Footnotes,
        FaqDivision f => f.Faq.Footnotes,
        GlossaryDivision g => g.Glossary.Footnotes,
        _ => [],
    };

    /// <summary>
    /// The label of the body page each anchor first appears on ("1" for the first page), counting
    /// the blank page before a division that opens on a right-hand page (<paramref name="openOnRecto"/>).
    /// </summary>
    private static Dictionary<string, string> AnchorPages(IEnumerable<IReadOnlyList<PageBody>> divisions, bool openOnRecto)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var division in divisions)
        {
            if (openOnRecto && number % 2 == 1) number++;
            foreach (var page in division)
            {
                number++;
                var label = PageLabels.Arabic(number);
                foreach (var op in page.Ops)
                    if (op is AnchorOp a) map.TryAdd(a.Id, label);
            }
        }
        return map;
    }
}
