using System.Text.RegularExpressions;
using BookBuilder.Pdf.Layout;
using BookBuilder.Tests.Pdf.Layout.Fakes;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// In print a cross-reference names the page of its target when that is another page: the body
/// is laid out again until the pages printed are the pages the targets land on.
/// </summary>
public sealed partial class PageReferenceTests
{
    /// <summary>Enough text to fill about a page of A4 with the fake measurer.</summary>
    private static string Filler(int paragraphs) => string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i =>
        $"Paragraph {i} runs on with words that fill the measure, and then some more words, so that the chapter takes up room on the page and the next one."));

    [Fact]
    public void A_reference_prints_the_page_its_target_lands_on_and_no_page_on_its_own_page()
    {
        using var b = new SmallBook([
            $"# One\n\nSee [](#far) and [](#near).\n\n## Near {{#near}}\n\n{Filler(40)}\n\n## Far {{#far}}\n\nThe end.\n",
            $"# Two\n\nBack to [](#far), and forward to [](#late).\n\n{Filler(30)}\n\n## Late {{#late}}\n\nText.\n",
        ]);
        Assert.Empty(b.Errors);
        var result = b.Typeset();
        var pages = result.Pages;
        string Page(string anchor) => pages[pages.PageOfAnchor(anchor)].Label!;
        var text = Squash(string.Join(" ", pages.Select(p => p.Text())));

        Assert.NotEqual(Page("near"), Page("far"));
        Assert.Contains(Squash($"See Section 1.2 on p. {Page("far")} and Section 1.1."), text);
        Assert.Contains(Squash($"Back to Section 1.2 on p. {Page("far")}, and forward to Section 2.1 on p. {Page("late")}."), text);
        Assert.True(result.Preflight.ReferencesSettled);
        Assert.InRange(result.Preflight.ReferencePasses, 2, BookBuilder.Pdf.Paging.BodyLayout.MaxPasses);
    }

    [Fact]
    public void Every_printed_page_number_is_the_page_of_its_link_target()
    {
        using var b = new SmallBook([
            $"# One\n\n{string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Item {i} is at [](#s{i % 6 + 1})."))}\n\n"
                + string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"## Part {i} {{#s{i}}}\n\n{Filler(7 + i)}")),
        ]);
        var pages = b.Typeset().Pages;
        var checkedReferences = 0;
        foreach (var page in pages)
        {
            var links = page.Ops.OfType<InternalLinkOp>().ToList();
            foreach (Match m in OnPage().Matches(page.Text()))
            {
                var section = m.Groups["section"].Value;
                var target = $"s{section.Split('.')[1]}";
                Assert.Contains(links, l => l.TargetId == target);
                Assert.Equal(pages[pages.PageOfAnchor(target)].Label, m.Groups["page"].Value);
                checkedReferences++;
            }
        }
        Assert.True(checkedReferences >= 8, $"{checkedReferences} references with a page");
    }

    [Fact]
    public void A_book_that_prints_no_page_is_laid_out_once()
    {
        using var b = new SmallBook([$"# One\n\nSee [](#two), in words [the part](#two).\n\n## Two {{#two}}\n\nText.\n"]);
        var result = b.Typeset();
        // The only reference is on the page of its target: it prints no page, but it asked.
        Assert.Equal(2, result.Preflight.ReferencePasses);
        using var plain = new SmallBook(["# One\n\nSee [the part](#two).\n\n## Two {#two}\n\nText.\n"]);
        Assert.Equal(1, plain.Typeset().Preflight.ReferencePasses);
    }

    [Fact]
    public void Page_numbers_that_do_not_settle_are_reported()
    {
        var report = new BookBuilder.Pdf.Paging.PreflightReport
        {
            PageCount = 1, LineCount = 0, HyphenatedLines = 0, OverfullLines = 0, LooseLines = 0, LooseThreshold = 2,
            LoosePages = [], UnfittableWords = [], Issues = [], TocPasses = 1, ReferencePasses = 6, ReferencesSettled = false,
        };
        var d = Assert.Single(report.ToDiagnostics());
        Assert.Equal("PDF-PAGEREFS", d.Code);
        Assert.Contains("after 6 layout passes", d.Message);
        Assert.Contains("reference passes:   6 (page references did not settle)", report.ToString());
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"Section\s*(?<section>\d\.\d)\s*on\s*p\.\s*(?<page>\d+)")]
    private static partial Regex OnPage();
}
