using System.Text.RegularExpressions;
using System.Xml.Linq;
using BookBuilder.Model;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>
/// What a reader sees on a phone or an e-reader: nothing wider than the screen, quotes whose
/// emphasis shows, glossary semantics reading systems understand, and an accessibility summary
/// that says what this book holds and nothing it does not.
/// </summary>
public sealed class ReadingTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    private string Css => fixture.Epub.Text("OEBPS/css/book.css");

    private string Rules(string selector) =>
        Regex.Match(Css, @"(?m)^" + Regex.Escape(selector) + @"\s*\{(?<rules>[^}]*)\}").Groups["rules"].Value;

    [Fact]
    public void Addresses_code_and_table_cells_break_rather_than_overflow_the_screen()
    {
        Assert.Contains("overflow-wrap: anywhere", Rules("a, code"));
        Assert.Contains("overflow-wrap: break-word", Rules("td, th"));
        Assert.Contains("overflow-wrap: break-word", Rules("body"));
        Assert.Matches(new Regex(@"pre\s*\{[^}]*white-space:\s*pre-wrap;[^}]*overflow-wrap:\s*anywhere"), Css);
        Assert.Matches(new Regex(@"th, td\s*\{[^}]*hyphens:\s*auto"), Css);
    }

    [Fact]
    public void Quotes_are_upright_so_that_their_emphasis_shows()
    {
        var quote = Rules("blockquote");
        Assert.NotEmpty(quote);
        Assert.DoesNotContain("italic", quote);
        // Emphasis inside italic text (a caption, nested emphasis) turns upright, as in the PDF.
        Assert.Contains("font-style: normal", Rules("figcaption em, em em, i em, em i"));
    }

    [Fact]
    public void Glossary_entries_carry_the_glossary_semantics_of_epub()
    {
        var page = fixture.Epub.Xml("OEBPS/glossary.xhtml");
        var terms = page.Descendants(Xhtml + "dt").ToList();
        Assert.NotEmpty(terms);
        Assert.All(terms, dt => Assert.Equal("glossterm", (string?)dt.Attribute(Ops + "type")));
        Assert.All(page.Descendants(Xhtml + "dd"), dd => Assert.Equal("glossdef", (string?)dd.Attribute(Ops + "type")));
        Assert.Contains(fixture.Epub.Manifest, m => m.Href == "glossary.xhtml" && m.Properties == "glossary");
    }

    [Fact]
    public void Links_back_to_the_text_are_arrows_in_text_presentation_and_look_like_links()
    {
        var backLinks = fixture.Epub.XhtmlPaths.SelectMany(p => fixture.Epub.Xml(p).Descendants(Xhtml + "a"))
            .Where(a => (string?)a.Attribute("role") == "doc-backlink" && a.Value.Contains('\u21A9')).ToList();
        Assert.NotEmpty(backLinks);
        Assert.All(backLinks, a => Assert.Contains("\u21A9\uFE0E", a.Value));
        Assert.Contains("text-decoration: underline", Rules("p.glossary-uses a"));
    }

    private string Summary(Book book)
    {
        var epub = new EpubFile(EpubFixture.Build(book, fixture.Options with { Fonts = null }));
        return epub.Package.Descendants(Opf + "meta").Single(m => (string?)m.Attribute("property") == "schema:accessibilitySummary").Value;
    }

    [Fact]
    public void The_accessibility_summary_names_footnotes_and_glossary_links_only_when_the_book_has_them()
    {
        var full = Summary(fixture.Book);
        Assert.Contains("Footnote", full);
        Assert.Contains("glossary link to their entries", full);

        var plain = fixture.Book with
        {
            Chapters = fixture.Book.Chapters.Select(c => c with { Footnotes = [] }).ToList(),
            Faq = fixture.Book.Faq! with { Footnotes = [] },
            Glossary = null,
        };
        var summary = Summary(plain);
        Assert.DoesNotContain("ootnote", summary);
        Assert.DoesNotContain("glossary", summary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("headings, a table of contents", summary);
    }
}
