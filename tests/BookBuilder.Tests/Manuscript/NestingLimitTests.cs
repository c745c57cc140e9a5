using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// Inline markup nests at most <see cref="InputLimits.InlineNesting"/> levels: deeper is an error
/// at its place, however it is written, instead of an XHTML page thousands of elements deep.
/// </summary>
public class NestingLimitTests
{
    private static (Book? Book, IReadOnlyList<Diagnostic> Diagnostics) Load(string chapterTwo)
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n" + chapterTwo);
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d), d.Sorted());
    }

    private static int Depth(IEnumerable<Inline> inlines) => inlines.Select(i => i switch
    {
        EmphasisInline e => 1 + Depth(e.Children),
        LinkInline l => 1 + Depth(l.Children),
        GlossaryRefInline g => 1 + Depth(g.Children),
        _ => 0,
    }).DefaultIfEmpty(0).Max();

    public static TheoryData<string> DeepMarkup => new()
    {
        new string('*', 5000) + "deep" + new string('*', 5000),
        string.Concat(Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? "*a " : "_b ")) + "x" + string.Concat(Enumerable.Range(0, 3000).Select(i => i % 2 == 1 ? "*" : "_").Reverse()),
        string.Concat(Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "**a " : "[_b ")) + "x" + string.Concat(Enumerable.Range(0, 40).Select(i => i % 2 == 1 ? "**" : "_](https://example.org)").Reverse()),
    };

    [Theory]
    [MemberData(nameof(DeepMarkup))]
    public void Markup_nested_deeper_than_the_limit_is_an_error_at_its_paragraph(string paragraph)
    {
        var (_, diagnostics) = Load($"Before.\n\n{paragraph}\n");
        var error = Assert.Single(diagnostics, d => d.Code == "BB057");
        Assert.Equal(("two.md", 7, Severity.Error), (error.File, error.Line, error.Severity));
    }

    [Fact]
    public void Markup_nested_up_to_the_limit_is_kept()
    {
        var depth = InputLimits.InlineNesting;
        var paragraph = string.Concat(Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "*a " : "_b ")) + "x"
            + string.Concat(Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "*" : "_").Reverse());
        var (book, diagnostics) = Load(paragraph + "\n");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var p = Assert.IsType<ParagraphBlock>(Assert.Single(book!.Chapters[1].Sections[0].Blocks));
        Assert.Equal(depth, Depth(p.Inlines));
    }
}
