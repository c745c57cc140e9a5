using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Tests.Support;
using Xunit.Abstractions;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>
/// The EPUB of the field-guide manuscript, a larger book with every feature the manuscript format
/// has: it passes epubcheck, and images, footnotes and tables survive while raw HTML does not.
/// </summary>
public sealed class FieldGuideEpubTests(FieldGuideFixture fixture, ITestOutputHelper output) : IClassFixture<FieldGuideFixture>
{
    /// <summary>Every span and div class the EPUB writer itself puts into content pages.</summary>
    private static readonly HashSet<string> WriterSpanClasses = ["chapter-number", "section-number", "glossary-term", "ornament-inline", "footnote-number", "caption-label"];
    private static readonly HashSet<string> WriterDivClasses = ["footnotes", "faq-answer"];

    private Book Book => fixture.Book;
    private EpubFile Epub => fixture.Epub;

    /// <summary>Chapter, FAQ and glossary pages: the pages made from manuscript text.</summary>
    private IEnumerable<string> ContentPages => Epub.XhtmlPaths.Where(p =>
        Path.GetFileName(p).StartsWith("chapter-", StringComparison.Ordinal) || p.EndsWith("/faq.xhtml", StringComparison.Ordinal) || p.EndsWith("/glossary.xhtml", StringComparison.Ordinal));

    [Fact]
    public void Manuscript_has_no_errors_and_warns_only_about_raw_html()
    {
        var items = fixture.LoadDiagnostics.Items;
        Assert.DoesNotContain(items, d => d.Severity == Severity.Error);
        Assert.All(items, d => Assert.True(d is { Severity: Severity.Warning, Code: "BB061" }, $"unexpected diagnostic: {d}"));
        // One warning per tag the manuscript uses, so a silently dropped check would show here.
        foreach (var tag in new[] { "<span", "</span>", "<b>", "</b>", "<br>", "<div" })
            Assert.Contains(items, d => d.Message.Contains(tag, StringComparison.Ordinal));
    }

    [Fact]
    public void Writing_the_epub_reports_nothing()
    {
        Assert.Empty(fixture.WriteDiagnostics.Items);
    }

    [Fact]
    public async Task Field_guide_passes_epubcheck_without_warnings()
    {
        await Validators.AssertEpubcheckPasses(fixture.Path, output);
    }

    [Fact]
    public void Every_image_of_the_book_is_in_the_package_byte_for_byte()
    {
        Assert.Contains(Book.Images, i => i.MediaType == "image/png");
        Assert.Contains(Book.Images, i => i.MediaType == "image/jpeg");
        var manifest = Epub.Manifest;
        var images = ContentPages.SelectMany(p => Epub.Xml(p).Descendants(Xhtml + "img").Select(img => (Page: p, Img: img))).ToList();
        foreach (var image in Book.Images)
        {
            var (page, img) = Assert.Single(images, x => (string?)x.Img.Attribute("alt") == image.Alt);
            var (target, _) = Resolve(page, (string)img.Attribute("src")!);
            Assert.True(Epub.Has(target), $"{image.RelativePath}: {target} is not in the package");
            var item = Assert.Single(manifest, m => "OEBPS/" + m.Href == target);
            Assert.Equal(image.MediaType, item.MediaType);
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.FieldGuide, image.RelativePath)), Epub.Raw(target));
        }
        // Nothing but the cover and the ornament pictures besides the book's own images.
        var ornaments = manifest.Count(m => m.Id.StartsWith("ornament-", StringComparison.Ordinal));
        Assert.Equal(Book.Images.Count + 1 + ornaments, manifest.Count(m => m.MediaType.StartsWith("image/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Captioned_and_plain_images_become_figures()
    {
        var figures = ContentPages.SelectMany(p => Epub.Xml(p).Descendants(Xhtml + "figure")).ToList();
        Assert.Equal(Book.Images.Count, figures.Count);
        var captioned = figures.Where(f => f.Element(Xhtml + "figcaption") is not null).ToList();
        Assert.Equal(2, captioned.Count);
        // Numbered per chapter: the meander is the first figure of chapter 3, the long profile of chapter 4.
        Assert.Contains(captioned, f => f.Element(Xhtml + "figcaption")!.Value.StartsWith("Figure 3.1 A meandering river.", StringComparison.Ordinal));
        Assert.Contains(captioned, f => f.Element(Xhtml + "figcaption")!.Value.StartsWith("Figure 4.1 The long profile", StringComparison.Ordinal));
        Assert.Single(figures, f => f.Element(Xhtml + "figcaption") is null);
    }

    [Fact]
    public void Footnotes_are_epub_footnote_asides_linked_both_ways()
    {
        var divisions = Book.Chapters.Select(c => (c.Id, c.Footnotes)).ToList();
        Assert.All(Book.Chapters, c => Assert.True(c.Footnotes.Count > 0, $"chapter '{c.PlainTitle}' has no footnotes"));
        Assert.Contains(Book.Chapters.SelectMany(c => c.Footnotes), f => f.RefIds.Count == 2);

        var checkedNotes = 0;
        foreach (var (divisionId, footnotes) in divisions)
        {
            var page = Assert.Single(ContentPages, p => Epub.Ids(p).Contains(divisionId));
            var xml = Epub.Xml(page);
            var asides = xml.Descendants(Xhtml + "aside").Where(a => (string?)a.Attribute(Ops + "type") == "footnote").ToList();
            Assert.Equal(footnotes.Select(f => f.Id), asides.Select(a => (string)a.Attribute("id")!));
            foreach (var note in footnotes)
            {
                var aside = asides.Single(a => (string)a.Attribute("id")! == note.Id);
                // One noteref per reference in the text, each pointing at this aside...
                var refs = xml.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute(Ops + "type") == "noteref" && (string?)a.Attribute("href") == "#" + note.Id).ToList();
                Assert.Equal(note.RefIds, refs.Select(r => (string)r.Attribute("id")!));
                // ...and one back-link from the aside to each of them.
                var back = aside.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute("role") == "doc-backlink").Select(a => (string)a.Attribute("href")!);
                Assert.Equal(note.RefIds.Select(r => "#" + r), back);
                checkedNotes++;
            }
        }
        Assert.True(checkedNotes >= 16, $"only {checkedNotes} footnotes were checked");
    }

    [Fact]
    public void Tables_are_present_with_their_columns_and_alignment()
    {
        var tablesInModel = Book.Chapters.Sum(c => AllBlocks(c).OfType<TableBlock>().Count());
        var tables = ContentPages.SelectMany(p => Epub.Xml(p).Descendants(Xhtml + "table")).ToList();
        Assert.True(tablesInModel >= 5, $"the fixture has only {tablesInModel} tables");
        Assert.Equal(tablesInModel, tables.Count);

        var wide = Assert.Single(tables, t => t.Descendants(Xhtml + "th").FirstOrDefault()?.Value == "River");
        var header = wide.Descendants(Xhtml + "th").Select(th => th.Value).ToList();
        Assert.Equal(5, header.Count);
        Assert.Equal("Mean discharge at mouth (m³/s)", header[4]);
        var amazon = wide.Descendants(Xhtml + "tr").Single(tr => tr.Elements(Xhtml + "td").FirstOrDefault()?.Value == "Amazon");
        var cells = amazon.Elements(Xhtml + "td").ToList();
        Assert.Equal(5, cells.Count);
        Assert.Equal(["align-left", "align-center", "align-right", "align-right", "align-right"], cells.Select(c => (string?)c.Attribute("class")));
        Assert.Equal("209,000", cells[4].Value);
    }

    [Fact]
    public void Raw_html_from_the_manuscript_does_not_leak_into_the_pages()
    {
        foreach (var page in ContentPages)
        {
            var text = Epub.Text(page);
            Assert.DoesNotContain("fixture-raw", text, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;span", text, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;div", text, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;b&gt;", text, StringComparison.Ordinal);
            var xml = Epub.Xml(page);
            Assert.Empty(xml.Descendants(Xhtml + "b"));
            foreach (var span in xml.Descendants(Xhtml + "span"))
            {
                var cls = (string?)span.Attribute("class");
                // The writer's only class-less span anchors a note reference inside a link.
                var isNoteAnchor = cls is null && span.Parent?.Name == Xhtml + "sup" && span.Attribute("id") is not null;
                Assert.True(isNoteAnchor || (cls is not null && WriterSpanClasses.Contains(cls)), $"{page}: span not made by the writer: {span}");
            }
            foreach (var div in xml.Descendants(Xhtml + "div"))
                Assert.Contains((string?)div.Attribute("class") ?? "", WriterDivClasses);
        }

        // Removing the tags keeps the words between them.
        var chapter3 = Epub.Xml("OEBPS/chapter-03.xhtml");
        Assert.Contains(chapter3.Descendants(Xhtml + "p"), p => p.Value.StartsWith("Floodplains are among the flattest landscapes on Earth, and also", StringComparison.Ordinal));
    }

    [Fact]
    public void Manuscript_writing_systems_reach_the_pages()
    {
        var text = string.Concat(ContentPages.Select(p => Epub.Xml(p).Root!.Value));
        Assert.Contains("נהר", text, StringComparison.Ordinal);
        Assert.Contains("река", text, StringComparison.Ordinal);
        Assert.Contains("ποταμός", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_has_only_typographic_quotes()
    {
        // Possessive plurals ("years' time") and quotes beside removed raw HTML are in the manuscript.
        foreach (var page in ContentPages)
        {
            var xml = Epub.Xml(page);
            foreach (var text in xml.Root!.DescendantNodes().OfType<XText>())
            {
                if (text.Ancestors().Any(a => a.Name == Xhtml + "code" || a.Name == Xhtml + "pre")) continue;
                Assert.True(text.Value.IndexOfAny(['\'', '"']) < 0, $"{page}: straight quote in \"{text.Value}\"");
            }
        }
        var chapter6 = Epub.Xml("OEBPS/chapter-06.xhtml").Root!.Value;
        Assert.Contains("\u201CFollow the river and you will find the town.\u201D", chapter6, StringComparison.Ordinal);
    }

    private static IEnumerable<Block> AllBlocks(Chapter chapter) =>
        Flatten(chapter.Blocks.Concat(chapter.Sections.SelectMany(s => s.Blocks)).Concat(chapter.Footnotes.SelectMany(f => f.Blocks)));

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                ListBlock l => l.Items.SelectMany(i => i.Blocks),
                QuoteBlock q => q.Blocks,
                DefinitionListBlock d => d.Items.SelectMany(i => i.Definitions),
                _ => [],
            };
            foreach (var child in Flatten(children)) yield return child;
        }
    }
}
