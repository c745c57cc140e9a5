using BookBuilder.Model;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// A link without text cites its target: both editions print the target's label ("Chapter 2",
/// "Section 1.2", "Figure 1.1", "Table 1.1", "Note 1", a question or heading in quotation marks,
/// a glossary term), as a link to it. Explicit text is kept; a broken target stays an error.
/// </summary>
public sealed class CrossReferenceTests
{
    private const string One = """
        # One

        Intro with a note.[^first]

        ## Rivers {#rivers}

        ### How water moves {#moves}

        | a |
        |---|
        | 1 |

        Table: Discharge. {#tbl-discharge}

        ![A bend](bend.png "A bend."){#fig-bend}

        Second call.[^second]

        [^first]: The first note.
        [^second]: The second note.
        """;

    private const string Two = """
        # Two

        See [](ch1.md), [](#rivers), [](#moves), [](#tbl-discharge), [](#fig-bend), [](ch1.md#^second), [](#why), [](#gloss-delta) and [](#faq).

        Before its call: [](#^here); the call.[^here] [The note, in words](#^here).

        [^here]: A note of chapter two.
        """;

    private const string Faq = """
        # Questions

        ## Why do rivers bend? {#why}

        Because of the delta.
        """;

    private const string Glossary = """
        # Glossary

        Delta
        :   Where a river meets the sea.
        """;

    private static SmallBook Book(string two = Two) =>
        new([One, two], Faq, Glossary, files: [("bend.png", Support.TestImages.Png(40, 30))]);

    [Fact]
    public void Each_kind_of_target_is_cited_by_its_label_in_both_editions()
    {
        using var b = Book();
        Assert.Empty(b.Errors);
        string[] expected = ["Chapter 1", "Section 1.1", "\u201CHow water moves\u201D", "Table 1.1", "Figure 1.1", "Note 2", "\u201CWhy do rivers bend?\u201D", "Delta", "Questions"];

        var paragraph = b.Page("chapter-02.xhtml").Descendants(Xhtml + "p").First();
        var links = paragraph.Elements(Xhtml + "a").ToList();
        Assert.Equal(expected, links.Select(a => a.Value));
        Assert.All(links, a => Assert.Equal("xref", (string?)a.Attribute("class")));
        Assert.Equal(["chapter-01.xhtml#one", "chapter-01.xhtml#rivers", "chapter-01.xhtml#moves", "chapter-01.xhtml#tbl-discharge", "chapter-01.xhtml#fig-bend",
            "chapter-01.xhtml#fn-one-2", "faq.xhtml#why", "glossary.xhtml#gloss-delta", "faq.xhtml#faq"], links.Select(a => (string?)a.Attribute("href")));

        // In print, the targets on other pages are followed by their page (PageReferenceTests).
        var text = System.Text.RegularExpressions.Regex.Replace(Squash(string.Join(" ", b.Typeset().Pages.Select(p => p.Text()))), @"onp\.\d+", "");
        Assert.Contains(Squash("See " + string.Join(", ", expected[..^1]) + " and " + expected[^1]), text);
    }

    [Fact]
    public void A_note_may_be_cited_before_its_call_and_explicit_text_is_kept()
    {
        using var b = Book();
        var note = b.Book!.Chapters[1].Footnotes.Single();
        var paragraph = b.Book.Chapters[1].Blocks.OfType<ParagraphBlock>().ElementAt(1);
        var citation = paragraph.Inlines.OfType<CrossRefInline>().Single();
        Assert.Equal(note.Id, citation.TargetId);
        var link = paragraph.Inlines.OfType<LinkInline>().Single();
        Assert.Equal(note.Id, link.TargetId);
        Assert.Equal("The note, in words", InlineText.Plain(link.Children));
        Assert.Equal("Note 1", b.Plan.LabelOf(citation));
    }

    [Theory]
    [InlineData("[](#nowhere)", "BB052", "no anchor 'nowhere'")]
    [InlineData("[](ch9.md)", "BB051", "'ch9.md' is not a file of this book")]
    [InlineData("[](#^missing)", "BB083", "no footnote [^missing] is called in ch2.md")]
    [InlineData("[](ch1.md#^here)", "BB083", "no footnote [^here] is called in ch1.md")]
    [InlineData("[](#para)", "BB082", "'para' names a block of text")]
    public void A_citation_that_cannot_be_printed_is_an_error_at_its_place(string link, string code, string message)
    {
        using var b = Book($"# Two\n\nA paragraph with an id. {{#para}}\n\nThe text: {link}.\n");
        var error = Assert.Single(b.Errors);
        Assert.Equal((code, "ch2.md", 5, 11), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    /// <summary>Text without white space: the pages' text comes in runs of one look.</summary>
    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
