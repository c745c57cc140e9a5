using BookBuilder.Cli;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Publishing;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Cli;

public class CommandLineTests
{
    /// <summary>A writer that writes a marker, or writes half and then fails, as told.</summary>
    private sealed class FakeWriter(string format, Func<Book, string>? content = null, bool throws = false, bool reportsError = false) : IEditionWriter
    {
        public string Format => format;
        public string Extension => format;

        public EditionReport? Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics)
        {
            var book = plan.Book;
            var bytes = System.Text.Encoding.UTF8.GetBytes(content?.Invoke(book) ?? $"{format} of {book.Metadata.Title} at {options.Timestamp:O}");
            output.Write(bytes, 0, bytes.Length / 2);
            if (throws) throw new IOException("disk full");
            if (reportsError) diagnostics.Add(new Diagnostic(Severity.Error, book.Chapters[0].SourceFile, 3, 1, "a glyph no font has"));
            output.Write(bytes, bytes.Length / 2, bytes.Length - bytes.Length / 2);
            return null;
        }
    }

    private static (int Code, string Out, string Err) Run(IReadOnlyList<IEditionWriter> writers, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new CommandLine(stdout, stderr, writers).Run(args);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static readonly IEditionWriter[] Writers = [new FakeWriter("epub"), new FakeWriter("pdf")];

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate x")]
    [InlineData("build")]
    [InlineData("build dir")]
    [InlineData("build dir --out o --format docx")]
    [InlineData("build dir --out o --page-size b5")]
    [InlineData("build dir --out o --trim b5")]
    [InlineData("build dir --out o --bleed 2in")]
    [InlineData("build dir --out o --bleed wide")]
    [InlineData("build dir --out o --bleed -1mm")]
    [InlineData("check dir --bogus")]
    [InlineData("build dir --out o --edition teacher")]
    [InlineData("build dir --out o --edition")]
    public void Bad_usage_exits_2(string commandLine)
    {
        var (code, _, err) = Run(Writers, commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("bookbuilder:", err);
    }

    [Fact]
    public void Help_exits_0_and_describes_the_commands()
    {
        var (code, output, _) = Run(Writers, "--help");
        Assert.Equal(0, code);
        Assert.Contains("build <manuscript-dir> --out <dir>", output);
        Assert.Contains("--format epub|pdf|all", output);
    }

    [Fact]
    public void Check_of_a_good_manuscript_exits_0_and_writes_nothing()
    {
        using var m = new TempManuscript();
        var before = Directory.GetFileSystemEntries(m.Root).Length;
        var (code, _, err) = Run(Writers, "check", m.Root);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Equal(before, Directory.GetFileSystemEntries(m.Root).Length);
    }

    [Fact]
    public void Check_of_a_bad_manuscript_exits_1_and_prints_file_line_col_diagnostics()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\nSee [x](#missing).\n");
        var (code, _, err) = Run(Writers, "check", m.Root);
        Assert.Equal(1, code);
        Assert.Contains("one.md:11:18: error: broken link: no anchor 'later-days'", err);
        Assert.Contains("two.md:3:5: error: broken link: no anchor 'missing'", err);
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failure()
    {
        using var m = new TempManuscript();
        m.Write("glossary.md", TempManuscript.Glossary + "\n\nAstrolabe\n:   An old instrument.\n");
        Assert.Equal(0, Run(Writers, "check", m.Root).Code);
        var (code, _, err) = Run(Writers, "check", m.Root, "--strict");
        Assert.Equal(1, code);
        Assert.Contains("--strict", err);
    }

    [Fact]
    public void Build_writes_each_format_named_by_the_slug()
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        var (code, output, _) = Run(Writers, "build", m.Root, "--out", outDir);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(outDir, "a-test-book.epub")));
        Assert.True(File.Exists(Path.Combine(outDir, "a-test-book.pdf")));
        Assert.Contains("wrote", output);

        var (code2, _, _) = Run(Writers, "build", m.Root, "--out", Path.Combine(m.Root, "out2"), "--format", "pdf");
        Assert.Equal(0, code2);
        Assert.Equal(["a-test-book.pdf"], Directory.GetFiles(Path.Combine(m.Root, "out2")).Select(Path.GetFileName));
    }

    [Fact]
    public void The_student_edition_is_written_beside_the_instructor_s_when_book_yml_or_the_option_asks()
    {
        static string Solutions(Book book) =>
            book.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))).OfType<ExerciseBlock>().Count(e => e.Solution is not null) + " solutions";
        IEditionWriter[] writers = [new FakeWriter("epub", Solutions), new FakeWriter("pdf", Solutions)];
        using var m = new TempManuscript();
        m.Write("one.md", TempManuscript.ChapterOne.Replace("[^a]:", "::: exercise\nA question.\n:::\n\n::: solution\nAn answer.\n:::\n\n[^a]:", StringComparison.Ordinal));
        string[] Built(string dir) => Directory.GetFiles(dir).Select(f => $"{Path.GetFileName(f)}: {File.ReadAllText(f)}").Order(StringComparer.Ordinal).ToArray();

        // Without a word of it, the instructor's edition alone, as before.
        Assert.Equal(0, Run(writers, "build", m.Root, "--out", Path.Combine(m.Root, "default")).Code);
        Assert.Equal(["a-test-book.epub: 1 solutions", "a-test-book.pdf: 1 solutions"], Built(Path.Combine(m.Root, "default")));

        Assert.Equal(0, Run(writers, "build", m.Root, "--out", Path.Combine(m.Root, "all"), "--edition", "all").Code);
        string[] both = ["a-test-book.epub: 1 solutions", "a-test-book.pdf: 1 solutions", "a-test-book.student.epub: 0 solutions", "a-test-book.student.pdf: 0 solutions"];
        Assert.Equal(both, Built(Path.Combine(m.Root, "all")));

        Assert.Equal(0, Run(writers, "build", m.Root, "--out", Path.Combine(m.Root, "student"), "--edition", "student", "--format", "epub").Code);
        Assert.Equal(["a-test-book.student.epub: 0 solutions"], Built(Path.Combine(m.Root, "student")));

        m.Write("book.yml", TempManuscript.MinimalYaml + "\neditions: [instructor, student]\n");
        Assert.Equal(0, Run(writers, "build", m.Root, "--out", Path.Combine(m.Root, "yml")).Code);
        Assert.Equal(both, Built(Path.Combine(m.Root, "yml")));
    }

    [Fact]
    public void Build_of_a_bad_manuscript_exits_1_and_leaves_previous_editions_untouched()
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Assert.Equal(0, Run(Writers, "build", m.Root, "--out", outDir).Code);
        var epub = Path.Combine(outDir, "a-test-book.epub");
        var before = File.ReadAllBytes(epub);

        m.Write("two.md", "# Second Chapter\n\n<script>x</script>\n");
        var (code, _, err) = Run(Writers, "build", m.Root, "--out", outDir);
        Assert.Equal(1, code);
        Assert.Contains("no edition was written", err);
        Assert.Equal(before, File.ReadAllBytes(epub));
        Assert.Equal(2, Directory.GetFiles(outDir).Length);
    }

    [Fact]
    public void A_writer_that_fails_midway_leaves_no_partial_file_and_no_temp_file()
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "a-test-book.pdf"), "previous good edition");

        var (code, _, err) = Run([new FakeWriter("pdf", throws: true)], "build", m.Root, "--out", outDir);
        Assert.Equal(1, code);
        // Nothing of the manuscript was being processed: the failure names the manuscript folder.
        Assert.StartsWith($"{m.Root}: error: internal error while building the PDF edition: disk full", err);
        Assert.Equal("previous good edition", File.ReadAllText(Path.Combine(outDir, "a-test-book.pdf")));
        Assert.Single(Directory.GetFiles(outDir));
    }

    [Fact]
    public void A_writer_that_reports_an_error_publishes_no_edition_of_the_build()
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        var (code, _, err) = Run([new FakeWriter("pdf", reportsError: true), new FakeWriter("epub")], "build", m.Root, "--out", outDir);
        Assert.Equal(1, code);
        Assert.Contains("one.md:3:1: error: a glyph no font has", err);
        Assert.Empty(Directory.GetFiles(outDir));
    }
}
