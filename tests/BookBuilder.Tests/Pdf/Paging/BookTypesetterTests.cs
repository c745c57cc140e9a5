using System.Diagnostics;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Plan;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Pdf.Paging;

public class BookTypesetterTests(ITestOutputHelper output)
{
    private static TypesetResult Typeset(Theme? theme = null, int chapters = 3, int sections = 3, int paragraphs = 6) =>
        BookTypesetter.Typeset(BookPlanner.Plan(TestBook.Build(chapters, sections, paragraphs)), theme ?? Theme.A4, new FakeMeasurer(), TestText.English.Value);

    [Fact]
    public void Front_matter_comes_first_with_roman_labels_and_the_body_restarts_at_one()
    {
        var result = Typeset();
        var pages = result.Pages;
        Assert.Equal("i", pages[0].Label);
        Assert.Equal("ii", pages[1].Label);
        Assert.Equal("iii", pages[2].Label);
        Assert.Equal(0, pages.PageOfAnchor(FrontMatter.TitleAnchorId));
        Assert.Contains("Israel, Russia", pages[0].Text());
        Assert.Contains("urn:uuid:", pages[1].Text());
        var first = pages.PageOfAnchor("chapter-1");
        Assert.Equal("1", pages[first].Label);
        Assert.Equal(0, first % 2); // page 1 is a right-hand page
        Assert.All(pages.Skip(first), p => Assert.Equal(int.Parse(p.Label!) % 2 == 1, p.Index % 2 == 0));
        Assert.Equal(Enumerable.Range(0, pages.Count), pages.Select(p => p.Index));
        // No folio drawn on the title page: its only text is the title-page content.
        Assert.DoesNotContain(pages[0].Ops.OfType<TextOp>(), t => t.Text.Text == "i");
        Assert.Contains(pages[first + 1].Ops.OfType<TextOp>(), t => t.Text.Text == pages[first + 1].Label);
    }

    [Fact]
    public void Chapters_start_on_new_pages()
    {
        var result = Typeset();
        var pages = result.Pages;
        for (var c = 2; c <= 3; c++)
        {
            var start = pages.PageOfAnchor($"chapter-{c}");
            var previousEnd = pages.PageOfAnchor($"use-end-{c - 1}");
            Assert.True(start > previousEnd, $"chapter {c} starts on page {start}, chapter {c - 1} ends on {previousEnd}");
            // The chapter title is the first thing on its page, below the drop.
            var anchor = pages[start].Anchor($"chapter-{c}");
            Assert.True(anchor.Y < Theme.A4.MarginTop + Theme.A4.ChapterDrop + 80);
        }
        Assert.True(pages.PageOfAnchor("faq") > pages.PageOfAnchor("use-end-3"));
        Assert.True(pages.PageOfAnchor("glossary") > pages.PageOfAnchor("faq-6"));
    }

    [Fact]
    public void Contents_page_numbers_are_the_pages_where_the_anchors_land()
    {
        var result = Typeset(chapters: 4);
        var pages = result.Pages;
        var checkedEntries = 0;
        foreach (var page in pages.Where(p => p.Label is "iii" or "iv" or "v"))
        {
            foreach (var link in page.Ops.OfType<InternalLinkOp>())
            {
                var number = page.Ops.OfType<TextOp>().Single(t =>
                    t.Baseline > link.Y && t.Baseline <= link.Y + link.Height && t.X + t.Text.Width > link.X + link.Width - 1);
                var target = pages[pages.PageOfAnchor(link.TargetId)];
                Assert.Equal(target.Label, number.Text.Text);
                checkedEntries++;
            }
        }
        Assert.Equal(4 + 4 * 3 + 3, checkedEntries); // chapters, sections, FAQ, glossary, index
        Assert.InRange(result.Preflight.TocPasses, 2, 3);
    }

    [Fact]
    public void Footnotes_sit_at_the_foot_of_the_page_of_their_reference()
    {
        var result = Typeset(chapters: 3);
        var pages = result.Pages;
        for (var c = 1; c <= 3; c++)
        {
            var refPage = pages.PageOfAnchor($"fnref-{c}");
            var notePage = pages.PageOfAnchor($"fn-{c}");
            Assert.Equal(refPage, notePage);
            var note = pages[notePage].Anchor($"fn-{c}");
            var bodyBottom = pages[notePage].Ops.OfType<TextOp>()
                .Where(t => t.Text.Style.Size == Theme.A4.BodySize).Max(t => t.Baseline);
            Assert.True(note.Y > bodyBottom, "the footnote is below the body text");
            Assert.True(note.Y < Theme.A4.PageHeight - Theme.A4.MarginBottom);
            Assert.Contains(pages[notePage].Ops, o => o is RuleOp r && r.Y1 < note.Y && r.X2 - r.X1 <= 72.01f);
        }
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("letter")]
    [InlineData("6x9")]
    public void Nothing_is_set_outside_the_text_block_and_preflight_is_clean(string size)
    {
        Assert.True(PageSize.TryParse(size, out var pageSize));
        var theme = Theme.For(pageSize);
        var result = Typeset(theme);
        foreach (var page in result.Pages)
        {
            var left = page.Index % 2 == 0 ? theme.MarginInner : theme.MarginOuter;
            foreach (var t in page.Ops.OfType<TextOp>())
            {
                Assert.True(t.X >= left - 0.01f, $"p. {page.Label}: '{t.Text.Text}' starts at {t.X}");
                Assert.True(t.X + t.Text.Width <= left + theme.ContentWidth + 0.01f, $"p. {page.Label}: '{t.Text.Text}' ends at {t.X + t.Text.Width}");
                Assert.True(t.Baseline <= theme.PageHeight - theme.MarginBottom * 0.4f);
            }
        }
        var report = result.Preflight;
        Assert.Equal(0, report.OverfullLines);
        Assert.Empty(report.UnfittableWords);
        Assert.Equal(result.Pages.Count, report.PageCount);
        Assert.True(report.HyphenatedLines > 0);
        var text = report.ToString();
        Assert.Contains($"{result.Pages.Count} pages", text);
        output.WriteLine(text);
    }

    [Fact]
    public void Outline_entries_mark_chapters_sections_and_appendices()
    {
        var pages = Typeset().Pages;
        var outline = pages.SelectMany(p => p.Ops.OfType<OutlineOp>()).ToList();
        // Labelled as the contents and the EPUB's navigation label them: number and title.
        Assert.Contains(outline, o => o is { Level: 0, Title: "1 Introduction" });
        Assert.Contains(outline, o => o is { Level: 0, Title: "2 The 2th chapter of the history" });
        Assert.Contains(outline, o => o is { Level: 1, Title: "2.3 Section 3 of chapter 2" });
        Assert.Contains(outline, o => o is { Level: 0, Title: "FAQs" });
        Assert.Contains(outline, o => o is { Level: 1, Title: "Question number 4: are they friends or enemies?" });
        Assert.Contains(outline, o => o is { Level: 0, Title: "Glossary" });
    }

    [Fact]
    public void Glossary_uses_link_to_the_entry_and_the_entry_links_back()
    {
        var pages = Typeset().Pages;
        var use = pages[pages.PageOfAnchor("use-end-2")];
        Assert.Contains(use.Ops, o => o is InternalLinkOp { TargetId: "glossary-detente" });
        var entry = pages[pages.PageOfAnchor("glossary-detente")];
        Assert.Contains(pages.SelectMany(p => p.Ops), o => o is InternalLinkOp { TargetId: "use-end-2" });
        Assert.NotNull(entry);
    }

    [Fact]
    public void A_layout_run_is_deterministic()
    {
        var a = FrameQueries.Dump(Typeset().Pages);
        var b = FrameQueries.Dump(Typeset().Pages);
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_long_book_is_typeset_quickly()
    {
        var book = TestBook.Build(chapters: 12, sections: 5, paragraphs: 12);
        var measurer = new FakeMeasurer();
        BookTypesetter.Typeset(BookPlanner.Plan(TestBook.Build(1, 1, 1)), Theme.A4, measurer, TestText.English.Value); // warm up
        var sw = Stopwatch.StartNew();
        var result = BookTypesetter.Typeset(BookPlanner.Plan(book), Theme.A4, measurer, TestText.English.Value);
        sw.Stop();
        output.WriteLine($"{result.Pages.Count} pages in {sw.ElapsedMilliseconds} ms");
        Assert.True(result.Pages.Count >= 150, $"only {result.Pages.Count} pages");
        Assert.True(sw.ElapsedMilliseconds < 10_000, $"{sw.ElapsedMilliseconds} ms");
    }
}

public class RunningHeadTests
{
    [Fact]
    public void Running_heads_show_the_book_on_the_left_and_the_division_on_the_right_but_not_on_openings()
    {
        var theme = Theme.A4;
        var result = BookTypesetter.Typeset(BookPlanner.Plan(TestBook.Build(2, 3, 8)), theme, new FakeMeasurer(), TestText.English.Value);
        var pages = result.Pages;
        TextOp? Head(PageFrame p) => p.Ops.OfType<TextOp>().SingleOrDefault(t => t.Baseline < theme.MarginTop);
        var opening = pages.PageOfAnchor("chapter-2");
        Assert.Null(Head(pages[opening]));
        Assert.All(pages.Take(pages.PageOfAnchor("chapter-1") + 1), p => Assert.Null(Head(p)));
        var following = pages.Where(p => p.Index > opening && p.Index < pages.PageOfAnchor("faq")).ToList();
        Assert.NotEmpty(following);
        foreach (var p in following)
        {
            var head = Assert.IsType<TextOp>(Head(p));
            Assert.Equal(p.Index % 2 == 1 ? "Israel, Russia…" : "The 2th chapter of the history", head.Text.Text);
        }
        var none = BookTypesetter.Typeset(BookPlanner.Plan(TestBook.Build(2, 3, 8)), theme with { RunningHeads = false }, new FakeMeasurer(), TestText.English.Value);
        Assert.All(none.Pages, p => Assert.Null(Head(p)));
    }

    [Fact]
    public void A_running_head_with_hebrew_words_puts_them_in_visual_order_and_stays_centred()
    {
        var theme = Theme.A4;
        var ops = BookTypesetter.RunningHead("Israel and ישראל רוסיה today", 3, theme, new FakeMeasurer()).OfType<TextOp>().ToList();
        TextOp Op(string word) => ops.Single(t => t.Text.Text == word);

        // Right to left: the second Hebrew word is drawn to the left of the first.
        Assert.True(Op("and").X < Op("רוסיה").X);
        Assert.True(Op("רוסיה").X < Op("ישראל").X);
        Assert.True(Op("ישראל").X < Op("today").X);
        Assert.All(ops, t => Assert.Equal(theme.MarginTop * 0.55f, t.Baseline, 0.01f));
        // Centred over the text block of a left-hand page (outer margin on the left).
        var start = ops.Min(t => t.X);
        var end = ops.Max(t => t.X + t.Text.Width);
        Assert.Equal(theme.MarginOuter + theme.ContentWidth / 2, (start + end) / 2, 0.01f);
    }

    [Fact]
    public void A_long_running_head_with_hebrew_words_is_cut_at_a_word()
    {
        var theme = Theme.A4;
        var title = string.Join(' ', Enumerable.Repeat("ישראל and", 40));
        var ops = BookTypesetter.RunningHead(title, 2, theme, new FakeMeasurer()).OfType<TextOp>().ToList();
        Assert.Contains(ops, t => t.Text.Text.EndsWith('\u2026'));
        Assert.True(ops.Max(t => t.X + t.Text.Width) - ops.Min(t => t.X) <= theme.ContentWidth + 0.01f);
        Assert.True(ops.Min(t => t.X) >= theme.MarginInner - 0.01f);
    }
}

/// <summary>
/// Setting a running head takes time in proportion to the title, not to its square: each title is
/// set a handful of times whatever its length (a 30,000-character chapter title once took 17 s and
/// 1.5 GB, every prefix of it shaped and cached).
/// </summary>
public class RunningHeadCostTests
{
    /// <summary>Counts the characters shaped and stops the test once a budget is spent.</summary>
    private sealed class BudgetMeasurer(long budget) : BookBuilder.Typography.ITextMeasurer
    {
        private readonly FakeMeasurer _inner = new();
        private long _shaped;

        public long Shaped => _shaped;

        public BookBuilder.Typography.ShapedText Shape(string text, BookBuilder.Typography.TextStyle style)
        {
            if (Interlocked.Add(ref _shaped, text.Length) > budget)
                throw new InvalidOperationException($"more than {budget} characters shaped for one running head");
            return _inner.Shape(text, style);
        }

        public BookBuilder.Typography.FontMetrics Metrics(BookBuilder.Typography.TextStyle style) => _inner.Metrics(style);
    }

    [Theory]
    [InlineData("word")]
    [InlineData("ישראל")]
    public void A_very_long_title_is_cut_with_a_few_trial_settings(string word)
    {
        var theme = Theme.A4;
        var title = string.Join(' ', Enumerable.Repeat(word, 20_000));
        var measurer = new BudgetMeasurer(budget: 40L * title.Length);

        var ops = BookTypesetter.RunningHead(title, 2, theme, measurer).OfType<TextOp>().ToList();

        Assert.Contains(ops, t => t.Text.Text.EndsWith('\u2026'));
        Assert.True(ops.Max(t => t.X + t.Text.Width) - ops.Min(t => t.X) <= theme.ContentWidth + 0.01f);
        // As many words as fit: one more would not.
        var style = new BookBuilder.Typography.TextStyle(theme.HeadingFamily, theme.FolioSize);
        var expected = Enumerable.Range(1, 500).Last(n => FakeMeasurer.WidthOf(string.Join(' ', Enumerable.Repeat(word, n)) + "\u2026", style) <= theme.ContentWidth);
        var words = string.Join(' ', ops.Select(t => t.Text.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // A line set right to left spaces its words as a line of text does, a little differently.
        Assert.InRange(words, expected - 1, expected + 1);
        if (word == "word") Assert.Equal(expected, words);
    }
}
