using System.Xml.Linq;
using BookBuilder.Plan;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>Cross-references: every internal href resolves; glossary, footnotes and external links.</summary>
public sealed class LinkTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    private EpubFile Epub => fixture.Epub;

    [Fact]
    public void Every_internal_href_and_src_resolves_to_an_existing_file_and_id()
    {
        var checkedLinks = 0;
        foreach (var path in Epub.XhtmlPaths)
        {
            foreach (var element in Epub.Xml(path).Descendants())
            {
                var href = (string?)element.Attribute("href") ?? (string?)element.Attribute("src");
                if (href is null || href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var (target, fragment) = Resolve(path, href);
                Assert.True(Epub.Has(target), $"{path}: {href} points at a missing file");
                if (fragment is not null) Assert.True(Epub.Ids(target).Contains(fragment), $"{path}: {href} points at a missing id");
                checkedLinks++;
            }
        }
        foreach (var content in Epub.Xml("OEBPS/toc.ncx").Descendants(Ncx + "content"))
        {
            var (target, fragment) = Resolve("OEBPS/toc.ncx", (string)content.Attribute("src")!);
            Assert.True(Epub.Has(target));
            if (fragment is not null) Assert.Contains(fragment, Epub.Ids(target));
            checkedLinks++;
        }
        Assert.True(checkedLinks > 50, $"only {checkedLinks} links were checked");
    }

    [Fact]
    public void Ids_with_spaces_and_reserved_characters_still_link()
    {
        var dir = Directory.CreateTempSubdirectory("epub-ids-").FullName;
        try
        {
            var epub = new EpubFile(EpubFixture.Build(SampleBook.Create(dir, renewedTiesId: "renewed ties 100%"), fixture.Options with { Fonts = null }));
            var page = epub.Xml("OEBPS/chapter-02.xhtml");
            Assert.Contains(page.Descendants(Xhtml + "section"), s => (string?)s.Attribute("id") == "renewed-ties-100%");
            Assert.Contains(page.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "#renewed-ties-100%25");
            var nav = epub.Xml("OEBPS/nav.xhtml");
            Assert.Contains(nav.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "chapter-02.xhtml#renewed-ties-100%25");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void No_page_repeats_an_id()
    {
        foreach (var path in Epub.XhtmlPaths)
        {
            var ids = Epub.Xml(path).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToArray();
            Assert.Equal(ids.Length, ids.Distinct().Count());
        }
    }

    [Fact]
    public void Internal_links_are_rewritten_to_the_file_of_their_target()
    {
        var conclusion = Epub.Xml("OEBPS/chapter-03.xhtml");
        Assert.Contains(conclusion.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "chapter-02.xhtml#soviet-support");
        Assert.Contains(conclusion.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "glossary.xhtml#gl-deconfliction");
        var history = Epub.Xml("OEBPS/chapter-02.xhtml");
        Assert.Contains(history.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "#renewed-ties");
        var intro = Epub.Xml("OEBPS/chapter-01.xhtml");
        Assert.Contains(intro.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "faq.xhtml#faq-allies");
    }

    [Fact]
    public void Every_glossary_entry_links_back_to_each_use_and_each_use_links_to_its_entry()
    {
        var glossary = Epub.Xml("OEBPS/glossary.xhtml");
        var uses = 0;
        var plan = BookPlanner.Plan(fixture.Book);
        foreach (var entry in fixture.Book.Glossary!.Entries)
        {
            var dt = Assert.Single(glossary.Descendants(Xhtml + "dt"), d => (string?)d.Attribute("id") == entry.Id);
            Assert.Equal(entry.Term, dt.Element(Xhtml + "dfn")!.Value);
            var dd = (XElement)dt.NextNode!;
            Assert.Equal("dd", dd.Name.LocalName);
            var backLinks = dd.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute("role") == "doc-backlink").ToArray();
            Assert.Equal(entry.Uses.Count, backLinks.Length);

            foreach (var (use, link) in entry.Uses.Zip(backLinks))
            {
                var division = plan.Divisions.Single(d => d.Id == use.DivisionId);
                Assert.Equal("↩\uFE0E " + division.PlainTitle, link.Value);
                var (file, fragment) = Resolve("OEBPS/glossary.xhtml", (string)link.Attribute("href")!);
                Assert.Equal(use.UseId, fragment);
                var anchor = Assert.Single(Epub.Xml(file).Descendants(Xhtml + "a"), a => (string?)a.Attribute("id") == use.UseId);
                Assert.Equal("glossref", (string?)anchor.Attribute(Ops + "type"));
                Assert.Equal("doc-glossref", (string?)anchor.Attribute("role"));
                Assert.Equal(("OEBPS/glossary.xhtml", entry.Id), Resolve(file, (string)anchor.Attribute("href")!));
                uses++;
            }
        }
        Assert.Equal(4, uses);
    }

    [Fact]
    public void Footnote_references_and_notes_link_both_ways()
    {
        var page = Epub.Xml("OEBPS/chapter-02.xhtml");
        var refs = page.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute(Ops + "type") == "noteref").ToArray();
        Assert.Equal(["fnref-history-1a", "fnref-history-1b", "fnref-history-2"], refs.Select(r => (string)r.Attribute("id")!));
        Assert.All(refs, r =>
        {
            Assert.Equal("doc-noteref", (string?)r.Attribute("role"));
            Assert.Equal("sup", r.Parent!.Name.LocalName);
        });
        Assert.Equal(["1", "1", "2"], refs.Select(r => r.Value));

        var notes = page.Descendants(Xhtml + "aside").ToArray();
        Assert.Equal(["fn-history-1", "fn-history-2"], notes.Select(n => (string)n.Attribute("id")!));
        Assert.All(notes, n =>
        {
            Assert.Equal("footnote", (string?)n.Attribute(Ops + "type"));
            Assert.Equal("doc-footnote", (string?)n.Attribute("role"));
        });
        var back = notes[0].Descendants(Xhtml + "a").Where(a => (string?)a.Attribute("role") == "doc-backlink").Select(a => (string)a.Attribute("href")!);
        Assert.Equal(["#fnref-history-1a", "#fnref-history-1b"], back);
        Assert.Contains("UN General Assembly, 1947.", notes[0].Value);
        Assert.Contains("Second paragraph.", notes[0].Value);
    }

    [Fact]
    public void External_links_keep_web_and_mail_urls_and_drop_other_schemes()
    {
        var intro = Epub.Xml("OEBPS/chapter-01.xhtml");
        var hrefs = intro.Descendants(Xhtml + "a").Select(a => (string?)a.Attribute("href")).ToArray();
        Assert.Contains("https://www.un.org/", hrefs);
        Assert.Contains("mailto:editor@example.org", hrefs);
        Assert.DoesNotContain(hrefs, h => h!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("ignore this script link.", intro.Root!.Value);
        var un = intro.Descendants(Xhtml + "a").Single(a => (string?)a.Attribute("href") == "https://www.un.org/");
        Assert.Equal("United Nations", (string?)un.Attribute("title"));
    }
}
