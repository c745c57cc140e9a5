using System.Collections;
using BookBuilder.Cli;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript.Anchors;
using BookBuilder.Manuscript.Chapters;
using BookBuilder.Manuscript.Conversion;
using BookBuilder.Manuscript.Images;
using BookBuilder.Manuscript.Manifest;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;
using Markdig;
using Xunit.Abstractions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParagraphBlock = BookBuilder.Model.ParagraphBlock;
using QuoteBlock = BookBuilder.Model.QuoteBlock;
using ListBlock = BookBuilder.Model.ListBlock;
using ListItem = BookBuilder.Model.ListItem;
using Block = BookBuilder.Model.Block;
using CodeBlock = BookBuilder.Model.CodeBlock;
using Inline = BookBuilder.Model.Inline;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Tests.Cli;

/// <summary>
/// An unexpected failure inside a stage is reported at the place of the manuscript being
/// processed: <c>file:line:col: error: internal error while &lt;stage&gt;: &lt;message&gt;</c>.
/// The failures are real, caused by input a stage cannot handle: the renderers are handed a
/// paragraph whose text cannot be read (the model allows any list) or a code block without code
/// (which the model's annotations rule out), and the loader a Markdown tree with a link Markdig
/// would never produce.
/// </summary>
public class InternalErrorTests(ITestOutputHelper output)
{
    private const string Failure = "the text of this paragraph cannot be read";

    /// <summary>
    /// Chapter two with a paragraph inside a list item inside a quotation (line 12) and a code
    /// block (line 14).
    /// </summary>
    private const string ChapterTwo = """
        # Second Chapter

        Intro of chapter two; the Cold War again, and proxies.

        ## Later Days

        Text.

        > A quotation with a list:
        >
        > - first item
        > - second item, whose text the renderer cannot read

        ```text
        some code
        ```
        """;

    /// <summary>Inline content that throws when a renderer reads it.</summary>
    private sealed class UnreadableInlines : IReadOnlyList<Inline>
    {
        public Inline this[int index] => throw new InvalidDataException(Failure);
        public int Count => throw new InvalidDataException(Failure);
        public IEnumerator<Inline> GetEnumerator() => throw new InvalidDataException(Failure);
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// The real edition writer, handed the loaded book with the block at
    /// <paramref name="file"/>:<paramref name="line"/> spoiled: a paragraph's text made unreadable,
    /// a code block's code taken away.
    /// </summary>
    private sealed class SpoiledBlock(IEditionWriter real, string file, int line) : IEditionWriter
    {
        public string Format => real.Format;
        public string Extension => real.Extension;
        public int Replaced { get; private set; }

        // The spoiled chapter goes into the plan's divisions, past the planner (which reads every
        // inline too), so that the failure happens in the edition.
        public EditionReport? Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics) =>
            real.Write(plan with { Divisions = plan.Divisions.Select(d => d is ChapterDivision c ? c with { Chapter = Chapter(c.Chapter) } : d).ToList() }, output, options, diagnostics);

        private Chapter Chapter(Chapter c) => c with
        {
            Blocks = c.Blocks.Select(Rewrite).ToList(),
            Sections = c.Sections.Select(s => s with { Blocks = s.Blocks.Select(Rewrite).ToList() }).ToList(),
        };

        private Block Rewrite(Block block)
        {
            switch (block)
            {
                case ParagraphBlock p when p.Source.File == file && p.Source.Line == line:
                    Replaced++;
                    return p with { Inlines = new UnreadableInlines() };
                case CodeBlock c when c.Source.File == file && c.Source.Line == line:
                    Replaced++;
                    return c with { Code = null! };
                case QuoteBlock q:
                    return q with { Blocks = q.Blocks.Select(Rewrite).ToList() };
                case ListBlock l:
                    return l with { Items = l.Items.Select(i => new ListItem(i.Blocks.Select(Rewrite).ToList())).ToList() };
                default:
                    return block;
            }
        }
    }

    private static (int Code, string Out, string Err) Run(IEditionWriter writer, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new CommandLine(stdout, stderr, [writer]).Run(args);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static IEditionWriter RealWriter(string format) => format == "pdf" ? new PdfEditionWriter() : new EpubEditionWriter();

    private static readonly string NullMessage = new NullReferenceException().Message;

    [Theory]
    [InlineData("pdf", 3, "Intro of chapter two", "two.md:3:1", Failure)]
    [InlineData("epub", 3, "Intro of chapter two", "two.md:3:1", Failure)]
    [InlineData("pdf", 12, "> - second item", "two.md:12:5", Failure)]
    [InlineData("epub", 12, "> - second item", "two.md:12:5", Failure)]
    [InlineData("pdf", 14, "```text", "two.md:14:1", null)]
    [InlineData("epub", 14, "```text", "two.md:14:1", null)]
    public void A_failure_while_rendering_a_block_names_that_block(string format, int line, string lineStart, string expectedPlace, string? message)
    {
        using var m = new TempManuscript();
        m.Write("two.md", ChapterTwo);
        Assert.StartsWith(lineStart, File.ReadAllLines(Path.Combine(m.Root, "two.md"))[line - 1]);
        var writer = new SpoiledBlock(RealWriter(format), "two.md", line);
        var outDir = Path.Combine(m.Root, "out");

        var (code, _, err) = Run(writer, "build", m.Root, "--out", outDir);

        Assert.Equal(1, writer.Replaced);
        Assert.Equal(CommandLine.ManuscriptErrors, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"{expectedPlace}: error: internal error while building the {format.ToUpperInvariant()} edition: {message ?? NullMessage}", lines[0]);
        Assert.Equal("(run with --verbose for details)", lines[1]);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any(f => !f.EndsWith(".preflight.txt", StringComparison.Ordinal)),
            "a failed edition must leave nothing behind");
    }

    [Fact]
    public void Verbose_adds_the_stack_trace_of_the_original_failure()
    {
        using var m = new TempManuscript();
        var writer = new SpoiledBlock(new EpubEditionWriter(), "two.md", 3);

        var (code, _, err) = Run(writer, "build", m.Root, "--out", Path.Combine(m.Root, "out"), "--verbose");

        Assert.Equal(CommandLine.ManuscriptErrors, code);
        Assert.StartsWith($"two.md:3:1: error: internal error while building the EPUB edition: {Failure}", err);
        Assert.Contains("---> System.IO.InvalidDataException: " + Failure, err);
        Assert.Contains("at BookBuilder.Tests.Cli.InternalErrorTests.UnreadableInlines.GetEnumerator()", err);
        Assert.Contains("at BookBuilder.Epub.EpubWriter.Write", err);
        output.WriteLine(err);
        Assert.DoesNotContain("--verbose for details", err);
    }

    [Fact]
    public void A_failure_while_reading_a_block_names_the_innermost_block()
    {
        // Line 4 holds a list whose second item is a paragraph with an autolink; Markdig always
        // gives an autolink its URL, so a missing one is something the converter cannot handle.
        const string text = "# Title\n\n- first\n- mail <someone@example.com> now\n";
        var doc = Markdown.Parse(text, MarkdownPipelineFactory.Shared);
        doc.Descendants<AutolinkInline>().Single().Url = null!;
        using var m = new TempManuscript();
        var diagnostics = new DiagnosticBag();
        var chapter = new ParsedSource(DivisionFileKind.Chapter, doc, new BookBuilder.Model.SourceFile("chapters/one.md", text));
        var metadata = new BookMetadata
        {
            Title = "T", Creators = [new Contributor("A")], Language = "en", Identifier = "urn:uuid:0f5b3a3c-5d7e-4a8b-9c1d-2e3f4a5b6c7d",
            Date = new DateOnly(2026, 1, 15), Slug = "t",
        };
        var parsed = new ParsedManuscript(m.Root, new BookManifest(metadata, [], null, null, new BookBuilder.Model.SourceFile("book.yml", "")), [chapter], null, null);
        var anchors = new AnchorRegistry(diagnostics);
        var services = new ConversionServices(diagnostics, anchors, AnchorIndexer.Index(parsed, anchors, diagnostics), new ImageResolver(ManuscriptFolder.Open(m.Root)!, diagnostics));

        var e = Assert.Throws<InputLocationException>(() => ChapterBuilder.Build(chapter, services));

        Assert.Equal(new SourceSpan("chapters/one.md", 4, 3), e.Location);
        Assert.IsType<NullReferenceException>(e.InnerException);
        Assert.Equal($"chapters/one.md:4:3: error: internal error while reading the manuscript: {e.InnerException!.Message}",
            CommandLine.InternalError(e, "reading the manuscript", m.Root));
    }

    [Fact]
    public void The_innermost_place_wins_also_through_parallel_work()
    {
        var inner = new InputLocationException(new SourceSpan("two.md", 12, 5), new InvalidOperationException("boom"));
        var parallel = new AggregateException(inner);

        var e = Assert.Throws<AggregateException>(() => InputLocationException.At(InputLocationException.InFile("two.md"), () => Throw(parallel)));

        Assert.Same(parallel, e);
        Assert.Same(inner, InputLocationException.Find(e));
        Assert.Equal("two.md:12:5: error: internal error while building the PDF edition: boom", CommandLine.InternalError(e, "building the PDF edition", "/m"));
    }

    [Fact]
    public void Interruptions_and_unknown_places_are_not_wrapped()
    {
        var at = new SourceSpan("one.md", 3, 1);
        Assert.True(InputLocationException.ShouldWrap(new InvalidOperationException(), at));
        Assert.False(InputLocationException.ShouldWrap(new OperationCanceledException(), at));
        Assert.False(InputLocationException.ShouldWrap(new InvalidOperationException(), SourceSpan.None));
        Assert.False(InputLocationException.ShouldWrap(new InvalidOperationException(), default));
    }

    [Fact]
    public void A_failure_nowhere_in_particular_names_the_manuscript_folder()
    {
        var e = new AggregateException(new InvalidOperationException("no pages"));
        Assert.Equal("/books/m: error: internal error while building the PDF edition: no pages",
            CommandLine.InternalError(e, "building the PDF edition", "/books/m"));
    }

    private static int Throw(Exception e) => throw e;
}
