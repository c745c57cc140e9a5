using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>Spine order, the EPUB 3 nav and the EPUB 2 NCX.</summary>
public sealed class NavigationTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    [Fact]
    public void Spine_is_front_matter_then_chapters_in_book_order_then_back_matter()
    {
        var spine = fixture.Epub.Spine;
        string[] expectedFront = ["cover.xhtml", "titlepage.xhtml", "copyright.xhtml", "nav.xhtml"];
        Assert.Equal(expectedFront, spine.Take(expectedFront.Length));
        // The index gathers the glossary's terms.
        Assert.Equal(["faq.xhtml", "glossary.xhtml", "index.xhtml"], spine.TakeLast(3));

        var chapters = spine.Skip(expectedFront.Length).SkipLast(3).ToArray();
        var chapterIds = chapters.Select(c =>
            fixture.Epub.Xml("OEBPS/" + c).Descendants(Xhtml + "section").First().Attribute("id")!.Value);
        Assert.Equal(fixture.Book.Chapters.Select(c => c.Id), chapterIds);
    }

    [Fact]
    public void Toc_lists_every_chapter_section_faq_entry_and_the_glossary()
    {
        var nav = fixture.Epub.Xml("OEBPS/nav.xhtml");
        var toc = Assert.Single(nav.Descendants(Xhtml + "nav"), n => (string?)n.Attribute(Ops + "type") == "toc");
        Assert.Equal("doc-toc", (string?)toc.Attribute("role"));
        var targets = toc.Descendants(Xhtml + "a").Select(a => Target("OEBPS/nav.xhtml", (string)a.Attribute("href")!)).ToList();

        foreach (var chapter in fixture.Book.Chapters)
        {
            var file = fixture.Epub.XhtmlPaths.Single(p => fixture.Epub.Ids(p).Contains(chapter.Id));
            Assert.Contains(targets, t => t.Path == file && t.Fragment is null);
            foreach (var section in chapter.Sections) Assert.Contains(targets, t => t.Fragment == section.Id);
        }
        foreach (var entry in fixture.Book.Faq!.Entries) Assert.Contains(targets, t => t.Fragment == entry.Id);
        Assert.Contains(targets, t => t.Path == "OEBPS/faq.xhtml" && t.Fragment is null);
        Assert.Contains(targets, t => t.Path == "OEBPS/glossary.xhtml" && t.Fragment is null);
        Assert.Contains(targets, t => t.Path == "OEBPS/index.xhtml" && t.Fragment is null);

        // Chapter entries are in book order and nest their sections.
        var topLevel = toc.Element(Xhtml + "ol")!.Elements(Xhtml + "li").ToArray();
        Assert.Equal(fixture.Book.Chapters.Count + 3, topLevel.Length);
        var history = topLevel[1];
        Assert.Equal("2 History of Israel–Russia Relations", history.Element(Xhtml + "a")!.Value);
        Assert.Equal(["2.1 Soviet Support for Israel’s Formation", "2.2 Severing Ties after the Six-Day War", "2.3 Renewed Cooperation in the 1990s"],
            history.Element(Xhtml + "ol")!.Elements(Xhtml + "li").Select(li => li.Element(Xhtml + "a")!.Value));
    }

    [Fact]
    public void Landmarks_lead_to_cover_title_toc_body_and_back_matter()
    {
        var nav = fixture.Epub.Xml("OEBPS/nav.xhtml");
        var landmarks = Assert.Single(nav.Descendants(Xhtml + "nav"), n => (string?)n.Attribute(Ops + "type") == "landmarks");
        var map = landmarks.Descendants(Xhtml + "a").ToDictionary(a => (string)a.Attribute(Ops + "type")!, a => (string)a.Attribute("href")!);
        Assert.Equal("chapter-01.xhtml", map["bodymatter"]);
        Assert.Equal("titlepage.xhtml", map["titlepage"]);
        Assert.Equal("nav.xhtml#toc", map["toc"]);
        Assert.Equal("glossary.xhtml", map["glossary"]);
        Assert.Equal("faq.xhtml", map["appendix"]);
        Assert.Equal("index.xhtml", map["index"]);
        Assert.Equal("cover.xhtml", map["cover"]);
    }

    [Fact]
    public void Ncx_carries_the_identifier_and_the_same_entries_as_the_nav()
    {
        var ncx = fixture.Epub.Xml("OEBPS/toc.ncx");
        var uid = ncx.Descendants(Ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:uid");
        Assert.Equal(SampleBook.Identifier, (string?)uid.Attribute("content"));
        Assert.Equal("2", (string?)ncx.Descendants(Ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:depth").Attribute("content"));

        var points = ncx.Descendants(Ncx + "navPoint").ToArray();
        Assert.Equal(Enumerable.Range(1, points.Length).Select(i => i.ToString()), points.Select(p => (string)p.Attribute("playOrder")!));
        var ncxSources = points.Select(p => (string)p.Element(Ncx + "content")!.Attribute("src")!);

        var toc = fixture.Epub.Xml("OEBPS/nav.xhtml").Descendants(Xhtml + "nav").First(n => (string?)n.Attribute(Ops + "type") == "toc");
        Assert.Equal(toc.Descendants(Xhtml + "a").Select(a => (string)a.Attribute("href")!), ncxSources);
    }

    [Fact]
    public void A_book_without_divisions_still_has_a_valid_toc()
    {
        var book = fixture.Book with { Chapters = [], Faq = null, Glossary = null, Images = [] };
        var epub = new EpubFile(EpubFixture.Build(book, fixture.Options with { Fonts = null }));
        var toc = epub.Xml("OEBPS/nav.xhtml").Descendants(Xhtml + "nav").First();
        var link = Assert.Single(toc.Descendants(Xhtml + "a"));
        Assert.Equal("titlepage.xhtml", (string?)link.Attribute("href"));
        Assert.Equal(["titlepage.xhtml", "copyright.xhtml", "nav.xhtml"], epub.Spine);
    }

    private static (string Path, string? Fragment) Target(string from, string href) => Resolve(from, href);
}
