using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Tests.Typography;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>A table too wide for the measure is set in parts of columns, never drawn past the edge of the page.</summary>
[Collection(FontsCollection.Name)]
public sealed class WideTableTests(FontsFixture fonts)
{
    [Theory]
    [InlineData(500)]
    [InlineData(40)]
    public void A_table_too_wide_for_the_measure_is_set_in_parts_that_each_fit_and_is_reported(int columns)
    {
        var header = "| Site | " + string.Join(" | ", Enumerable.Range(1, columns - 1).Select(i => $"C{i}")) + " |";
        var rule = "|" + string.Concat(Enumerable.Repeat("---|", columns));
        var rows = Enumerable.Range(1, 5).Select(r => $"| Row {r} | " + string.Join(" | ", Enumerable.Range(1, columns - 1).Select(i => (r * i).ToString(System.Globalization.CultureInfo.InvariantCulture))) + " |");
        var chapter = "# Wide\n\nA wide table follows.\n\n" + string.Join("\n", [header, rule, .. rows]) + "\n\nText after.\n";
        using var dir = new TempManuscript(populate: false);
        dir.Write("book.yml", TempManuscript.OneChapterYaml("Wide"));
        dir.Write("one.md", chapter);
        var book = ManuscriptLoader.Load(dir.Root, new DiagnosticBag())!;
        foreach (var theme in new[] { Theme.A4, Theme.Trade6x9 })
        {
            var result = BookTypesetter.Typeset(BookPlanner.Plan(book), theme, fonts.Measurer, TestText.English.Value);
            Assert.Empty(TextArea.Outside(result.Pages, theme, fonts.Measurer));
            var d = Assert.Single(result.Preflight.ToDiagnostics(), d => d.Message.Contains("too wide for the measure"));
            Assert.Equal(("one.md", 5), (d.File, d.Line));
            // Every cell is set, the last column included, and the row labels head every part.
            var texts = result.Pages.SelectMany(p => p.Ops.OfType<TextOp>()).Select(t => t.Text.Text).ToList();
            Assert.Contains($"C{columns - 1}", texts);
            Assert.Contains((5 * (columns - 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), texts);
            Assert.True(texts.Count(t => t == "Site") > 1);
        }
    }
}
