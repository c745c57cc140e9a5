using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Pdf.Paging;

public class DegenerateInputTests
{
    [Fact]
    public void A_book_of_empty_and_odd_blocks_sets_without_throwing()
    {
        var odd = new Block[]
        {
            new ParagraphBlock([]),
            new ListBlock(false, 1, []),
            new TableBlock([], [], false),
            new TableBlock([ColumnAlign.Left], [new TableRow([[new TextInline("a")], [new TextInline("b")]])], true),
            new CodeBlock("", null),
            new OrnamentBlock(""),
            new QuoteBlock([]),
            new DefinitionListBlock([new DefinitionItem([], [])]),
            new ImageBlock(new BookImage("i", "none.png", "image/png", "", 0, 0) { Encoded = Array.Empty<byte>() }, []),
            new ParagraphBlock([new FootnoteRefInline("missing", 9, "missing-ref"), new LinkInline("", null, null, [])]),
            new HeadingBlock(6, "h6", []),
            new ThematicBreakBlock(),
        };
        var book = TestBook.Build(1, 1, 1);
        book = book with
        {
            Chapters = [book.Chapters[0] with { Blocks = odd, Sections = [] }, book.Chapters[0] with { Id = "empty", Blocks = [], Sections = [], Title = [] }],
            Faq = book.Faq! with { Entries = [] },
            Glossary = book.Glossary! with { Entries = [] },
        };
        var result = BookTypesetter.Typeset(BookPlanner.Plan(book), Theme.Trade6x9, new FakeMeasurer(), TestText.English.Value);
        Assert.True(result.Pages.Count >= 5);
        Assert.Equal(0, result.Preflight.OverfullLines);
    }

    [Fact]
    public void A_book_without_chapters_has_its_front_matter()
    {
        var book = TestBook.Build(1, 1, 1) with { Chapters = [], Faq = null, Glossary = null };
        var result = BookTypesetter.Typeset(BookPlanner.Plan(book), Theme.A4, new FakeMeasurer(), TestText.English.Value);
        Assert.Equal(["i", "ii", "iii"], result.Pages.Select(p => p.Label)); // no blank page: no body follows
    }

    [Fact]
    public void Page_sizes_are_parsed_once_by_name_and_unknown_names_are_refused()
    {
        Assert.False(PageSize.TryParse("b5", out _));
        Assert.False(PageSize.TryParse(null, out _));
        Assert.True(PageSize.TryParse(" Letter", out var letter));
        Assert.Equal(PageSize.Letter, letter);
        Assert.Equal(612, Theme.For(letter).PageWidth);
        Assert.Equal(["a4", "letter", "6x9", "5.5x8.5", "a5", "royal"], PageSize.All.Select(s => s.Name));
        Assert.All(PageSize.All, s => Assert.Equal(s.Name, Theme.For(s).Name));
        Assert.All(PageSize.All, s => Assert.Equal(s.Name, Theme.For(s).Name));
    }
}

public class PreflightTests
{
    [Fact]
    public void A_word_too_wide_for_the_measure_is_reported_with_its_page_and_source()
    {
        var book = TestBook.Build(1, 1, 1);
        var word = "https://example.org/" + new string('x', 120);
        var para = new ParagraphBlock([new TextInline("See " + word + " for more.")]) { Source = new SourceSpan("chapters/01.md", 12, 1) };
        book = book with { Chapters = [book.Chapters[0] with { Blocks = [para] }] };
        var result = BookTypesetter.Typeset(BookPlanner.Plan(book), Theme.A4, new FakeMeasurer(), TestText.English.Value);
        Assert.Equal([word], result.Preflight.UnfittableWords);
        Assert.Equal(0, result.Preflight.OverfullLines);
        var d = Assert.Single(result.Preflight.ToDiagnostics(), x => x.Message.Contains("too wide"));
        Assert.Equal("chapters/01.md", d.File);
        Assert.Equal(12, d.Line);
        Assert.StartsWith("PDF page 1:", d.Message);
        Assert.Contains("unfittable words:   1", result.Preflight.ToString());
    }
}
