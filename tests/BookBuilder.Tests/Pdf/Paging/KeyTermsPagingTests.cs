using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Tests.Apparatus;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// A chapter's key terms stay on one page with their heading where they can; where they cannot,
/// the list goes on over the next page instead of leaving the rest of the chapter's last page
/// empty, but never starts with fewer than three rows of terms under its heading.
/// </summary>
public sealed class KeyTermsPagingTests
{
    private static readonly string[] Terms = [.. Enumerable.Range(0, 12).Select(i => "Term" + (char)('a' + i))];

    private static string Glossary => "# Glossary\n\n" + string.Join("\n\n", Terms.Select(t => $"{t}\n:   The meaning of {t.ToLowerInvariant()}."));

    private static string Chapter(int paragraphs) =>
        "# Rivers\n\n" + string.Join(' ', Terms) + ".\n\n"
        + string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(p => string.Join(' ', Enumerable.Range(0, 24 + p % 5).Select(i => $"w{p:00}{i:00}x")) + "."));

    [Fact]
    public void The_list_goes_on_over_a_page_only_with_its_heading_and_three_rows_of_terms()
    {
        var split = 0;
        for (var n = 10; n < 70; n += 3)
        {
            using var book = new SmallBook([Chapter(n)], glossary: Glossary, yaml: "key-terms: true");
            var pages = book.Typeset().Pages;
            var heading = Page(pages, t => t.Text.Text == "Key");
            Assert.True(heading >= 0, $"{n}: no key terms heading");
            // Where each term of the list is (the glossary's own headwords come later).
            var terms = Terms.Select(t => Page(pages, op => op.Text.Text == t, after: heading)).ToList();
            Assert.All(terms, p => Assert.True(p >= heading, $"{n}: a term before its heading"));
            var withHeading = terms.Count(p => p == heading);
            if (withHeading < Terms.Length)
            {
                split++;
                // Two columns: three rows are the first six terms.
                Assert.True(withHeading >= 2 * DivisionBuilder.MinKeyTermRows, $"{n}: {withHeading} terms under the heading");
                Assert.All(terms, p => Assert.True(p <= heading + 1, $"{n}: the list runs past the next page"));
            }
        }
        Assert.True(split > 0, "no chapter length made the list go on over a page");
    }

    /// <summary>The index of the first page at or after <paramref name="after"/> with a text operation <paramref name="match"/> accepts; -1 if none.</summary>
    private static int Page(IReadOnlyList<PageFrame> pages, Func<TextOp, bool> match, int after = 0)
    {
        for (var i = Math.Max(0, after); i < pages.Count; i++)
            if (pages[i].Ops.OfType<TextOp>().Any(match)) return i;
        return -1;
    }
}
