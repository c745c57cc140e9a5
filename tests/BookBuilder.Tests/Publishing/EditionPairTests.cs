using BookBuilder.Cli;
using BookBuilder.Diagnostics;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Publishing;

/// <summary>
/// The editions of one build are replaced together or not at all: whatever goes wrong after the
/// first edition is complete (the second fails, reports an error, or cannot be moved into place),
/// the output folder keeps the previous pair, and holds no temporary file.
/// </summary>
public class EditionPairTests
{
    /// <summary>Writes "&lt;format&gt; of build &lt;n&gt;", or fails as told.</summary>
    private sealed class Writer(string format, string build, bool throws = false, bool reportsError = false) : IEditionWriter
    {
        public string Format => format;
        public string Extension => format;

        public EditionReport? Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics)
        {
            output.Write(System.Text.Encoding.UTF8.GetBytes($"{format} of {build}"));
            if (throws) throw new InvalidOperationException("the writer broke");
            if (reportsError) diagnostics.Add(new Diagnostic(Severity.Error, "one.md", 3, 1, "a glyph no font has"));
            return null;
        }
    }

    private static (int Code, string Out, string Err) Build(string manuscript, string outDir, params IEditionWriter[] writers)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new CommandLine(stdout, stderr, writers).Run(["build", manuscript, "--out", outDir]);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Files(string dir) => Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static (string Epub, string Pdf) Pair(string dir) =>
        (File.ReadAllText(Path.Combine(dir, "a-test-book.epub")), File.ReadAllText(Path.Combine(dir, "a-test-book.pdf")));

    private static string FirstBuild(TempManuscript m)
    {
        var outDir = Path.Combine(m.Root, "out");
        Assert.Equal(0, Build(m.Root, outDir, new Writer("epub", "build 1"), new Writer("pdf", "build 1")).Code);
        Assert.Equal(("epub of build 1", "pdf of build 1"), Pair(outDir));
        return outDir;
    }

    [Fact]
    public void Both_editions_of_a_good_build_replace_the_previous_pair()
    {
        using var m = new TempManuscript();
        var outDir = FirstBuild(m);
        Assert.Equal(0, Build(m.Root, outDir, new Writer("epub", "build 2"), new Writer("pdf", "build 2")).Code);
        Assert.Equal(("epub of build 2", "pdf of build 2"), Pair(outDir));
        Assert.Equal(["a-test-book.epub", "a-test-book.pdf"], Files(outDir));
    }

    [Fact]
    public void A_failure_in_the_second_edition_keeps_the_first_edition_of_the_previous_pair()
    {
        using var m = new TempManuscript();
        var outDir = FirstBuild(m);
        var (code, _, err) = Build(m.Root, outDir, new Writer("epub", "build 2"), new Writer("pdf", "build 2", throws: true));
        Assert.Equal(1, code);
        Assert.Contains("internal error while building the PDF edition", err, StringComparison.Ordinal);
        Assert.Equal(("epub of build 1", "pdf of build 1"), Pair(outDir));
        Assert.Equal(["a-test-book.epub", "a-test-book.pdf"], Files(outDir));
    }

    [Fact]
    public void An_error_reported_by_the_second_edition_publishes_neither()
    {
        using var m = new TempManuscript();
        var outDir = FirstBuild(m);
        var (code, _, err) = Build(m.Root, outDir, new Writer("epub", "build 2"), new Writer("pdf", "build 2", reportsError: true));
        Assert.Equal(1, code);
        Assert.Contains("one.md:3:1: error: a glyph no font has", err, StringComparison.Ordinal);
        Assert.Contains("the previous editions are unchanged", err, StringComparison.Ordinal);
        Assert.Equal(("epub of build 1", "pdf of build 1"), Pair(outDir));
    }

    [PosixFact]
    public void When_the_second_edition_cannot_be_moved_into_place_the_first_is_put_back()
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "a-test-book.epub"), "epub of build 1");
        // A folder where the PDF should go: renaming a file over it fails after the EPUB was moved.
        Directory.CreateDirectory(Path.Combine(outDir, "a-test-book.pdf", "in-the-way"));

        var (code, _, err) = Build(m.Root, outDir, new Writer("epub", "build 2"), new Writer("pdf", "build 2"));

        Assert.Equal(1, code);
        Assert.Contains($"{outDir}: error: cannot write the editions here", err, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", err, StringComparison.Ordinal);
        Assert.Equal("epub of build 1", File.ReadAllText(Path.Combine(outDir, "a-test-book.epub")));
        Assert.Equal(["a-test-book.epub"], Files(outDir));
    }

    [Fact]
    public void A_build_of_one_format_replaces_only_that_edition()
    {
        using var m = new TempManuscript();
        var outDir = FirstBuild(m);
        var stdout = new StringWriter();
        var code = new CommandLine(stdout, new StringWriter(), [new Writer("epub", "build 2"), new Writer("pdf", "build 2")])
            .Run(["build", m.Root, "--out", outDir, "--format", "pdf"]);
        Assert.Equal(0, code);
        Assert.Equal(("epub of build 1", "pdf of build 2"), Pair(outDir));
    }
}
