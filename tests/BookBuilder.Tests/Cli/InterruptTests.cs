using System.Diagnostics;
using System.Text;
using BookBuilder.Cli;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Cli;

/// <summary>
/// An interrupted build leaves the previous edition and no temporary file. The test sends SIGTERM:
/// a child of a non-interactive process starts with SIGINT ignored, so Ctrl+C cannot be
/// simulated here; both signals share one handler.
/// </summary>
public class InterruptTests
{

    /// <summary>A manuscript large enough that typesetting takes a noticeable time.</summary>
    private static TempManuscript LongManuscript()
    {
        var m = new TempManuscript(populate: false);
        var chapters = Enumerable.Range(1, 120).Select(i => $"c{i:000}.md").ToList();
        m.Write("book.yml", "title: Long\nauthors: [A]\nlanguage: en\nidentifier: x-long\ndate: 2026-01-01\nchapters:\n" + string.Join("\n", chapters.Select(c => "  - " + c)) + "\n");
        var paragraph = string.Join(" ", Enumerable.Repeat("The relationship between the two countries has undergone profound shifts over the decades, with cooperation and rivalry alternating.", 8));
        foreach (var c in chapters)
        {
            var sb = new StringBuilder($"# Chapter {c}\n\n");
            for (var s = 0; s < 4; s++) sb.Append($"## Part {s}\n\n{paragraph}\n\n{paragraph}\n\n");
            m.Write(c, sb.ToString());
        }
        return m;
    }

    /// <summary>Runs <paramref name="script"/> with bash: $1 the command's assembly, $2 the manuscript, $3 the output folder.</summary>
    private static async Task<string> Bash(string script, string manuscript, string outDir)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-c", script, "bash", typeof(CommandLine).Assembly.Location, manuscript, outDir }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(180));
        await process.WaitForExitAsync();
        return output;
    }

    [PosixFact]
    public async Task Signal_while_writing_keeps_the_previous_edition_and_removes_the_temporary_file()
    {
        using var m = LongManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Directory.CreateDirectory(outDir);
        var edition = Path.Combine(outDir, "long.pdf");
        File.WriteAllText(edition, "previous edition");

        // A shell starts the build, waits for its temporary file to appear, then signals it.
        const string script = """
            dotnet "$1" build "$2" --out "$3" --format pdf 2>"$3/../stderr.txt" >/dev/null & pid=$!
            for i in $(seq 1 6000); do
              if ls "$3"/.bookbuilder-* >/dev/null 2>&1; then echo saw-temp; break; fi
              sleep 0.01
            done
            kill -TERM "$pid"
            wait "$pid"; echo "exit=$?"
            """;
        var output = await Bash(script, m.Root, outDir);
        var stderr = File.ReadAllText(Path.Combine(m.Root, "stderr.txt"));

        Assert.Contains("saw-temp", output);
        Assert.Contains("exit=143", output);
        Assert.Contains("interrupted: no edition was changed", stderr);
        Assert.Equal("previous edition", File.ReadAllText(edition));
        Assert.Equal([edition], Directory.GetFiles(outDir));
    }

    [PosixFact]
    public async Task Signal_while_the_pdf_is_set_keeps_the_previous_pair_of_editions()
    {
        using var m = LongManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "long.epub"), "previous epub");
        File.WriteAllText(Path.Combine(outDir, "long.pdf"), "previous pdf");

        // The EPUB is complete before the PDF starts: the signal comes once the PDF is under way.
        const string script = """
            dotnet "$1" build "$2" --out "$3" 2>"$3/../stderr.txt" >"$3/../stdout.txt" & pid=$!
            for i in $(seq 1 6000); do
              if grep -q "Building PDF edition" "$3/../stdout.txt" 2>/dev/null; then echo saw-pdf; break; fi
              sleep 0.01
            done
            sleep 0.2
            kill -TERM "$pid"
            wait "$pid"; echo "exit=$?"
            """;
        var output = await Bash(script, m.Root, outDir);
        var stderr = File.ReadAllText(Path.Combine(m.Root, "stderr.txt"));

        Assert.Contains("saw-pdf", output);
        Assert.Contains("exit=143", output);
        Assert.Contains("interrupted: no edition was changed", stderr);
        Assert.Equal("previous epub", File.ReadAllText(Path.Combine(outDir, "long.epub")));
        Assert.Equal("previous pdf", File.ReadAllText(Path.Combine(outDir, "long.pdf")));
        Assert.Equal(2, Directory.GetFiles(outDir).Length);
    }

    [PosixFact]
    public async Task What_a_killed_build_leaves_is_removed_by_the_next_build()
    {
        using var m = LongManuscript();
        var outDir = Path.Combine(m.Root, "out");
        Directory.CreateDirectory(outDir);

        // SIGKILL cannot be handled: the killed build leaves its temporary file behind.
        const string script = """
            dotnet "$1" build "$2" --out "$3" --format pdf >/dev/null 2>&1 & pid=$!
            for i in $(seq 1 6000); do
              if ls "$3"/.bookbuilder-* >/dev/null 2>&1; then echo saw-temp; break; fi
              sleep 0.01
            done
            kill -KILL "$pid"
            wait "$pid"; echo "exit=$?"
            ls -A "$3"
            """;
        var output = await Bash(script, m.Root, outDir);
        Assert.Contains("saw-temp", output);
        Assert.Contains("exit=137", output);
        Assert.Contains(".bookbuilder-", output);

        var next = await ChildProcess.Run(ChildProcess.Cli("build", m.Root, "--out", outDir, "--format", "epub"));
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Equal(["long.epub"], Directory.GetFiles(outDir).Select(Path.GetFileName));
    }
}
