using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Pdf;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// Code on a line: a line of code too long for the measure goes on after a continuation mark (an
/// artifact, in the code font) under a hanging indent as deep as its own indentation; inline code
/// keeps its spaces as the font sets them in a justified line.
/// </summary>
[Collection(FontsCollection.Name)]
public sealed class CodeLineTests(FontsFixture fonts, ITestOutputHelper output)
{
    private const string LongCall = "        result = compute_discharge(width_in_metres, depth_in_metres, velocity_in_metres_per_second, roughness, slope, temperature)";
    private const string LongComment = "    # The gauge reads the stage every fifteen minutes, and the rating curve turns each reading into a discharge in cubic metres per second.";
    private static readonly string Code = "```python\ndef discharge():\n    if True:\n" + LongCall + "\n" + LongComment + "\n    return result\n```";

    private static BookBuilder.Model.Book Book(string chapter)
    {
        using var dir = new TempManuscript(populate: false);
        dir.Write("book.yml", TempManuscript.OneChapterYaml("Code"));
        dir.Write("one.md", chapter);
        return ManuscriptLoader.Load(dir.Root, new DiagnosticBag())!;
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("6x9")]
    public void A_long_line_of_code_goes_on_after_a_mark_under_its_own_indentation_inside_the_text_block(string size)
    {
        var theme = size == "a4" ? Theme.A4 : Theme.Trade6x9;
        var result = BookTypesetter.Typeset(BookPlanner.Plan(Book("# Code\n\nThe gauge:\n\n" + Code + "\n\nText after.\n")), theme, fonts.Measurer, TestText.English.Value);
        Assert.Empty(TextArea.Outside(result.Pages, theme, fonts.Measurer));
        var ops = result.Pages.SelectMany(p => p.Ops).ToList();
        var codeOps = ops.OfType<TextOp>().Where(t => t.Text.Style.Family == FontFamilyRole.Mono).ToList();
        // The marks: each an artifact, in the code font's own glyphs (no box for a missing one).
        var marks = new List<TextOp>();
        for (var i = 1; i + 1 < ops.Count; i++)
            if (ops[i] is TextOp { Text.Text: "\u2192" } mark && ops[i - 1] is TagStartOp { Tag.Role: StructRole.Artifact } && ops[i + 1] is TagEndOp)
                marks.Add(mark);
        Assert.True(marks.Count >= 2, $"{marks.Count} continuation marks");
        var codeFont = codeOps.First(t => t.Text.Text.StartsWith("def", StringComparison.Ordinal)).Text.Runs[0].FontId;
        Assert.All(marks, m => Assert.All(m.Text.Runs, r => { Assert.Equal(codeFont, r.FontId); Assert.DoesNotContain((ushort)0, r.Glyphs); }));

        // Under its line's indentation: the mark where the line's text starts, the text after it.
        var call = codeOps.First(t => t.Text.Text == "result");
        var comment = codeOps.First(t => t.Text.Text == "#");
        foreach (var line in new[] { call, comment })
        {
            var mark = marks.First(m => m.Baseline > line.Baseline);
            Assert.Equal(line.X, mark.X, 0.01f);
            var next = codeOps.Where(t => t.Baseline == mark.Baseline && t != mark).MinBy(t => t.X)!;
            Assert.True(next.X > mark.X + mark.Text.Width, $"{next.Text.Text} at {next.X}");
        }
        // Preflight counts the continuations at their code block.
        Assert.Equal(marks.Count, result.Preflight.CodeWraps);
        Assert.All(result.Preflight.CodeWrapPlaces, p => Assert.Equal(("one.md", 5), (p.Source.File, p.Source.Line)));
        Assert.Contains($"code wraps:         {marks.Count}", result.Preflight.ToString());
    }

    [Fact]
    public async Task The_marks_are_not_in_the_text_read_from_the_pdf_and_the_tagged_code_reads_each_long_line_as_written()
    {
        var book = Book("# Code\n\nThe gauge:\n\n" + Code + "\n\nText after.\n");
        using var ms = new MemoryStream();
        new PdfEditionWriter().Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = DateTimeOffset.UnixEpoch }, new DiagnosticBag());
        var path = Path.Combine(Path.GetTempPath(), $"code-lines-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, ms.ToArray());
        try
        {
            var text = await Validators.PdfToText(path, output);
            if (text is null) return;
            Assert.DoesNotContain("\u2192", text);
            Assert.Contains("compute_discharge(width_in_metres,", text);
            // The structure's text (what assistive technology and tagged extraction read): each long line whole.
            var tree = await Validators.PdfStructText(path, output);
            if (tree is null) return;
            Assert.DoesNotContain("\u2192", tree);
            var code = string.Concat(System.Text.RegularExpressions.Regex.Matches(tree, "\"(.*)\"").Select(m => m.Groups[1].Value));
            Assert.Contains(LongCall, code);
            Assert.Contains(LongComment, code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Inline_code_keeps_its_spaces_in_a_justified_line_while_the_word_spaces_around_it_stretch()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => i % 7 == 0 ? "riverbank" : "flow"));
        var result = BookTypesetter.Typeset(BookPlanner.Plan(Book($"# Code\n\n{words} `a b c d` {words} `x y z` {words}\n")), Theme.A4, fonts.Measurer, TestText.English.Value);
        var all = result.Pages.SelectMany(p => p.Ops).ToList();
        // The width of the word space written just before a word (0: none).
        float SpaceBefore(TextOp t) => all.FindIndex(o => ReferenceEquals(o, t)) is > 0 and var i && all[i - 1] is SpaceOp s ? s.Width : 0;
        var ops = all.OfType<TextOp>().ToList();
        var mono = ops.Where(t => t.Text.Style.Family == FontFamilyRole.Mono).ToList();
        var space = fonts.Measurer.Shape(" ", mono[0].Text.Style).Width;
        // Inside the code: one space of the code font between its words, wherever the line is stretched.
        var inside = mono.Where(t => t.Text.Text is "b" or "c" or "d" or "y" or "z").ToList();
        Assert.Equal(5, inside.Count);
        Assert.All(inside, t => Assert.Equal(space, SpaceBefore(t), 0.01f));
        // The lines are justified: word spaces elsewhere are stretched beyond a space.
        Assert.Contains(ops, t => t.Text.Style.Family != FontFamilyRole.Mono && SpaceBefore(t) > fonts.Measurer.Shape(" ", t.Text.Style).Width + 0.3f);
    }
}
