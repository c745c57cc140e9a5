using BookBuilder.Cli;
using BookBuilder.Diagnostics;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Publishing;

/// <summary>
/// What a killed build leaves in the output folder is cleared by the next build: its temporary
/// files, and half-done moves, which are undone. Only the builder's own files are touched, and
/// only those of processes that are gone.
/// </summary>
public class LeftoverFilesTests
{
    private sealed class Writer(string format, bool reportsError = false) : IEditionWriter
    {
        public string Format => format;
        public string Extension => format;

        public EditionReport? Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics)
        {
            output.Write(System.Text.Encoding.UTF8.GetBytes($"new {format}"));
            if (reportsError) diagnostics.Add(new Diagnostic(Severity.Error, "one.md", 1, 1, "stop"));
            return null;
        }
    }

    /// <summary>A process id no process has: above Linux's largest.</summary>
    private const int Gone = 99_999_999;

    private static string Name(int pid, string extension = "tmp") => $".bookbuilder-{pid}-{Guid.NewGuid():N}.{extension}";

    private static int Build(string manuscript, string outDir, bool reportsError = false) =>
        new CommandLine(new StringWriter(), new StringWriter(), [new Writer("epub"), new Writer("pdf", reportsError)]).Run(["build", manuscript, "--out", outDir]);

    [Fact]
    public void Temporary_files_of_builds_that_are_gone_are_removed_and_nothing_else()
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Directory.CreateDirectory(outDir);
        string Put(string name) { File.WriteAllText(Path.Combine(outDir, name), ""); return name; }
        var stale = new[]
        {
            Put(Name(Gone)),
            // The name earlier builds gave: the edition's, then process id and random part.
            Put($".bookbuilder-a-test-book.epub.{Gone}.{Guid.NewGuid():N}.tmp"),
        };
        var kept = new[]
        {
            Put(Name(1)),                              // a process that is running (init): maybe a build under way
            Put(".bookbuilder-notes.txt"),             // not a name the builder gives
            Put("a-test-book.tmp"),
        };
        var old = Path.Combine(outDir, Name(1));
        File.WriteAllText(old, "");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-2)); // a day old: its process id is not trusted

        Assert.Equal(0, Build(m.Root, outDir));

        var files = Directory.GetFiles(outDir).Select(Path.GetFileName).ToArray();
        Assert.All(stale, s => Assert.DoesNotContain(s, files));
        Assert.DoesNotContain(Path.GetFileName(old), files);
        Assert.All(kept, k => Assert.Contains(k, files));
        Assert.Contains("a-test-book.epub", files);
    }

    [Fact]
    public void Moves_a_killed_build_left_half_done_are_undone()
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Directory.CreateDirectory(outDir);
        // The killed build had moved its new EPUB into place (the previous one copied aside) and
        // its PDF, which was new, too; the journal says so.
        var backup = Name(Gone);
        File.WriteAllText(Path.Combine(outDir, backup), "previous epub");
        File.WriteAllText(Path.Combine(outDir, "a-test-book.epub"), "killed build's epub");
        File.WriteAllText(Path.Combine(outDir, "a-test-book.pdf"), "killed build's pdf");
        File.WriteAllText(Path.Combine(outDir, Name(Gone, "swap")), $"a-test-book.epub\t{backup}\na-test-book.pdf\t\n");

        // This build fails after clearing the folder, so the folder shows what clearing did.
        Assert.Equal(1, Build(m.Root, outDir, reportsError: true));

        Assert.Equal(["a-test-book.epub"], Directory.GetFiles(outDir).Select(Path.GetFileName));
        Assert.Equal("previous epub", File.ReadAllText(Path.Combine(outDir, "a-test-book.epub")));
    }

    [Fact]
    public void A_journal_never_names_a_file_outside_the_folder()
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Directory.CreateDirectory(outDir);
        var victim = m.Write("victim.txt", "keep me");
        File.WriteAllText(Path.Combine(outDir, Name(Gone, "swap")), $"../victim.txt\t\n{victim}\t\n");
        Assert.Equal(0, Build(m.Root, outDir));
        Assert.Equal("keep me", File.ReadAllText(victim));
    }
}
