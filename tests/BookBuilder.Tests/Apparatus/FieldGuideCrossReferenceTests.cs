using System.Xml.Linq;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// The field guide cites every kind of target in a paragraph of chapter 7 ("Simple
/// Measurements"): a chapter, a section, a subsection, a footnote of another chapter, a figure, a
/// table, the glossary and one of its terms, an FAQ question and the FAQ, and a subsection on the
/// same page. Both editions are built as the command builds them and read back: the EPUB links each
/// with the plan's label; the PDF prints the same label, followed by the page its target is on
/// (the page the PDF's own link leads to, under the PDF's page labels) unless that is the page the
/// reference is on; and the EPUB's page list puts the target on that same page.
/// </summary>
public sealed class FieldGuideCrossReferenceTests
{
    /// <summary>What the paragraph cites, in order, and the label both editions print.</summary>
    private static readonly (string Target, string Label)[] Cited =
    [
        ("water-on-the-move", "Chapter 2"),
        ("measuring-discharge", "Section 2.2"),
        ("velocity-area", "\u201CThe velocity\u2013area method\u201D"),
        ("fn-water-on-the-move-1", "Note 1"),
        ("fig-meander", "Figure 3.1"),
        ("tbl-great-rivers", "Table 2.1"),
        ("glossary", "Glossary"),
        ("gloss-discharge", "Discharge"),
        ("faq-drinking", "\u201CIs it safe to drink river water?\u201D"),
        ("faq", "Frequently Asked Questions"),
        ("float-method", "\u201CThe float method\u201D"),
    ];

    private static BuiltBooks.Built Built => BuiltBooks.Get(RepoPaths.FieldGuide);

    [Fact]
    public void The_epub_links_each_target_with_its_label()
    {
        var epub = Built.Epub;
        const string path = "OEBPS/chapter-07.xhtml";
        var paragraph = epub.Xml(path).Descendants(Xhtml + "p").Single(p => p.Value.StartsWith("The measurements below", StringComparison.Ordinal));
        var links = paragraph.Elements(Xhtml + "a").Where(a => (string?)a.Attribute("class") == "xref").ToList();
        Assert.Equal(Cited.Select(c => c.Label), links.Select(a => a.Value));
        foreach (var (link, (target, _)) in links.Zip(Cited))
        {
            var (file, fragment) = Resolve(path, (string)link.Attribute("href")!);
            Assert.Equal(target, fragment);
            Assert.Contains(target, epub.Ids(file));
        }
    }

    [Fact]
    public void The_pdf_prints_each_label_and_the_page_its_target_is_on()
    {
        var built = Built;
        var book = new PrintedBook(built.Pdf);
        // The links of chapter 7's pages, in order, a link broken over two lines joined again (no
        // two links in a row of the paragraph lead to the same place).
        var chapter = built.Plan.Book.Chapters[6];
        var next = built.Plan.Book.Chapters[7];
        var links = new List<(PrintedBook.Link Link, int Page)>();
        for (var page = book.Destinations[chapter.Id]; page < book.Destinations[next.Id]; page++)
            foreach (var link in book.Links[page])
                if (links.Count > 0 && links[^1].Link.Destination == link.Destination)
                    links[^1] = (links[^1].Link with { Text = links[^1].Link.Text + link.Text }, links[^1].Page);
                else links.Add((link, page));

        var from = links.FindIndex(l => l.Link.Destination == Cited[0].Target);
        Assert.True(from >= 0, "no link to the first target in chapter 7");
        var printedPages = 0;
        foreach (var (target, label) in Cited)
        {
            // The next link to the target that prints its label (the glossary also links its term where it is used).
            var at = links.FindIndex(from, l => l.Link.Destination == target && Squash(l.Link.Text).StartsWith(Squash(label), StringComparison.Ordinal));
            Assert.True(at >= 0, $"no link to {target} printing '{label}' in chapter 7: {string.Join(" | ", links.Skip(from).Select(l => l.Link.Destination + ":" + l.Link.Text))}");
            var (link, page) = links[at];
            var targetPage = book.Destinations[target];
            Assert.Equal(link.TargetPage, targetPage);
            var withPage = $"{label} on p. {book.Labels[targetPage]}";
            // On its own page a reference prints the label alone, unless its words decided whether
            // its target came onto that page: then it keeps the page it printed in an earlier pass
            // (the layout would never settle otherwise), which is still its target's page.
            if (targetPage == page) Assert.Contains(Squash(link.Text), new[] { Squash(label), Squash(withPage) });
            else Assert.Equal(Squash(withPage), Squash(link.Text));
            if (targetPage != page) printedPages++;
            from = at + 1;
        }
        // All are on other pages, but perhaps the subsection that follows the paragraph (on its page
        // or the next, as the page breaks fall).
        Assert.InRange(printedPages, Cited.Length - 1, Cited.Length);
    }

    [Fact]
    public void The_epub_page_list_puts_each_target_on_the_page_the_pdf_prints()
    {
        var built = Built;
        var book = new PrintedBook(built.Pdf);
        var epub = built.Epub;
        // Each target's page in the EPUB: the last page marker before its first text, in reading order.
        var pageOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var file in epub.Spine)
        {
            var document = epub.Xml("OEBPS/" + file);
            var targets = document.Descendants().Where(e => (string?)e.Attribute("id") is { } id && Cited.Any(c => c.Target == id)).ToList();
            foreach (var node in document.DescendantNodes())
            {
                if (node is XElement e && (string?)e.Attribute(Ops + "type") == "pagebreak") current = (string?)e.Attribute("aria-label");
                if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
                    foreach (var target in targets.Where(t => t.DescendantNodes().OfType<XText>().FirstOrDefault(x => !string.IsNullOrWhiteSpace(x.Value)) == text))
                        pageOf.TryAdd((string)target.Attribute("id")!, current!);
            }
        }
        // A note is set at the foot of its page in print, at the end of its chapter in the EPUB.
        foreach (var (target, _) in Cited.Where(c => !c.Target.StartsWith("fn-", StringComparison.Ordinal)))
            Assert.True(book.Labels[book.Destinations[target]] == pageOf[target],
                $"{target}: p. {book.Labels[book.Destinations[target]]} in the PDF, after the marker of p. {pageOf[target]} in the EPUB");
    }

    /// <summary>Text without white space, ligatures spelled out (a PDF's text may keep the glyph's character).</summary>
    private static string Squash(string s) => PdfTextReader.Squash(s)
        .Replace("\uFB00", "ff", StringComparison.Ordinal).Replace("\uFB01", "fi", StringComparison.Ordinal).Replace("\uFB02", "fl", StringComparison.Ordinal)
        .Replace("\uFB03", "ffi", StringComparison.Ordinal).Replace("\uFB04", "ffl", StringComparison.Ordinal);
}
