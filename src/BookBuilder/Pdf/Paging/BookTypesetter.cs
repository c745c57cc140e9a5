using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Plan;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography.Bidi;
using BookBuilder.Typography.Hyphenation;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// Lays out a whole book into pages: title page, copyright page, contents and the lists of
/// figures and tables (with page numbers, repeated until they are stable), then each chapter, the FAQ appendix and the glossary, each
/// starting on a new page (<see cref="BodyLayout"/>, itself repeated until the page numbers its
/// text prints are stable). A pure function of its arguments.
/// </summary>
public static class BookTypesetter
{
    private const int MaxTocPasses = 5;

    /// <summary>Typesets the book of <paramref name="plan"/>.</summary>
    public static TypesetResult Typeset(BookPlan plan, Theme theme, ITextMeasurer measurer, Hyphenator hyphenator)
    {
        var book = plan.Book;
        // The author's exceptions from book.yml come before the patterns.
        if (book.Metadata.Hyphenation.Count > 0) hyphenator = hyphenator.WithExceptions(book.Metadata.Hyphenation);
        var blocks = new BlockBuilder(theme, measurer, hyphenator, new ReferenceResolver(plan));
        var width = theme.ContentWidth;
        var height = theme.ContentHeight;

        var bodyLayout = BodyLayout.Run(plan, theme, measurer, hyphenator);
        var bodyPages = bodyLayout.Pages;
        var heads = bodyLayout.Heads;
        // A foreword or a preface is front matter, numbered in roman after the contents, laid out
        // once with the body's page numbers known.
        var frontDivisions = plan.Divisions.Where(d => d is ChapterDivision { Matter: Matter.Front }).ToArray();
        var frontSlots = frontDivisions.Select(d => InputLocationException.At(d.Source,
            () => BodyLayout.Lay(plan, d, theme, measurer, hyphenator, bodyLayout.Anchors).Pages)).ToArray();
        // Running heads: none on a division's opening page (or a blank one); the division's title otherwise.
        // In print every division opens on a right-hand page, after a blank page if need be.
        void AddDivision(List<PageBody> to, List<string?> toHeads, int i)
        {
            if (theme.OpenOnRecto && to.Count % 2 == 1)
            {
                to.Add(PageBody.Blank);
                toHeads.Add(null);
            }
            for (var p = 0; p < frontSlots[i].Count; p++)
            {
                to.Add(frontSlots[i][p]);
                toHeads.Add(p == 0 ? null : frontDivisions[i].PlainTitle);
            }
        }

        var front = new FrontMatter(blocks);
        var title = Starting(front.TitlePage(plan.TitlePage), plan.Divisions.FirstOrDefault(d => d.Kind == DivisionKind.TitlePage));
        var copyright = Starting(front.CopyrightPage(plan.Copyright), plan.Divisions.FirstOrDefault(d => d.Kind == DivisionKind.Copyright));
        var toc = new ContentsPages(blocks);
        var lists = new CaptionListPages(blocks);

        IReadOnlyDictionary<string, string> known = new Dictionary<string, string>();
        List<(PageBody Body, string Label)> pages = [];
        List<string?> pageHeads = [];
        var passes = 0;
        while (passes < MaxTocPasses)
        {
            passes++;
            var tocPages = Paginator.Paginate(toc.Build(plan, known), width, height);
            // Each list of figures or tables starts a page of its own after the contents.
            var listPages = plan.CaptionLists.SelectMany(l => Paginator.Paginate(lists.Build(l, known), width, height));
            // Page 1 goes on a right-hand page: a blank left-hand page ends front matter of odd length.
            List<PageBody> frontPages = [title, copyright, .. tocPages, .. listPages];
            pageHeads = [.. Enumerable.Repeat<string?>(null, frontPages.Count)];
            for (var i = 0; i < frontSlots.Length; i++) AddDivision(frontPages, pageHeads, i);
            if (frontPages.Count % 2 == 1 && bodyPages.Count > 0)
            {
                frontPages.Add(PageBody.Blank);
                pageHeads.Add(null);
            }
            pageHeads.AddRange(heads);
            pages = Label(frontPages, bodyPages);
            var anchors = AnchorPages(pages);
            var stable = SameLabels(anchors, known);
            known = anchors;
            if (stable) break;
        }

        var starts = PageStarts(pages);

        var frames = new List<PageFrame>(pages.Count);
        var folio = new TextStyle(theme.BodyFamily, theme.FolioSize);
        // A division's pages share its running head: set once for left-hand and once for right-hand pages.
        var setHeads = new Dictionary<(string, int), IReadOnlyList<DrawOp>>();
        for (var i = 0; i < pages.Count; i++)
        {
            var (page, label) = pages[i];
            var drawFolio = i >= 2 && page.Ops.Count > 0; // none on the title, copyright and blank pages
            var frame = Frame(i, page, label, drawFolio, theme, measurer, folio);
            var head = theme.RunningHeads ? pageHeads[i] : null;
            // Left-hand pages carry the book's title, right-hand pages the division's.
            if (head is not null && i % 2 == 1) head = plan.RunningTitle;
            if (head is not null)
            {
                if (!setHeads.TryGetValue((head, i % 2), out var headOps))
                    setHeads[(head, i % 2)] = headOps = RunningHead(head, i, theme, measurer);
                // The running head is page furniture, not text of the book.
                frame = frame with { Ops = [.. frame.Ops, .. TaggedElement.Wrap(headOps, StructTag.ArtifactOf(ArtifactKind.Pagination))] };
            }
            frames.Add(theme.PrintBoxes ? Trimmed(frame, theme) : frame);
        }
        var offPage = TextArea.Outside(frames, theme, measurer).Select(o => (o.Page.Label ?? $"#{o.Page.Index + 1}", $"{TextArea.Describe(o.Box.Op)} ({TextArea.Where(o.Box, TextArea.Block(theme, o.Page.Index))})")).ToArray();
        var settings = new PreflightSettings(theme.LooseLineRatio, theme.BodyLeading, blocks.BaselineOffset(blocks.BodyContext.Flow));
        var report = PreflightReport.From(pages, settings, passes, offPage) with { ReferencePasses = bodyLayout.Passes, ReferencesSettled = bodyLayout.Settled };
        // A word broken at the foot of a right-hand page is finished overleaf, out of sight.
        var rectoHyphens = pages.Where((p, i) => i % 2 == 0 && p.Body.Lines.LastOrDefault(l => l.Role != LineRole.Note) is { Hyphenated: true }).Select(p => p.Label).ToArray();
        // Spreads inside a division: the right-hand page continues the left-hand one's division and is followed by another page of it.
        var spreads = new List<Spread>();
        for (var i = 1; i + 2 < pages.Count; i += 2)
        {
            if (pageHeads[i] is null || pageHeads[i + 1] is null || pageHeads[i + 2] is null) continue;
            if (SpreadBalancer.Depth(pages[i].Body) is not { } verso || SpreadBalancer.Depth(pages[i + 1].Body) is not { } recto) continue;
            spreads.Add(new Spread(pages[i].Label, pages[i + 1].Label, (int)MathF.Round(Math.Abs(verso - recto) / theme.BodyLeading)));
        }
        return new TypesetResult(frames, report) { AnchorPages = known, RectoHyphenPages = rectoHyphens, PageStarts = starts, Spreads = spreads };
    }

    /// <summary>
    /// Where each page begins in the book's text: the first <see cref="TextStartOp"/> on it. A page
    /// with no text (the blank page that ends front matter) begins where the next page with text
    /// does, so that every page, blank or not, has its place in the text; if none follows, where
    /// the last page with text began.
    /// </summary>
    private static List<PageStart> PageStarts(List<(PageBody Body, string Label)> pages)
    {
        var firsts = pages.Select(p => p.Body.Ops.OfType<TextStartOp>().FirstOrDefault()).ToArray();
        var starts = new List<PageStart>(pages.Count);
        TextStartOp? next = null;
        for (var i = pages.Count - 1; i >= 0; i--)
        {
            next = firsts[i] ?? next;
            if (next is not null) starts.Add(new PageStart(i, pages[i].Label, next.Node, next.Offset));
        }
        starts.Reverse();
        // Blank pages after the last text: where that text began, after its own page.
        var lastText = Array.FindLastIndex(firsts, f => f is not null);
        if (lastText >= 0)
            for (var i = lastText + 1; i < pages.Count; i++)
                starts.Add(new PageStart(i, pages[i].Label, firsts[lastText]!.Node, firsts[lastText]!.Offset));
        return starts;
    }

    /// <summary>A generated page whose text is <paramref name="node"/> from its top.</summary>
    private static PageBody Starting(PageBody page, object? node) =>
        node is null ? page : page with { Ops = [new TextStartOp(0, 0, node, 0), .. page.Ops] };

    private static List<(PageBody, string)> Label(IReadOnlyList<PageBody> front, IReadOnlyList<PageBody> body)
    {
        var pages = new List<(PageBody, string)>(front.Count + body.Count);
        for (var i = 0; i < front.Count; i++) pages.Add((front[i], PageLabels.Roman(i + 1)));
        for (var i = 0; i < body.Count; i++) pages.Add((body[i], PageLabels.Arabic(i + 1)));
        return pages;
    }

    /// <summary>The label of the page each anchor first appears on.</summary>
    private static Dictionary<string, string> AnchorPages(List<(PageBody Body, string Label)> pages)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (page, label) in pages)
            foreach (var op in page.Ops)
                if (op is AnchorOp a) map.TryAdd(a.Id, label);
        return map;
    }

    private static bool SameLabels(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <summary>
    /// The running head of page <paramref name="index"/>, centred over the text block. A title
    /// too long for one line is cut at a word and marked with an ellipsis. A title with
    /// right-to-left words is set as a line of text is (bidirectional algorithm, words in visual
    /// order); any other is one piece of shaped text.
    /// </summary>
    internal static IReadOnlyList<DrawOp> RunningHead(string text, int index, Theme theme, ITextMeasurer measurer)
    {
        var style = new TextStyle(theme.HeadingFamily, theme.FolioSize);
        var left = index % 2 == 0 ? theme.MarginInner : theme.MarginOuter;
        var baseline = theme.MarginTop * 0.55f;
        var words = text.Split(' ');
        if (!BidiLevels.NeedsResolving(text))
        {
            var shaped = Longest(words, theme.ContentWidth, candidate => measurer.Shape(candidate, style), s => s.Width);
            return [new TextOp(left + (theme.ContentWidth - shaped.Width) / 2, baseline, shaped, theme.MutedColor)];
        }

        var flow = new FlowStyle(style, theme.MutedColor, theme.MutedColor, theme.MutedColor, TextAlign.Left, false, 0, theme.FolioSize) { Justification = theme.Justification };
        // Set on a measure no title reaches, so that it stays one line; then centred.
        var line = Longest(words, theme.ContentWidth,
            candidate => LineComposer.Compose(InlineItemizer.Itemize(candidate, flow, measurer, Hyphenator.None), 100_000, measurer).Lines.FirstOrDefault(),
            l => l?.NaturalWidth ?? 0);
        if (line is null) return [];
        var x = left + (theme.ContentWidth - line.NaturalWidth) / 2;
        return line.Ops.Select(op => DrawOps.Translate(op, x, baseline)).ToArray();
    }

    /// <summary>
    /// The whole title when it fits <paramref name="width"/>, else the most words that fit with an
    /// ellipsis (at least one word). Found by bisection, since a title only grows with its words:
    /// a handful of trial settings however long the title, where trying one word fewer at a time
    /// set and cached every prefix of the title (a 30,000-character title took 17 s and 1.5 GB).
    /// </summary>
    private static T Longest<T>(string[] words, float width, Func<string, T> set, Func<T, float> widthOf)
    {
        var whole = set(string.Join(' ', words));
        if (widthOf(whole) <= width || words.Length == 1) return whole;
        T Cut(int n) => set(string.Join(' ', words, 0, n) + "\u2026");
        int fits = 1, tooWide = words.Length;
        var best = Cut(1);
        while (tooWide - fits > 1)
        {
            var middle = fits + (tooWide - fits) / 2;
            var candidate = Cut(middle);
            if (widthOf(candidate) <= width) { fits = middle; best = candidate; }
            else tooWide = middle;
        }
        return best;
    }

    /// <summary>
    /// A page of the print edition: the trimmed page inside a bleed on its top, bottom and outside
    /// edges (the outside is on the right of a right-hand page), with its trim box.
    /// </summary>
    private static PageFrame Trimmed(PageFrame frame, Theme theme)
    {
        var b = theme.Bleed;
        var x = frame.Index % 2 == 0 ? 0 : b;
        var ops = b == 0 ? frame.Ops : frame.Ops.Select(op => DrawOps.Translate(op, x, b)).ToArray();
        return frame with { Width = frame.Width + b, Height = frame.Height + 2 * b, Ops = ops, Trim = new PageBox(x, b, frame.Width, frame.Height) };
    }

    private static PageFrame Frame(int index, PageBody page, string label, bool drawFolio, Theme theme, ITextMeasurer measurer, TextStyle folio)
    {
        // Index 0 is a right-hand page: the spine, and so the inner margin, is on its left.
        var left = index % 2 == 0 ? theme.MarginInner : theme.MarginOuter;
        var ops = new List<DrawOp>(page.Ops.Count + 1);
        // Where the page starts in the book's text is kept apart (TypesetResult.PageStarts), not painted.
        foreach (var op in page.Ops)
            if (op is not TextStartOp) ops.Add(DrawOps.Translate(op, left, theme.MarginTop));
        if (drawFolio)
        {
            var shaped = measurer.Shape(label, folio);
            var x = left + (theme.ContentWidth - shaped.Width) / 2;
            // The folio is page furniture, not text of the book.
            ops.AddRange(TaggedElement.Wrap([new TextOp(x, theme.PageHeight - theme.MarginBottom * 0.45f, shaped, theme.MutedColor)], StructTag.ArtifactOf(ArtifactKind.Pagination)));
        }
        return new PageFrame(index, theme.PageWidth, theme.PageHeight, ops, label);
    }
}
