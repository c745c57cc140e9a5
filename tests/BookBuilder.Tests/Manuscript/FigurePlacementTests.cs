using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// <c>{.here}</c> keeps a figure or a table where the author put it, written where an id may be
/// written: after an image standing alone, on a figure's caption, on a table's caption; without
/// it a figure or table may float, and the class does not disturb the id beside it.
/// </summary>
public class FigurePlacementTests
{
    private static IReadOnlyList<Block> Blocks(string markdown)
    {
        using var m = new TempManuscript();
        m.WriteBytes("images/a.png", TestImages.Png(40, 30));
        m.Write("two.md", $"# Second Chapter\n\n## Later Days\n\n{markdown}\n");
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        Assert.DoesNotContain(d.Items, x => x.Code is "BB032" or "BB061");
        return book!.Chapters[1].Sections[0].Blocks;
    }

    [Theory]
    [InlineData("![A chart](images/a.png \"The chart.\"){.here}", true, null)]
    [InlineData("![A chart](images/a.png \"The chart.\"){.here #fig-chart}", true, "fig-chart")]
    [InlineData("![A chart](images/a.png \"The chart.\"){#fig-chart}", false, "fig-chart")]
    [InlineData("![A chart](images/a.png \"The chart.\")", false, null)]
    [InlineData("^^^\n![A chart](images/a.png)\n^^^ The chart. {.here #fig-chart}", true, "fig-chart")]
    [InlineData("^^^\n![A chart](images/a.png)\n^^^ The chart. {#fig-chart}", false, "fig-chart")]
    public void A_figure_is_kept_in_place_by_the_class_here(string markdown, bool here, string? id)
    {
        var figure = Assert.Single(Blocks(markdown).OfType<ImageBlock>());
        Assert.Equal(here, figure.KeepInPlace);
        if (id is not null) Assert.Equal(id, figure.Id);
        else Assert.NotNull(figure.Id);
    }

    [Theory]
    [InlineData("Table: Two rows. {.here #tbl-two}", true)]
    [InlineData("Table: Two rows. {#tbl-two}", false)]
    public void A_table_is_kept_in_place_by_the_class_here_on_its_caption(string caption, bool here)
    {
        var table = Assert.Single(Blocks($"| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n{caption}").OfType<TableBlock>());
        Assert.Equal(here, table.KeepInPlace);
        Assert.Equal("tbl-two", table.Id);
    }
}
