using System.Xml.Linq;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>Every content document is well-formed XHTML with the book's language; pages carry their semantics.</summary>
public sealed class XhtmlPageTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    private EpubFile Epub => fixture.Epub;

    [Fact]
    public void Every_page_is_well_formed_xhtml_with_declaration_namespaces_and_language()
    {
        var pages = Epub.XhtmlPaths.ToArray();
        Assert.Equal(10, pages.Length); // with the index of the glossary's terms
        foreach (var path in pages)
        {
            var text = Epub.Text(path);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
            Assert.NotEqual(0xEF, Epub.Raw(path)[0]); // no byte-order mark
            var doc = XDocument.Parse(text); // throws when not well-formed
            var html = doc.Root!;
            Assert.Equal(Xhtml + "html", html.Name);
            Assert.Equal(Ops.NamespaceName, (string?)html.Attribute(XNamespace.Xmlns + "epub"));
            Assert.Equal("en", (string?)html.Attribute("lang"));
            Assert.Equal("en", (string?)html.Attribute(XNamespace.Xml + "lang"));
            Assert.False(string.IsNullOrWhiteSpace(html.Element(Xhtml + "head")!.Element(Xhtml + "title")!.Value), path);
        }
    }

    [Fact]
    public void Chapter_page_has_heading_with_ornament_and_number_and_sections_with_h2()
    {
        var page = Epub.Xml("OEBPS/chapter-02.xhtml");
        var chapter = page.Descendants(Xhtml + "section").First();
        Assert.Equal("chapter", (string?)chapter.Attribute(Ops + "type"));
        Assert.Equal("doc-chapter", (string?)chapter.Attribute("role"));
        var h1 = Assert.Single(page.Descendants(Xhtml + "h1"));
        Assert.Equal("Chapter 2 History of Israel–Russia Relations", h1.Value);
        // The flag ornament was drawn first, for the title page.
        Assert.Equal("images/ornament-1.png", OrnamentImage(page, "ornament chapter-ornament"));

        var sections = chapter.Elements(Xhtml + "section").ToArray();
        Assert.Equal(["soviet-support", "severing-ties", "renewed-ties"], sections.Select(s => (string)s.Attribute("id")!));
        Assert.Equal("2.1 Soviet Support for Israel’s Formation", sections[0].Element(Xhtml + "h2")!.Value);
        Assert.Equal("ornament section-ornament", (string?)sections[0].Elements(Xhtml + "p").First().Attribute("class"));
        Assert.NotNull(sections[0].Elements(Xhtml + "p").First().Element(Xhtml + "img"));
        Assert.Equal("June 1967", sections[1].Element(Xhtml + "h3")!.Value);

        var intro = Epub.Xml("OEBPS/chapter-01.xhtml").Descendants(Xhtml + "section").First();
        Assert.Equal("chapter", (string?)intro.Attribute(Ops + "type"));
        Assert.Equal("Chapter 1 Introduction", intro.Descendants(Xhtml + "h1").Single().Value);
    }

    [Fact]
    public void Blocks_become_their_html_elements()
    {
        var page = Epub.Xml("OEBPS/chapter-02.xhtml");
        var table = Assert.Single(page.Descendants(Xhtml + "table"));
        Assert.Equal(["Year", "Event"], table.Element(Xhtml + "thead")!.Descendants(Xhtml + "th").Select(t => t.Value));
        Assert.Equal(2, table.Element(Xhtml + "tbody")!.Elements(Xhtml + "tr").Count());
        Assert.Equal("align-right", (string?)table.Descendants(Xhtml + "td").ElementAt(1).Attribute("class"));

        var ol = Assert.Single(page.Descendants(Xhtml + "ol"));
        Assert.Equal("3", (string?)ol.Attribute("start"));
        Assert.Single(page.Descendants(Xhtml + "ul"));
        Assert.Single(page.Descendants(Xhtml + "blockquote"));
        Assert.Equal("ties = false  # 1967 < year < 1991", page.Descendants(Xhtml + "pre").Single().Element(Xhtml + "code")!.Value);
        Assert.Single(page.Descendants(Xhtml + "hr"));
        Assert.Equal("Refusenik", page.Descendants(Xhtml + "dt").Single().Value);
        foreach (var tag in new[] { "s", "sub", "strong", "code" }) Assert.NotEmpty(page.Descendants(Xhtml + tag));

        var figure = Assert.Single(page.Descendants(Xhtml + "figure"));
        var img = figure.Element(Xhtml + "img")!;
        Assert.Equal("images/un-vote.png", (string?)img.Attribute("src"));
        Assert.Equal("Map of the 1947 partition vote", (string?)img.Attribute("alt"));
        Assert.Equal("The vote of 29 November 1947.", figure.Element(Xhtml + "figcaption")!.Value);
    }

    [Fact]
    public void Faq_page_is_an_appendix_with_each_question_an_h2_with_id()
    {
        var page = Epub.Xml("OEBPS/faq.xhtml");
        var section = page.Descendants(Xhtml + "section").First();
        Assert.Equal("appendix", (string?)section.Attribute(Ops + "type"));
        Assert.Equal("doc-appendix", (string?)section.Attribute("role"));
        var questions = page.Descendants(Xhtml + "h2").ToArray();
        Assert.Equal(SampleBook.FaqEntryIds, questions.Select(q => (string)q.Attribute("id")!));
        Assert.Equal("Are Israel and Russia allies?", questions[0].Value);
        Assert.Contains("coordinate to avoid", ((XElement)questions[0].NextNode!).Value);
    }

    [Fact]
    public void Glossary_page_is_a_definition_list_of_terms()
    {
        var page = Epub.Xml("OEBPS/glossary.xhtml");
        var section = page.Descendants(Xhtml + "section").First();
        Assert.Equal("glossary", (string?)section.Attribute(Ops + "type"));
        Assert.Equal("doc-glossary", (string?)section.Attribute("role"));
        Assert.Equal(["Deconfliction", "Partition plan", "Proxy war"],
            page.Descendants(Xhtml + "dt").Select(dt => dt.Element(Xhtml + "dfn")!.Value));
    }

    [Fact]
    public void Title_and_copyright_pages_show_the_metadata()
    {
        var titlePage = Epub.Xml("OEBPS/titlepage.xhtml");
        Assert.Equal("images/ornament-1.png", OrnamentImage(titlePage, "ornament title-ornament"));
        var title = titlePage.Root!.Value;
        foreach (var part in new[] { "Israel, Russia... Are They Friends or Enemies?", "Seventy-Five Years", "Dana Levin Orlov", "Meridian Press" })
            Assert.Contains(part, title);
        var copyright = Epub.Xml("OEBPS/copyright.xhtml").Root!.Value;
        foreach (var part in new[] { "© 2024 Dana Levin Orlov", "First edition", SampleBook.Identifier, "15 January 2024" })
            Assert.Contains(part, copyright);
    }

    [Fact]
    public void A_repeated_id_is_written_once_and_a_nested_link_is_flattened()
    {
        var use = new BookBuilder.Model.GlossaryRefInline("gl-proxy", "dup", [SampleBook.T("proxy")]);
        var link = new BookBuilder.Model.LinkInline("https://example.org/", null, null, [SampleBook.T("see "), use]);
        var chapter = fixture.Book.Chapters[0] with { Blocks = [SampleBook.P(use), SampleBook.P(use), SampleBook.P(link)], Footnotes = [] };
        var book = fixture.Book with { Chapters = [chapter] };
        var page = new EpubFile(EpubFixture.Build(book, fixture.Options with { Fonts = null })).Xml("OEBPS/chapter-01.xhtml");
        Assert.Single(page.Descendants(), e => (string?)e.Attribute("id") == "dup");
        // Two uses link to the glossary; the third sits inside an external link and becomes a span.
        Assert.Equal(2, page.Descendants(Xhtml + "a").Count(a => (string?)a.Attribute("href") == "glossary.xhtml#gl-proxy"));
        Assert.Contains(page.Descendants(Xhtml + "span"), s => (string?)s.Attribute("class") == "glossary-term" && s.Parent!.Name == Xhtml + "a");
        Assert.DoesNotContain(page.Descendants(Xhtml + "a"), a => a.Ancestors(Xhtml + "a").Any());
    }

    [Fact]
    public void Control_characters_in_text_are_dropped_rather_than_breaking_the_page()
    {
        var book = fixture.Book with
        {
            Chapters = [fixture.Book.Chapters[0] with { Title = [SampleBook.T("Intro\u0001duction\uD800")] }],
            Faq = null,
            Glossary = null,
        };
        var epub = new EpubFile(EpubFixture.Build(book, fixture.Options with { Fonts = null }));
        var h1 = epub.Xml("OEBPS/chapter-01.xhtml").Descendants(Xhtml + "h1").Single();
        Assert.Equal("Chapter 1 Introduction", h1.Value);
    }

    /// <summary>
    /// The src of the picture in the ornament paragraph of <paramref name="classes"/>: decorative
    /// (hidden from screen readers, empty alt), sized, and in the package as a PNG.
    /// </summary>
    private string OrnamentImage(XDocument page, string classes)
    {
        var p = Assert.Single(page.Descendants(Xhtml + "p"), p => (string?)p.Attribute("class") == classes);
        Assert.Equal("true", (string?)p.Attribute("aria-hidden"));
        Assert.Equal("", p.Value);
        var img = Assert.Single(p.Elements(Xhtml + "img"));
        Assert.Equal("", (string?)img.Attribute("alt"));
        Assert.True(int.Parse((string)img.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        var src = (string)img.Attribute("src")!;
        Assert.Contains(Epub.Manifest, m => m.Href == src && m.MediaType == "image/png");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Epub.Raw("OEBPS/" + src)[..4]);
        return src;
    }
}
