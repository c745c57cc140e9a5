using System.Xml.Linq;
using BookBuilder.Tests.Apparatus;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Pdf.Output;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The key terms at the end of the learning fixture's chapters, read back from every edition: the
/// glossary terms each chapter links to in its text, in the glossary's order, each pointing at its
/// entry (an EPUB link, a PDF link annotation held by a Link, a page number in print); no list in a
/// chapter that uses no term.
/// </summary>
public sealed class LearningKeyTermsTests(LearningEditions editions) : IClassFixture<LearningEditions>
{
    private static readonly XNamespace X = EpubFile.Xhtml;
    private static readonly XNamespace Ops = EpubFile.Ops;

    /// <summary>The chapter pages of the EPUB in reading order.</summary>
    private static IReadOnlyList<(string Path, XDocument Page)> Chapters(EpubFile epub) =>
        epub.Spine.Where(h => h.StartsWith("chapter-", StringComparison.Ordinal)).Select(h => ("OEBPS/" + h, epub.Xml("OEBPS/" + h))).ToList();

    /// <summary>The glossary's headwords with their anchors, in the order the glossary prints them.</summary>
    private static IReadOnlyList<(string Id, string Term)> GlossaryOrder(EpubFile epub) =>
        epub.Xml("OEBPS/glossary.xhtml").Descendants(X + "dt").Select(dt => ((string)dt.Attribute("id")!, dt.Value.Trim())).ToList();

    private static XElement? KeyTermsSection(XDocument page) =>
        page.Descendants(X + "section").SingleOrDefault(s => (string?)s.Attribute("class") == "key-terms");

    /// <summary>The entries a chapter's text links to (its glossary terms' first uses), outside the key terms.</summary>
    private static HashSet<string> UsedEntries(XDocument page)
    {
        var keyTerms = KeyTermsSection(page);
        return page.Descendants(X + "a")
            .Where(a => (string?)a.Attribute("class") == "glossary-term" && (keyTerms is null || !a.Ancestors().Contains(keyTerms)))
            .Select(a => ((string)a.Attribute("href")!).Split('#')[1]).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void Each_chapter_of_the_epub_lists_the_terms_its_text_uses_in_the_glossary_s_order()
    {
        var epub = new EpubFile(editions.Epub);
        var glossary = GlossaryOrder(epub);
        var withList = 0;
        var withoutList = 0;
        foreach (var (path, page) in Chapters(epub))
        {
            var expected = glossary.Where(g => UsedEntries(page).Contains(g.Id)).ToList();
            var section = KeyTermsSection(page);
            if (expected.Count == 0)
            {
                Assert.True(section is null, $"{path} uses no glossary term but has key terms");
                withoutList++;
                continue;
            }
            Assert.NotNull(section);
            withList++;
            // A section named by its heading, holding one list of glossary references; the last section of the chapter.
            var heading = section.Elements(X + "h2").Single();
            Assert.Equal("Key terms", heading.Value);
            Assert.Equal((string)heading.Attribute("id")!, (string?)section.Attribute("aria-labelledby"));
            Assert.Same(section, section.Parent!.Elements(X + "section").Last());
            var links = section.Element(X + "ul")!.Elements(X + "li").Select(li => li.Elements(X + "a").Single()).ToList();
            Assert.All(links, a =>
            {
                Assert.Equal("glossref", (string?)a.Attribute(Ops + "type"));
                Assert.Equal("doc-glossref", (string?)a.Attribute("role"));
            });
            Assert.Equal(expected.Select(e => ("glossary.xhtml#" + e.Id, e.Term)), links.Select(a => ((string)a.Attribute("href")!, a.Value)));
        }
        // The fixture has both kinds of chapter.
        Assert.True(withList >= 2, "chapters with key terms: " + withList);
        Assert.True(withoutList >= 1, "chapters without key terms: " + withoutList);
    }

    [Fact]
    public void A_book_that_does_not_ask_for_key_terms_has_none()
    {
        var (book, _) = Support.LoadedBooks.Get(Support.RepoPaths.Learning);
        var plan = BookBuilder.Plan.BookPlanner.Plan(book with { Apparatus = book.Apparatus with { KeyTerms = false } });
        Assert.All(plan.Chapters, c => Assert.Null(c.KeyTerms));
        Assert.Contains(BookBuilder.Plan.BookPlanner.Plan(book).Chapters, c => c.KeyTerms is not null);
    }

    /// <summary>The links below the "Key terms" heading of each page of a PDF, with the text under them.</summary>
    private static List<(int Page, string? Destination, string Text)> KeyTermLinks(byte[] pdf)
    {
        var printed = new PrintedBook(pdf);
        var found = new List<(int, string?, string)>();
        for (var page = 0; page < printed.Links.Count; page++)
            if (printed.KeyTermsHeading(page) is { } y)
                found.AddRange(printed.Links[page].Where(l => l.Top < y).Select(l => (page, l.Destination, l.Text)));
        return found;
    }

    [Fact]
    public void In_the_screen_pdf_each_key_term_links_to_its_glossary_entry()
    {
        var epub = new EpubFile(editions.Epub);
        var expected = Chapters(epub).Select(c => KeyTermsSection(c.Page)).Where(s => s is not null)
            .SelectMany(s => s!.Descendants(X + "a").Select(a => (Id: ((string)a.Attribute("href")!).Split('#')[1], Term: a.Value))).ToList();
        var links = KeyTermLinks(editions.Pdf);
        Assert.Equal(expected.Select(e => (e.Id, e.Term.Replace(" ", ""))), links.Select(l => (l.Destination!, l.Text.Replace(" ", ""))));
        // Each destination is the entry's headword on a glossary page, after the chapters.
        var printed = new PrintedBook(editions.Pdf);
        foreach (var (page, destination, text) in links)
        {
            var target = printed.Destinations[destination!];
            Assert.True(target > page);
            Assert.Contains(text, printed.Texts[target]);
        }
    }

    [Fact]
    public void In_the_screen_pdf_key_terms_are_a_section_with_a_heading_and_a_list_of_links()
    {
        var pdf = TaggedPdf.Read(editions.Pdf);
        var sections = pdf.Root.Descendants().Where(n => n.Role == "Sect" && n.Children.Count == 2 && n.Children[0].Role == "H2" && n.Children[1].Role == "L").ToList();
        var epub = new EpubFile(editions.Epub);
        var lists = Chapters(epub).Select(c => KeyTermsSection(c.Page)).Where(s => s is not null).Select(s => s!.Descendants(X + "li").Count()).ToList();
        Assert.Equal(lists, sections.Select(s => s.Children[1].Children.Count(c => c.Role == "LI")));
        foreach (var item in sections.SelectMany(s => s.Children[1].Children))
        {
            Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Role));
            var link = Assert.Single(item.Descendants(), d => d.Role == "Link");
            Assert.Single(link.Annotations);
        }
        // Each key-terms section closes its chapter's section.
        Assert.All(sections, s => Assert.Same(s, s.Parent!.Children[^1]));
    }

    [Fact]
    public void In_print_each_key_term_names_the_page_of_its_entry_and_links_nowhere()
    {
        var epub = new EpubFile(editions.Epub);
        var terms = Chapters(epub).Select(c => KeyTermsSection(c.Page)).Where(s => s is not null)
            .SelectMany(s => s!.Descendants(X + "a").Select(a => (Id: ((string)a.Attribute("href")!).Split('#')[1], Term: a.Value))).ToList();
        var printed = new PrintedBook(editions.Print);
        Assert.All(printed.Links, l => Assert.Empty(l));
        var keyTermPages = Enumerable.Range(0, printed.Texts.Count).Where(p => printed.Texts[p].Contains("Key terms", StringComparison.Ordinal)).ToList();
        var text = string.Join(" ", keyTermPages.Select(p => printed.Texts[p]));
        foreach (var (id, term) in terms)
        {
            var label = printed.Labels[printed.Destinations[id]];
            Assert.Contains($"{term}, p.\u00A0{label}".Replace("\u00A0", " "), text.Replace("\u00A0", " "));
            Assert.Contains(term, printed.Texts[printed.Destinations[id]]);
        }
    }
}
