using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// No text of the manuscript is lost or changed without a word: what the builder cannot use is
/// either kept as text or reported at its place.
/// </summary>
public class TextLossTests
{
    private static (Book? Book, IReadOnlyList<Diagnostic> Diagnostics) Load(string chapterTwoBody)
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n" + chapterTwoBody);
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d), d.Sorted());
    }

    private static IReadOnlyList<Block> Blocks(Book? book) => book!.Chapters[1].Sections[0].Blocks;

    private static string AllText(Book book) => string.Join("\n", Blocks(book).Select(b => b switch
    {
        HeadingBlock h => InlineText.Plain(h.Inlines),
        CodeBlock c => c.Code,
        _ => string.Concat(ManuscriptLoaderTests.BlockInlines(b).OfType<TextInline>().Select(t => t.Text)),
    }));

    [Theory]
    [InlineData("See [2][3] for more.")]
    [InlineData("The cell a[i][j] holds it.")]
    [InlineData("A [bracketed] aside and [another one][].")]
    [InlineData("An ![unresolved][picture] reference.")]
    [InlineData("Nested [outer [inner] text] brackets.")]
    public void Brackets_that_make_no_link_stay_as_written(string paragraph)
    {
        var (book, diagnostics) = Load(paragraph + "\n");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var p = Assert.IsType<ParagraphBlock>(Assert.Single(Blocks(book)));
        Assert.Equal(paragraph, InlineText.Plain(p.Inlines));
    }

    [Theory]
    [InlineData("<div>Some *text* in a div\nwith two lines</div>\n", "Some *text* in a div with two lines")]
    [InlineData("<table><tr><td>cell one</td><td>cell two</td></tr><tr><td>three</td><td>four &amp; five</td></tr></table>\n", "cell one cell two | three four & five")]
    [InlineData("<div>\n<p>First paragraph.</p>\n<p>Second <em>one</em>.</p>\n</div>\n", "First paragraph. | Second one.")]
    public void Raw_html_blocks_lose_their_tags_and_keep_their_text(string html, string expected)
    {
        var (book, diagnostics) = Load(html);
        var warning = Assert.Single(diagnostics, d => d.Code == "BB061");
        Assert.Equal(("two.md", 5), (warning.File, warning.Line));
        var p = Assert.IsType<ParagraphBlock>(Assert.Single(Blocks(book)));
        var lines = string.Join(" | ", string.Concat(p.Inlines.Select(i => i is LineBreakInline ? "\n" : InlineText.Plain([i]))).Split('\n'));
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void A_raw_pre_block_keeps_its_text_as_code()
    {
        var (book, diagnostics) = Load("<pre>\nfirst  line\n  second &lt;line&gt;\n</pre>\n");
        Assert.Single(diagnostics, d => d.Code == "BB061");
        var code = Assert.IsType<CodeBlock>(Assert.Single(Blocks(book)));
        Assert.Equal("first  line\n  second <line>\n", code.Code);
    }

    [Fact]
    public void A_footnote_defined_twice_is_an_error_at_the_second_definition()
    {
        var (_, diagnostics) = Load("A claim.[^n]\n\n[^n]: The first note.\n[^n]: A second note that would vanish.\n");
        var error = Assert.Single(diagnostics, d => d.Code == "BB058");
        Assert.Equal(("two.md", 8, Severity.Error), (error.File, error.Line, error.Severity));
        Assert.Contains("two.md:7", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("### Head\0ing\n", 5)]
    [InlineData("- item\0 one\n- item two\n", 5)]
    [InlineData("| a | b |\n|---|---|\n| c\0 | d |\n", 7)]
    [InlineData("```\ncode\0\n```\n", 6)]
    [InlineData("Text with a bell\u0007 and\u001B escape.\n", 5)]
    public void Control_characters_anywhere_are_removed_with_a_warning_at_their_line(string body, int line)
    {
        var (book, diagnostics) = Load(body);
        var warning = Assert.Single(diagnostics, d => d.Code == "BB055");
        Assert.Equal(("two.md", line, Severity.Warning), (warning.File, warning.Line, warning.Severity));
        var text = AllText(book!);
        Assert.DoesNotContain('\uFFFD', text);
        Assert.DoesNotContain('\0', text);
        Assert.DoesNotContain('\u0007', text);
    }

    [Fact]
    public void Front_matter_in_the_faq_is_reported_not_dropped_silently()
    {
        using var m = new TempManuscript();
        m.Write("faq.md", "---\nauthor: Someone Else\n---\n" + TempManuscript.Faq);
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        var warning = Assert.Single(d.Items, x => x.Code == "BB056");
        Assert.Equal(("faq.md", 1, Severity.Warning), (warning.File, warning.Line, warning.Severity));
        Assert.NotNull(book!.Faq);
    }

    [Theory]
    [InlineData("## Later Days {#Bad Id}", "Bad Id")]
    [InlineData("## Later Days {#later days here}", "later days here")]
    public void An_explicit_id_with_a_space_is_invalid(string heading, string id)
    {
        using var m = new TempManuscript();
        m.Write("two.md", $"# Second Chapter\n\n{heading}\n\nText.\n");
        m.Write("one.md", TempManuscript.ChapterOne.Replace("two.md#later-days", "two.md"));
        var d = new DiagnosticBag();
        ManuscriptLoader.Load(m.Root, d);
        var error = Assert.Single(d.Items, x => x.Code == "BB020");
        Assert.Equal(("two.md", 3), (error.File, error.Line));
        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
    }
}
