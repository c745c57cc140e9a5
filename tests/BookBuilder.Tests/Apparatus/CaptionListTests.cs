using BookBuilder.Pdf.Layout;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Apparatus;

/// <summary>The lists of figures and tables book.yml asks for, after the contents in both editions.</summary>
public sealed class CaptionListTests
{
    private static string Filler(int n) => string.Join("\n\n", Enumerable.Range(1, n).Select(i =>
        $"Paragraph {i} runs on with words that fill the measure, and then some more words, so that the chapter takes up room."));

    private static SmallBook Book(string yaml) => new([
        $"# One\n\n![A bend](bend.png \"A bend.\")\n\n{Filler(30)}\n\n| a |\n|---|\n| 1 |\n\nTable: Flows. {{#tbl-flows}}\n",
        $"# Two\n\n^^^\n![A bend](bend.png)\n^^^ Another bend. {{#fig-another}}\n",
    ], yaml: yaml, files: [("bend.png", Support.TestImages.Png(40, 30))]);

    [Fact]
    public void Lists_follow_the_contents_when_book_yml_asks_for_them()
    {
        using var none = Book("");
        Assert.Empty(none.Plan.CaptionLists);
        using var both = Book("list-of-figures: true\nlist-of-tables: true");
        Assert.Empty(both.Diagnostics.Items);
        var plan = both.Plan;
        Assert.Equal([DivisionKind.TitlePage, DivisionKind.Copyright, DivisionKind.Contents, DivisionKind.ListOfFigures, DivisionKind.ListOfTables],
            plan.Divisions.Where(d => d.Matter == Matter.Front).Select(d => d.Kind));
        Assert.Equal(["Figure 1.1", "Figure 2.1"], plan.CaptionLists.First().Entries.Select(e => e.Label));

        var epub = both.Epub(plan);
        Assert.Equal(["titlepage.xhtml", "copyright.xhtml", "nav.xhtml", "lof.xhtml", "lot.xhtml", "chapter-01.xhtml"], epub.Spine.Take(6));
        var figures = epub.Xml("OEBPS/lof.xhtml").Descendants(Xhtml + "a").ToList();
        Assert.Equal(["Figure 1.1 A bend.", "Figure 2.1 Another bend."], figures.Select(a => a.Value));
        Assert.Equal("chapter-02.xhtml#fig-another", (string?)figures[1].Attribute("href"));
        Assert.Equal("loi", (string?)epub.Xml("OEBPS/lof.xhtml").Descendants(Xhtml + "section").Single().Attribute(Ops + "type"));
        Assert.Equal("Table 1.1 Flows.", epub.Xml("OEBPS/lot.xhtml").Descendants(Xhtml + "a").Single().Value);
    }

    [Fact]
    public void A_list_with_nothing_to_list_is_left_out()
    {
        using var b = new SmallBook(["# One\n\nNo figures.\n"], yaml: "list-of-figures: true");
        Assert.Empty(b.Plan.CaptionLists);
    }

    [Fact]
    public void Printed_lists_give_the_page_of_each_figure_and_table()
    {
        using var b = Book("list-of-figures: true\nlist-of-tables: true");
        var pages = b.Typeset().Pages;
        var checkedEntries = 0;
        foreach (var id in new[] { "list-of-figures", "list-of-tables" })
        {
            var page = pages[pages.PageOfAnchor(id)];
            Assert.Matches("^[ivx]+$", page.Label); // front matter
            foreach (var link in page.Ops.OfType<InternalLinkOp>())
            {
                var number = page.Ops.OfType<TextOp>().Single(t => t.Baseline > link.Y && t.Baseline <= link.Y + link.Height && t.X + t.Text.Width > link.X + link.Width - 1);
                Assert.Equal(pages[pages.PageOfAnchor(link.TargetId)].Label, number.Text.Text);
                checkedEntries++;
            }
        }
        Assert.Equal(3, checkedEntries);
    }
}
