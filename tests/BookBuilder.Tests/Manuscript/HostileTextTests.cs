using System.Text;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>Text that is legal but unusual must neither crash the reader nor get lost.</summary>
public class HostileTextTests
{
    private static (Book? Book, DiagnosticBag D) LoadChapterTwo(string body)
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n" + body + "\n");
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d), d);
    }

    [Fact]
    public void Nested_quotes_and_lists_within_the_limit_load()
    {
        var quotes = string.Concat(Enumerable.Repeat("> ", 8)) + "deep";
        var lists = string.Join("\n", Enumerable.Range(0, 8).Select(i => new string(' ', i * 2) + "- item " + i));
        var (book, d) = LoadChapterTwo(quotes + "\n\n" + lists);
        Assert.NotNull(book);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(2000)]
    [InlineData(0)]
    public void Absurdly_deep_nesting_is_an_error_not_a_crash(int quoteDepth)
    {
        // Depth 0 stands for 40 nested lists.
        var body = quoteDepth > 0
            ? string.Concat(Enumerable.Repeat("> ", quoteDepth)) + "deep"
            : string.Join("\n", Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- item " + i));
        var (_, d) = LoadChapterTwo(body);
        Assert.Contains(d.Items, x => x.Severity == Severity.Error && x.File == "two.md" && x.Message.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Enormous_paragraph_is_kept_whole()
    {
        var words = string.Join(" ", Enumerable.Range(0, 50_000).Select(i => "word" + i));
        var (book, _) = LoadChapterTwo(words);
        var p = (ParagraphBlock)book!.Chapters[1].Sections[0].Blocks[0];
        Assert.Equal(words, InlineText.Plain(p.Inlines));
    }

    [Fact]
    public void Mixed_scripts_emoji_sequences_and_zero_width_characters_survive()
    {
        const string text = "שלום, привет, مرحبا: 🇮🇱🤝🇷🇺 👩‍👩‍👧 a\u200Bb c\u00ADd";
        var (book, d) = LoadChapterTwo(text);
        Assert.DoesNotContain(d.Items, x => x.Severity != Severity.Info);
        var p = (ParagraphBlock)book!.Chapters[1].Sections[0].Blocks[0];
        Assert.Equal(text, InlineText.Plain(p.Inlines));
    }

    [Fact]
    public void Control_characters_are_removed_with_a_warning()
    {
        var (book, d) = LoadChapterTwo("bell\u0007 and escape\u001B here");
        var p = (ParagraphBlock)book!.Chapters[1].Sections[0].Blocks[0];
        Assert.Equal("bell and escape here", InlineText.Plain(p.Inlines));
        Assert.Contains(d.Items, x => x.Severity == Severity.Warning && x.Message.Contains("control characters") && x.Line == 5);
    }

    [Fact]
    public void External_urls_stay_links_and_are_not_fetched()
    {
        var (book, d) = LoadChapterTwo("See <https://example.org/a> and [the site](http://example.com \"Title\").");
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        var links = ManuscriptLoaderTests.Descendants(book!.Chapters[1]).OfType<LinkInline>().ToList();
        Assert.Equal(["https://example.org/a", "http://example.com"], links.Select(l => l.Url));
        Assert.All(links, l => Assert.False(l.IsInternal));
        Assert.Equal("Title", links[1].Title);
    }

    [Fact]
    public void Tables_lists_quotes_and_code_become_model_blocks()
    {
        var (book, _) = LoadChapterTwo("| A | B |\n|:--|--:|\n| 1 | 2 |\n\n1. one\n2. two\n\n> quoted\n\n```cs\nvar x = 1;\n```\n\n---\n");
        var blocks = book!.Chapters[1].Sections[0].Blocks;
        var table = Assert.IsType<TableBlock>(blocks[0]);
        Assert.Equal([ColumnAlign.Left, ColumnAlign.Right], table.Columns);
        Assert.True(table.HasHeader);
        Assert.Equal(2, table.Rows.Count);
        Assert.True(Assert.IsType<ListBlock>(blocks[1]).Ordered);
        Assert.IsType<QuoteBlock>(blocks[2]);
        Assert.Equal(("var x = 1;", "cs"), (Assert.IsType<CodeBlock>(blocks[3]).Code, ((CodeBlock)blocks[3]).Language));
        Assert.IsType<ThematicBreakBlock>(blocks[4]);
    }
}
