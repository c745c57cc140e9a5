using System.Xml.Linq;
using BookBuilder.Model;
using BookBuilder.Plan;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using Xunit.Abstractions;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// The EPUB marks where the PDF's pages begin (pagebreak spans, a page-list nav, the print
/// edition named as the source of the page breaks): the pages come from the PDF's own layout, made
/// once for the build, and each marker stands before the text that starts its page.
/// </summary>
public sealed class PageListTests(ITestOutputHelper output)
{
    /// <summary>Letters only, in lower case: what both editions print alike (no spaces, digits, hyphens or emoji).</summary>
    private static string Letters(string text) => string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();

    [Theory]
    [InlineData("field-guide")]
    [InlineData("manuscript")]
    public void Every_page_of_the_pdf_is_marked_in_the_epub_before_the_text_that_starts_it(string which)
    {
        var built = BuiltBooks.Get(which == "manuscript" ? RepoPaths.Manuscript : RepoPaths.FieldGuide);
        var printed = new PrintedBook(built.Pdf);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(built.Pdf);
        var pages = pdf.GetPages().Select(p => Letters(PdfTextReader.ReadWithoutSpaces(p))).ToList();
        // A blank page is marked where the text after it begins, which is what the next page with text starts with.
        var startsWith = Enumerable.Range(0, pages.Count).Select(i => pages.Skip(i).FirstOrDefault(p => p.Length > 0) ?? "").ToList();
        Assert.Contains(pages, p => p.Length > 0);

        var nav = built.Epub.Xml("OEBPS/nav.xhtml");
        var list = Assert.Single(nav.Descendants(Xhtml + "nav"), n => (string?)n.Attribute(Ops + "type") == "page-list");
        var links = list.Descendants(Xhtml + "a").ToList();
        // As many entries as the PDF has pages, blank ones too, labelled as the PDF labels them, in order.
        Assert.Equal(printed.Labels, links.Select(a => a.Value));

        for (var n = 0; n < links.Count; n++)
        {
            var (path, id) = Resolve("OEBPS/nav.xhtml", (string)links[n].Attribute("href")!);
            var document = built.Epub.Xml(path);
            var marker = document.Descendants().Single(e => (string?)e.Attribute("id") == id);
            Assert.Equal(("pagebreak", "doc-pagebreak", links[n].Value), ((string?)marker.Attribute(Ops + "type"), (string?)marker.Attribute("role"), (string?)marker.Attribute("aria-label")));
            // The text after the marker, in reading order, is the text the page starts with.
            var after = Letters(string.Concat(document.DescendantNodes().OfType<XText>().Where(t => t.IsAfter(marker)).Take(40).Select(t => t.Value)));
            var start = after[..Math.Min(12, after.Length)];
            // A table continued on the page repeats its header before the row the page starts with.
            var header = marker.Ancestors(Xhtml + "table").FirstOrDefault()?.Element(Xhtml + "thead") is { } head
                && marker.Ancestors(Xhtml + "thead").FirstOrDefault() is null ? Letters(head.Value) : "";
            var page = startsWith[n];
            Assert.True(page.StartsWith(start, StringComparison.Ordinal) || (header.Length > 0 && page.StartsWith(header + start, StringComparison.Ordinal)),
                $"page {links[n].Value}: the EPUB marks it before '{start}', the PDF page starts '{page[..Math.Min(page.Length, 80)]}'");
        }
        output.WriteLine($"{links.Count} pages marked");
    }

    [Fact]
    public void The_package_names_the_print_edition_and_claims_the_page_navigation()
    {
        var built = BuiltBooks.Get(RepoPaths.FieldGuide);
        var metadata = built.Epub.Package.Root!.Element(Opf + "metadata")!;
        var source = metadata.Elements(Dc + "source").Single();
        Assert.Equal("PDF edition field-guide-to-rivers.pdf, page size a4", source.Value);
        var refines = metadata.Elements(Opf + "meta").Single(m => (string?)m.Attribute("refines") == "#" + (string)source.Attribute("id")!);
        Assert.Equal(("source-of", "pagination"), ((string?)refines.Attribute("property"), refines.Value));
        var features = metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("property") == "schema:accessibilityFeature").Select(m => m.Value).ToList();
        Assert.Contains("pageBreakMarkers", features);
        Assert.Contains("pageNavigation", features);
        Assert.Contains("index", features);
        Assert.Contains("Page breaks are marked in the text and listed in a page list: those of the PDF edition field-guide-to-rivers.pdf", metadata.Elements(Opf + "meta").Single(m => (string?)m.Attribute("property") == "schema:accessibilitySummary").Value);
    }

    [Fact]
    public async Task The_epub_with_its_page_list_passes_epubcheck()
    {
        var built = BuiltBooks.Get(RepoPaths.FieldGuide);
        await Validators.AssertEpubcheckPasses(built.EpubPath, output);
    }

    [Fact]
    public void An_epub_written_without_a_print_edition_claims_no_page_list()
    {
        using var b = new SmallBook(["# One\n\nText.\n"]);
        var epub = b.Epub();
        Assert.DoesNotContain("pagebreak", string.Concat(epub.XhtmlPaths.Select(epub.Text)));
        Assert.DoesNotContain("pageBreakMarkers", epub.Text("OEBPS/content.opf"));
        Assert.DoesNotContain("dc:source", epub.Text("OEBPS/content.opf"));
    }

    [Fact]
    public void A_page_that_begins_inside_a_paragraph_is_marked_before_its_first_character()
    {
        using var b = new SmallBook(["# One\n\nAlpha *beta* [](#part)[^n] gamma `delta`.\n\n## Part {#part}\n\nText.\n\n[^n]: A note.\n"]);
        var plan = b.Plan;
        var paragraph = (ParagraphBlock)b.Book!.Chapters[0].Blocks[0];
        // Counted: "Alpha " (6) "beta" (4) " " (1), nothing for the cross-reference and the note, then " gamma " and "delta".
        Assert.Equal(6 + 4 + 1 + 7 + 5 + 1, TextOffsets.Length(paragraph.Inlines));
        var pages = new PageMap("print", [new PageBreak("7", paragraph, 6), new PageBreak("8", paragraph, 12)]);
        // Parsed keeping the spaces between elements, which XDocument drops by default.
        var page = XDocument.Parse(b.Epub(plan with { PageBreaks = pages }).Text("OEBPS/chapter-01.xhtml"), LoadOptions.PreserveWhitespace);
        var p = page.Descendants(Xhtml + "p").First();
        var text = string.Concat(p.DescendantNodes().Select(n => n switch
        {
            XElement { Name.LocalName: "span" } e when (string?)e.Attribute(Ops + "type") == "pagebreak" => $"[{(string?)e.Attribute("aria-label")}]",
            XText t => t.Value,
            _ => "",
        }));
        Assert.Equal("Alpha [7]beta Section 1.11 [8]gamma delta.", text);
    }
}
