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

    [PosixFact]
    public async Task Signal_while_writing_keeps_the_previous_edition_and_removes_the_temporary_file()
    {
        using var m = new TempManuscript(populate: false);
        // Large enough that typesetting takes a noticeable time.
        var chapters = Enumerable.Range(1, 120).Select(i => $"c{i:000}.md").ToList();
        m.Write("book.yml", "title: Long\nauthors: [A]\nlanguage: en\nidentifier: x-long\ndate: 2026-01-01\nchapters:\n" + string.Join("\n", chapters.Select(c => "  - " + c)) + "\n");
        var paragraph = string.Join(" ", Enumerable.Repeat("The relationship between the two countries has undergone profound shifts over the decades, with cooperation and rivalry alternating.", 8));
        foreach (var c in chapters)
        {
            var sb = new StringBuilder($"# Chapter {c}\n\n");
            for (var s = 0; s < 4; s++) sb.Append($"## Part {s}\n\n{paragraph}\n\n{paragraph}\n\n");
            m.Write(c, sb.ToString());
        }
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
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-c", script, "bash", typeof(CommandLine).Assembly.Location, m.Root, outDir }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync();
        var stderr = File.ReadAllText(Path.Combine(m.Root, "stderr.txt"));

        Assert.Contains("saw-temp", output);
        Assert.Contains("exit=143", output);
        Assert.Contains("interrupted", stderr);
        Assert.Equal("previous edition", File.ReadAllText(edition));
        Assert.Equal([edition], Directory.GetFiles(outDir));
    }
}
