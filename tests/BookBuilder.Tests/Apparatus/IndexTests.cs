using System.Xml.Linq;
using BookBuilder.Model;
using BookBuilder.Plan.Index;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// The index: entries marked in the text (<c>[text]{.index}</c>, with a term, sub-entries,
/// "see", "see also" and a sort key) and every glossary term, sorted and grouped by letter; the
/// EPUB links every place, the PDF prints the pages, in two columns.
/// </summary>
public sealed class IndexTests
{
    private const string Glossary = "# Glossary\n\nDelta\n:   Where a river meets the sea.\n";

    private static string Filler(int n) => string.Join("\n\n", Enumerable.Range(1, n).Select(i =>
        $"Paragraph {i} runs on with words that fill the measure, and then some more words, so that the chapter takes up room."));

    [Fact]
    public void Marks_keep_their_text_and_name_their_entry()
    {
        using var b = new SmallBook(["""
            # One

            The [river *banks*]{.index} erode; [banks]{.index term="River!banks!outer"} too.
            []{.index term="Stream" see="River"}[The Hague]{.index sort="Hague"} and a [delta]{.index see-also="River; River!banks"}.
            """]);
        Assert.Empty(b.Diagnostics.Items);
        var paragraph = (ParagraphBlock)b.Book!.Chapters[0].Blocks[0];
        Assert.Equal("The river banks erode; banks too. The Hague and a delta.", InlineText.Plain(paragraph.Inlines));
        var marks = paragraph.Inlines.OfType<IndexMarkInline>().ToList();
        Assert.Equal(5, marks.Count);
        Assert.IsType<EmphasisInline>(marks[0].Children[1]);
        Assert.Equal(["river banks"], marks[0].Heading.Path);
        Assert.Equal(["River", "banks", "outer"], marks[1].Heading.Path);
        Assert.Equal(["Stream"], marks[2].Heading.Path);
        Assert.Empty(marks[2].Children);
        Assert.False(marks[2].Heading.IsLocator);
        Assert.Equal([["River"]], marks[2].Heading.See);
        Assert.Equal("Hague", marks[3].Heading.Sort);
        Assert.Equal([["River"], ["River", "banks"]], marks[4].Heading.SeeAlso);
        Assert.All(marks, m => Assert.Equal(AnchorKind.IndexMark, b.Book.Anchors[m.Id].Kind));
    }

    [Theory]
    [InlineData("[]{.index}", "BB084", 3)]
    [InlineData("[x]{.index term=\"A!!B\"}", "BB085", 3)]
    [InlineData("[x]{.index term=\"A!B!C!D\"}", "BB085", 3)]
    [InlineData("[x]{.index trem=\"A\"}", "BB086", 3)]
    [InlineData("[x]{.index see=\"Nowhere\"}", "BB087", 3)]
    [InlineData("*a [b* c]{.index}", "BB088", 6)]
    public void Malformed_index_markup_is_reported_at_the_mark(string mark, string code, int column)
    {
        using var b = new SmallBook([$"# One\n\nA {mark} here.\n"]);
        var d = Assert.Single(b.Diagnostics.Items);
        Assert.Equal((code, "ch1.md", 3, column), (d.Code, d.File, d.Line, d.Column));
    }

    [Fact]
    public void A_suggestion_names_the_attribute_meant()
    {
        using var b = new SmallBook(["# One\n\nA [x]{.index seealso=\"x\"} here.\n"]);
        Assert.Contains("did you mean 'see-also'?", Assert.Single(b.Diagnostics.Items).Message);
    }

    [Fact]
    public void Entries_are_sorted_and_grouped_by_letter_with_glossary_terms_and_their_definition()
    {
        using var b = new SmallBook([
            "# One\n\n[Zebra]{.index}, [apple]{.index}, [Émigré]{.index}, [1848]{.index}, [The Hague]{.index sort=\"Hague\"}, [Apple]{.index} and the delta.\n",
        ], glossary: Glossary);
        var index = b.Plan.Index!.Index;
        Assert.Equal(["Numbers and symbols", "A", "D", "E", "H", "Z"], index.Groups.Select(g => g.Label));
        Assert.Equal(["1848", "apple", "Delta", "Émigré", "The Hague", "Zebra"], index.Groups.SelectMany(g => g.Entries).Select(e => e.Term));
        var apple = index.Find("Apple")!;
        Assert.Equal(2, apple.Locators.Count); // "apple" and "Apple" are one entry
        var delta = index.Find("delta")!;
        Assert.Equal([false, true], delta.Locators.Select(l => l.IsDefinition));
        Assert.Equal(["1", "Glossary"], delta.Locators.Select(l => l.Place));
    }

    [Fact]
    public void Book_yml_can_leave_the_glossary_out_of_the_index()
    {
        using var with = new SmallBook(["# One\n\nThe delta.\n"], glossary: Glossary);
        Assert.Equal(["Delta"], with.Plan.Index!.Index.AllEntries.Select(e => e.Term));
        using var without = new SmallBook(["# One\n\nThe delta.\n"], glossary: Glossary, yaml: "index-glossary: false");
        Assert.Empty(without.Diagnostics.Items);
        Assert.Null(without.Plan.Index);
        Assert.DoesNotContain("index.xhtml", without.Epub().Spine);
        using var wrong = new SmallBook(["# One\n\nText.\n"], yaml: "index-glossary: sometimes");
        Assert.Equal("BB005", Assert.Single(wrong.Errors).Code);
    }

    [Fact]
    public void The_epub_index_has_index_semantics_and_links_every_place()
    {
        using var b = new SmallBook([
            "# One\n\n## Part\n\nThe [river]{.index} and the [banks]{.index term=\"River!banks\"} and the delta.\n\n## More\n\nAgain the [river]{.index}; []{.index term=\"Stream\" see=\"River\"}\n",
        ], glossary: Glossary);
        var epub = b.Epub();
        var page = epub.Xml("OEBPS/index.xhtml");
        var section = page.Descendants(Xhtml + "section").First();
        Assert.Equal(("index", "doc-index"), ((string?)section.Attribute(Ops + "type"), (string?)section.Attribute("role")));
        var entries = page.Descendants(Xhtml + "li").Where(li => (string?)li.Attribute(Ops + "type") == "index-entry").ToList();
        var river = entries.Single(e => Term(e) == "river"); // as the first mark spells it
        Assert.Equal(["1.1", "1.2"], river.Elements(Xhtml + "a").Select(a => a.Value));
        Assert.Equal("banks", Term(river.Descendants(Xhtml + "li").Single()));
        var stream = entries.Single(e => Term(e) == "Stream");
        var see = stream.Descendants(Xhtml + "a").Single();
        Assert.Equal(("index-xref-preferred", "#" + (string)river.Attribute("id")!), ((string?)see.Attribute(Ops + "type"), (string?)see.Attribute("href")));
        // Every locator leads to an element of its page.
        foreach (var a in page.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute(Ops + "type") == "index-locator"))
        {
            var (path, fragment) = Resolve("OEBPS/index.xhtml", (string)a.Attribute("href")!);
            Assert.Contains(fragment!, epub.Ids(path));
        }
        var nav = epub.Xml("OEBPS/nav.xhtml");
        Assert.Contains(nav.Descendants(Xhtml + "a"), a => (string?)a.Attribute(Ops + "type") == "index" && (string?)a.Attribute("href") == "index.xhtml");
    }

    [Fact]
    public void The_printed_index_gives_the_pages_of_the_marks_in_two_columns()
    {
        var words = new[] { "alder", "birch", "cedar", "damson", "elm", "fir", "gum", "hazel", "ilex", "juniper", "kauri", "larch" };
        var chapters = words.Select((w, i) => $"# Chapter {i}\n\nOn the [{w}]{{.index}} and the [{w} bark]{{.index term=\"{w}!bark\"}}.\n\n{Filler(i % 2 == 0 ? 8 : 30)}\n\nThe [{w}]{{.index}} again.\n").ToArray();
        using var b = new SmallBook(chapters);
        var pages = b.Typeset().Pages;
        var index = pages.Where(p => p.Index >= pages.PageOfAnchor("book-index")).ToList();
        var text = Squash(string.Join(" ", index.Select(p => p.Text())));
        var ranges = 0;
        foreach (var (word, i) in words.Select((w, i) => (w, i)))
        {
            var marks = b.Book!.Chapters[i].Blocks.SelectMany(x => x is ParagraphBlock p ? p.Inlines.OfType<IndexMarkInline>() : []).ToList();
            var pagesOfWord = marks.Where(m => m.Heading.Path.Count == 1).Select(m => int.Parse(pages[pages.PageOfAnchor(m.Id)].Label!)).Distinct().Order().ToList();
            var expected = pagesOfWord.Count == 2 && pagesOfWord[1] == pagesOfWord[0] + 1 ? $"{pagesOfWord[0]}\u2013{pagesOfWord[1]}" : string.Join(",", pagesOfWord);
            Assert.Contains($"{word},{expected}bark,", text);
            ranges += expected.Contains('\u2013') ? 1 : 0;
        }
        Assert.Equal(words.Length / 2, ranges); // a long chapter's two marks are on consecutive pages: "3–4"
        // Two columns: entries start at two different left edges.
        var lefts = index[0].Ops.OfType<BookBuilder.Pdf.Layout.TextOp>().Where(t => words.Contains(t.Text.Text.TrimEnd(','))).Select(t => Math.Round(t.X)).Distinct().ToList();
        Assert.Equal(2, lefts.Count);
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static string Term(XElement entry) =>
        entry.Elements(Xhtml + "span").Single(s => (string?)s.Attribute(Ops + "type") == "index-term").Value;
}
