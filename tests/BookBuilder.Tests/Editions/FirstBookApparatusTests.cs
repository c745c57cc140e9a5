using BookBuilder.Tests.Apparatus;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The first book's reference apparatus in print, read back from the PDF: the glossary names the
/// pages its terms are used on, and they are the pages where the terms' links are.
/// </summary>
public sealed class FirstBookApparatusTests(FirstBookPdfFixture f) : IClassFixture<FirstBookPdfFixture>
{
    private PrintedBook Printed => _printed ??= new PrintedBook(f.Bytes);
    private PrintedBook? _printed;

    [Fact]
    public void The_glossary_names_the_pages_where_each_term_is_linked()
    {
        var book = Printed;
        var glossary = f.Book.Glossary!;
        // Where the contents' link to the glossary leads.
        var firstGlossaryPage = book.Links.SelectMany(l => l).First(l => l.Destination == glossary.Id).TargetPage;
        var checkedEntries = 0;
        foreach (var entry in glossary.Entries.Where(e => e.Uses.Count > 0))
        {
            var uses = entry.Uses.Select(u => u.UseId).ToHashSet(StringComparer.Ordinal);
            // The printed numbers of the entry's "Used on" line: links to its uses.
            var printed = Enumerable.Range(firstGlossaryPage, book.Links.Count - firstGlossaryPage)
                .SelectMany(p => book.Links[p]).Where(l => l.Destination is { } d && uses.Contains(d)).ToList();
            Assert.NotEmpty(printed);
            foreach (var link in printed)
                Assert.Equal(book.Labels[link.TargetPage], link.Text.Split('\u2013')[0]);
            var printedPages = printed.SelectMany(l => Expand(l.Text)).ToHashSet();
            // The pages of the text where the term links to its entry.
            var linkedFrom = Enumerable.Range(0, firstGlossaryPage)
                .Where(p => book.Links[p].Any(l => l.Destination == entry.Id)).Select(p => book.Labels[p]).ToHashSet();
            Assert.True(linkedFrom.SetEquals(printedPages),
                $"{entry.Term}: printed {string.Join(", ", printedPages)}, linked from {string.Join(", ", linkedFrom)}");
            checkedEntries++;
        }
        Assert.Equal(glossary.Entries.Count(e => e.Uses.Count > 0), checkedEntries);
        Assert.True(checkedEntries >= 20, $"{checkedEntries} entries checked");
    }

    /// <summary>"5" or "5–7" as the pages it names.</summary>
    private static IEnumerable<string> Expand(string item)
    {
        var parts = item.Split('\u2013');
        if (parts.Length == 1) return [item];
        var (from, to) = (int.Parse(parts[0]), int.Parse(parts[1]));
        return Enumerable.Range(from, to - from + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
