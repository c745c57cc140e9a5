using BookBuilder.Cli;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Model;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Model;

/// <summary>
/// The model's blocks and inlines are closed hierarchies that every stage handles case by case. A
/// node type added to the model without a case in a renderer must stop the build with an internal
/// error at the node's place, never vanish from an edition.
/// </summary>
public class UnknownNodeTests
{
    /// <summary>A block type the renderers have never heard of.</summary>
    private sealed record MarginNoteBlock(string Text) : Block;

    /// <summary>An inline type the renderers have never heard of.</summary>
    private sealed record WavyUnderlineInline(string Text) : Inline;

    /// <summary>
    /// The real edition writer, handed the loaded book with the first paragraph of
    /// <c>two.md</c> (line 3) replaced by <paramref name="replace"/>.
    /// </summary>
    private sealed class WithUnknownNode(IEditionWriter real, Func<ParagraphBlock, Block> replace) : IEditionWriter
    {
        public string Format => real.Format;
        public string Extension => real.Extension;

        // The plan walks every block too (numbering figures and tables): the spoiled chapter is put
        // into the plan's divisions, past the planner, so that the renderers meet the new node.
        public EditionReport? Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics) =>
            real.Write(plan with { Divisions = plan.Divisions.Select(d => d is ChapterDivision c ? c with { Chapter = Spoil(c.Chapter) } : d).ToList() }, output, options, diagnostics);

        public Chapter Spoil(Chapter c) => c.SourceFile != "two.md" ? c : c with
        {
            Blocks = c.Blocks.Select(b => b is ParagraphBlock p && p.Source.Line == 3 ? replace(p) : b).ToList(),
        };
    }

    private static IEditionWriter RealWriter(string format) => format == "pdf" ? new PdfEditionWriter() : new EpubEditionWriter();

    private static string[] Build(IEditionWriter writer, string outDir, string root)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new CommandLine(stdout, stderr, [writer]).Run(["build", root, "--out", outDir]);
        Assert.Equal(CommandLine.ManuscriptErrors, code);
        Assert.False(File.Exists(Path.Combine(outDir, $"a-test-book.{writer.Extension}")), "no edition may be written");
        return stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Theory]
    [InlineData("epub", "EPUB")]
    [InlineData("pdf", "PDF")]
    public void A_new_block_type_without_a_renderer_stops_the_edition_at_its_place(string format, string name)
    {
        using var m = new TempManuscript();
        var writer = new WithUnknownNode(RealWriter(format), p => new MarginNoteBlock("a note") { Source = p.Source });

        var err = Build(writer, Path.Combine(m.Root, "out"), m.Root);

        Assert.Equal($"two.md:3:1: error: internal error while building the {name} edition: the {name} edition has no case for the block MarginNoteBlock", err[0]);
    }

    [Theory]
    [InlineData("epub", "EPUB")]
    [InlineData("pdf", "PDF")]
    public void A_new_inline_type_without_a_renderer_stops_the_edition_at_its_paragraph(string format, string name)
    {
        using var m = new TempManuscript();
        var writer = new WithUnknownNode(RealWriter(format), p => p with { Inlines = [.. p.Inlines, new WavyUnderlineInline("wavy")] });

        var err = Build(writer, Path.Combine(m.Root, "out"), m.Root);

        Assert.Equal($"two.md:3:1: error: internal error while building the {name} edition: the {name} edition has no case for the inline WavyUnderlineInline", err[0]);
    }

    [Fact]
    public void The_plan_stops_at_a_new_block_type_with_its_place()
    {
        using var m = new TempManuscript();
        var book = LoadedBooks.Get(m.Root).Book;
        var spoil = new WithUnknownNode(RealWriter("epub"), p => new MarginNoteBlock("a note") { Source = p.Source });
        var spoiled = book with { Chapters = book.Chapters.Select(spoil.Spoil).ToList() };

        var e = Assert.Throws<InputLocationException>(() => BookPlanner.Plan(spoiled));

        Assert.Equal(new SourceSpan("two.md", 3, 1), e.Location);
        Assert.Equal("the book plan has no case for the block MarginNoteBlock", e.InnerException!.Message);
    }

    [Fact]
    public void Plain_text_of_an_unknown_inline_is_an_error_too()
    {
        var e = Assert.Throws<UnknownNodeException>(() => InlineText.Plain([new TextInline("a "), new WavyUnderlineInline("b")]));
        Assert.Equal("plain text has no case for the inline WavyUnderlineInline", e.Message);
    }
}
