using System.Globalization;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Tests.Typography;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// Text no break can fit into the measure: a word thousands of letters long is broken between
/// grapheme clusters, never inside one; a single cluster wider than the measure (a letter with
/// thousands of combining marks) is drawn squeezed into it. Either is reported at its place, and
/// nothing is drawn outside the text block.
/// </summary>
[Collection(FontsCollection.Name)]
public sealed class PathologicalLineTests(FontsFixture fonts)
{
    private static readonly string Marks = "x" + new string('\u0301', 5000);
    private static readonly string LongWord = string.Concat(Enumerable.Repeat("e\u0301", 1500));

    private TypesetResult Typeset(string paragraph, Theme theme)
    {
        using var dir = new TempManuscript(populate: false);
        dir.Write("book.yml", TempManuscript.OneChapterYaml("Marks"));
        dir.Write("one.md", "# Marks\n\nA first paragraph.\n\n" + paragraph + "\n\nText after.\n");
        var book = ManuscriptLoader.Load(dir.Root, new DiagnosticBag())!;
        return BookTypesetter.Typeset(BookPlanner.Plan(book), theme, fonts.Measurer, TestText.English.Value);
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var theme in new[] { "a4", "6x9" })
        {
            data.Add("marks", theme);
            data.Add("word", theme);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_no_break_can_fit_stays_inside_the_text_block_whole_and_is_reported_at_its_place(string kind, string size)
    {
        var theme = size == "a4" ? Theme.A4 : Theme.Trade6x9;
        var text = kind == "marks" ? Marks : LongWord;
        var result = Typeset($"Before {text} after.", theme);

        var outside = TextArea.Outside(result.Pages, theme, fonts.Measurer);
        Assert.True(outside.Count == 0, string.Join("\n", outside.Take(5).Select(o => $"p. {o.Page.Label}: {TextArea.Describe(o.Box.Op)}")));
        var ops = result.Pages.SelectMany(p => p.Ops.OfType<TextOp>()).ToList();
        foreach (var page in result.Pages)
        {
            var (left, _, right, _) = TextArea.Block(theme, page.Index);
            foreach (var op in page.Ops.OfType<TextOp>())
            {
                var m = fonts.Measurer.Metrics(op.Text.Style);
                float x = 0;
                foreach (var run in op.Text.Runs)
                {
                    // Each glyph's pen position is on the line, and no glyph is raised or lowered out of it.
                    Assert.All(run.XOffsets, gx => Assert.InRange(op.X + x + gx, left - 0.01f, right + 0.01f));
                    Assert.All(run.YOffsets, gy => Assert.InRange(gy, m.Descent, m.Ascent));
                    x += run.Width;
                }
            }
        }
        // The text is all there, in order, and no line starts inside a cluster (with a mark).
        var all = string.Concat(ops.Select(o => o.Text.Text));
        Assert.Contains(text, all);
        Assert.DoesNotContain(ops, o => o.Text.Text.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(o.Text.Text[0]) == UnicodeCategory.NonSpacingMark);

        var diagnostics = result.Preflight.ToDiagnostics();
        var code = kind == "marks" ? "PDF-LINESQUEEZE" : "PDF-UNFITTABLEWORD";
        var d = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(("one.md", 5), (d.File, d.Line));
        Assert.True(d.Message.Length < 300, d.Message);
        Assert.Contains(code == "PDF-LINESQUEEZE" ? "squeezed clusters:  1" : "unfittable words:   1", result.Preflight.ToString());
    }
}
