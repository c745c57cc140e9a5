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
        var openings = BookBuilder.Plan.BookPlanner.Plan(f.Book).Body.Select(d => book.Destinations[d.Id]).ToHashSet();
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
            // The pages of the text where the term links to its entry (a chapter's key terms link to it too, but are no use of it).
            var linkedFrom = Enumerable.Range(0, firstGlossaryPage)
                .Where(p => book.TextLinks(p, openings).Any(l => l.Destination == entry.Id)).Select(p => book.Labels[p]).ToHashSet();
            Assert.True(linkedFrom.SetEquals(printedPages),
                $"{entry.Term}: printed {string.Join(", ", printedPages)}, linked from {string.Join(", ", linkedFrom)}");
            checkedEntries++;
        }
        Assert.Equal(glossary.Entries.Count(e => e.Uses.Count > 0), checkedEntries);
        Assert.True(checkedEntries >= 20, $"{checkedEntries} entries checked");
    }

    [Fact]
    public void Each_chapter_ends_with_links_to_the_glossary_terms_it_uses_in_the_glossary_s_order()
    {
        var book = Printed;
        var glossary = f.Book.Glossary!;
        var plan = BookBuilder.Plan.BookPlanner.Plan(f.Book);
        var openings = plan.Body.Select(d => book.Destinations[d.Id]).Order().ToList();
        var withTerms = 0;
        foreach (var chapter in f.Book.Chapters)
        {
            var expected = glossary.Entries.Where(e => e.Uses.Any(u => u.DivisionId == chapter.Id)).Select(e => e.Id).ToList();
            var first = book.Destinations[chapter.Id];
            var end = openings.First(p => p > first);
            // The list of the chapter's last page with a "Key terms" heading (the list is kept whole on one page).
            var page = Enumerable.Range(first, end - first).LastOrDefault(p => book.KeyTermsHeading(p) is not null, -1);
            if (expected.Count == 0)
            {
                Assert.Equal(-1, page);
                continue;
            }
            Assert.True(page >= 0, $"{chapter.Id} has no key terms");
            var y = book.KeyTermsHeading(page)!.Value;
            var links = book.Links[page].Where(l => l.Top < y).ToList();
            Assert.Equal(expected, links.Select(l => l.Destination));
            Assert.All(links, l => Assert.Equal(glossary.Entries.Single(e => e.Id == l.Destination).Term.Replace(" ", ""), l.Text.Replace(" ", "")));
            withTerms++;
        }
        Assert.Equal(f.Book.Chapters.Count, withTerms);
    }

    [Fact]
    public void The_printed_index_has_every_glossary_term_with_the_pages_of_its_uses_and_its_definition_in_bold()
    {
        var book = Printed;
        var glossary = f.Book.Glossary!;
        var indexStart = book.Links.SelectMany(l => l).First(l => l.Destination == BookBuilder.Plan.BookPlanner.IndexId).TargetPage;
        // The letters in the order they are drawn, column after column, without spaces.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(f.Bytes);
        var indexText = string.Concat(pdf.GetPages().Skip(indexStart).Select(p => BookBuilder.Tests.Pdf.Output.PdfTextReader.ReadWithoutSpaces(p)));
        foreach (var entry in glossary.Entries)
        {
            Assert.Contains(BookBuilder.Tests.Pdf.Output.PdfTextReader.Squash(entry.Term), indexText);
            var places = entry.Uses.Select(u => u.UseId).Append(entry.Id).ToHashSet(StringComparer.Ordinal);
            var printed = Enumerable.Range(indexStart, book.Links.Count - indexStart)
                .SelectMany(p => book.Links[p]).Where(l => l.Destination is { } d && places.Contains(d)).ToList();
            foreach (var link in printed) Assert.Equal(book.Labels[link.TargetPage], link.Text.Split('\u2013')[0]);
            var expected = places.Select(id => book.Labels[book.Destinations[id]]).ToHashSet();
            Assert.True(expected.SetEquals(printed.SelectMany(l => Expand(l.Text))), $"{entry.Term}: printed {string.Join(", ", printed.Select(l => l.Text))}");
        }
    }

    [Fact]
    public void The_epub_index_has_every_glossary_term_linked_to_its_uses_and_definition()
    {
        using var ms = new MemoryStream();
        BookBuilder.Epub.EpubWriter.Write(BookBuilder.Plan.BookPlanner.Plan(f.Book), ms, new BookBuilder.Epub.EpubOptions { Modified = f.Options.Timestamp });
        var epub = new BookBuilder.Tests.Epub.EpubFile(ms.ToArray());
        var index = epub.Xml("OEBPS/index.xhtml");
        var x = BookBuilder.Tests.Epub.EpubFile.Xhtml;
        var ops = BookBuilder.Tests.Epub.EpubFile.Ops;
        foreach (var entry in f.Book.Glossary!.Entries)
        {
            var li = index.Descendants(x + "li").Single(l => l.Elements(x + "span").Any(s => s.Value == entry.Term));
            var hrefs = li.Elements(x + "a").Where(a => (string?)a.Attribute(ops + "type") == "index-locator").Select(a => (string)a.Attribute("href")!).ToList();
            var targets = hrefs.Select(h => h[(h.IndexOf('#') + 1)..]).ToList();
            Assert.Equal(entry.Uses.Select(u => u.UseId).Append(entry.Id), targets);
        }
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
