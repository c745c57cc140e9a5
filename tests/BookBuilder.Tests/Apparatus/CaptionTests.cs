using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// Figures and tables with captions are numbered per chapter ("Figure 2.1", "Table 2.3") and both
/// editions print the number before the caption; a table's caption is pandoc's "Table:" line.
/// </summary>
public sealed class CaptionTests
{
    private const string Png = "![A bend](bend.png)";

    private static SmallBook Book(params string[] chapters) => new(chapters);

    private static SmallBook WithImage(params string[] chapters) =>
        new(chapters, files: [("bend.png", Support.TestImages.Png(40, 30))]);

    [Fact]
    public void Table_caption_after_or_before_its_table_is_read_without_its_prefix()
    {
        using var b = Book("""
            # One

            | a | b |
            |---|---|
            | 1 | 2 |

            Table: Rivers by *length*. {#tbl-rivers}

            Table: Before its table.

            | c | d |
            |---|---|
            | 3 | 4 |

            | e |
            |---|
            | 5 |
            """);
        Assert.Empty(b.Errors);
        var tables = b.Book!.Chapters[0].Blocks.OfType<TableBlock>().ToList();
        Assert.Equal(3, tables.Count);
        Assert.Equal("Rivers by length.", InlineText.Plain(tables[0].Caption));
        Assert.IsType<EmphasisInline>(tables[0].Caption[1]);
        Assert.Equal("tbl-rivers", tables[0].Id);
        Assert.Equal("Before its table.", InlineText.Plain(tables[1].Caption));
        Assert.NotNull(tables[1].Id);
        Assert.Empty(tables[2].Caption);
        Assert.Null(tables[2].Id);
        // The caption lines are not paragraphs of the text.
        Assert.DoesNotContain(b.Book.Chapters[0].Blocks, x => x is ParagraphBlock);
        Assert.Equal(AnchorKind.Table, b.Book.Anchors["tbl-rivers"].Kind);
    }

    [Fact]
    public void A_caption_with_no_table_beside_it_and_a_second_caption_are_errors_at_their_lines()
    {
        using var b = Book("""
            # One

            Table: Nothing here.

            Some text.

            Table: First.

            | a |
            |---|
            | 1 |

            Table: Second.
            """);
        var errors = b.Errors.ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(("BB080", "ch1.md", 3, 1), (errors[0].Code, errors[0].File, errors[0].Line, errors[0].Column));
        Assert.Equal(("BB081", "ch1.md", 13, 1), (errors[1].Code, errors[1].File, errors[1].Line, errors[1].Column));
    }

    [Fact]
    public void Captioned_or_named_figures_are_numbered_and_a_picture_without_either_is_not()
    {
        using var b = WithImage($$"""
            # One

            {{Png}}

            ![A bend](bend.png "A titled picture.")

            ![A bend](bend.png){#fig-named}

            ^^^
            ![A bend](bend.png)
            ^^^ A figure caption. {#fig-caption}
            """);
        Assert.Empty(b.Errors);
        var figures = b.Book!.Chapters[0].Blocks.OfType<ImageBlock>().ToList();
        Assert.Equal(4, figures.Count);
        Assert.Null(figures[0].Id);
        Assert.NotNull(figures[1].Id);
        Assert.Equal("fig-named", figures[2].Id);
        Assert.Equal("fig-caption", figures[3].Id);
        Assert.Equal("A figure caption.", InlineText.Plain(figures[3].Caption));
        Assert.All(figures.Skip(1), f => Assert.Equal(AnchorKind.Figure, b.Book.Anchors[f.Id!].Kind));
        Assert.Equal(["Figure 1.1", "Figure 1.2", "Figure 1.3"], b.Plan.Captions.Select(c => c.Label));
    }

    [Fact]
    public void Numbers_restart_in_each_chapter_and_figures_and_tables_count_apart()
    {
        const string Table = "| a |\n|---|\n| 1 |\n\nTable: T.\n";
        using var b = WithImage(
            $"# One\n\n{Table}\n![A bend](bend.png \"F.\")\n\n{Table}",
            $"# Two\n\n## Part\n\n![A bend](bend.png \"F.\")\n\n{Table}");
        Assert.Empty(b.Errors);
        Assert.Equal(["Table 1.1", "Figure 1.1", "Table 1.2", "Figure 2.1", "Table 2.1"], b.Plan.Captions.Select(c => c.Label));
    }

    [Fact]
    public void Both_editions_print_the_label_before_the_caption()
    {
        using var b = WithImage("""
            # One

            Text.

            | a |
            |---|
            | 1 |

            Table: Rivers. {#tbl-rivers}

            ![A bend](bend.png "A bend."){#fig-bend}
            """);
        var page = b.Page("chapter-01.xhtml");
        var table = page.Descendants(Xhtml + "table").Single();
        Assert.Equal("tbl-rivers", (string?)table.Attribute("id"));
        Assert.Equal("Table 1.1 Rivers.", table.Element(Xhtml + "caption")!.Value);
        var figure = page.Descendants(Xhtml + "figure").Single();
        Assert.Equal("fig-bend", (string?)figure.Attribute("id"));
        Assert.Equal("Figure 1.1 A bend.", figure.Element(Xhtml + "figcaption")!.Value);
        Assert.Equal("caption-label", (string?)figure.Element(Xhtml + "figcaption")!.Element(Xhtml + "span")!.Attribute("class"));

        var pages = b.Typeset().Pages;
        var text = string.Join(" ", pages.Select(p => p.Text()));
        Assert.Contains("Table 1.1 Rivers.", text.Replace("\u2002", " "));
        Assert.Contains("Figure 1.1 A bend.", text.Replace("\u2002", " "));
        Assert.Equal(pages.PageOfAnchor("tbl-rivers"), pages.PageOfAnchor("fig-bend"));
    }
}
