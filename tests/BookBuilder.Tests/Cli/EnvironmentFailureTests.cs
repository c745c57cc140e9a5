using BookBuilder.Cli;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Cli;

/// <summary>
/// Ordinary failures of the machine a build runs on (an output path that is a file, a read-only or
/// full disk, a missing asset folder, a malformed SOURCE_DATE_EPOCH, a file name too long) are
/// clear errors that say what is wrong and where, never "internal error", and change no edition.
/// </summary>
public class EnvironmentFailureTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new CommandLine(stdout, stderr, EditionWriters.Create()).Run(args);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void NoInternalError(string stderr)
    {
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--verbose", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_an_error_that_says_so()
    {
        using var m = new TempManuscript();
        var file = m.Write("out.txt", "not a folder");
        var (code, _, err) = Run("build", m.Root, "--out", file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}: error: cannot write the editions here", err, StringComparison.Ordinal);
        NoInternalError(err);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void A_missing_asset_folder_is_an_error_that_names_it()
    {
        using var m = new TempManuscript();
        var missing = Path.Combine(m.Root, "no-such-assets");
        var (code, _, err) = Run("build", m.Root, "--out", Path.Combine(m.Root, "out"), "--assets", missing);
        Assert.Equal(1, code);
        Assert.Contains($"--assets: error: --assets names '{missing}', which is not a folder", err, StringComparison.Ordinal);
        NoInternalError(err);
        Assert.False(Directory.Exists(Path.Combine(m.Root, "out")));
    }

    [Fact]
    public async Task A_missing_folder_in_BOOKBUILDER_ASSETS_is_an_error_not_ignored()
    {
        using var m = new TempManuscript();
        var missing = Path.Combine(m.Root, "no-such-assets");
        var result = await ChildProcess.Run(ChildProcess.Cli("build", m.Root, "--out", Path.Combine(m.Root, "out")),
            environment: new Dictionary<string, string?> { ["BOOKBUILDER_ASSETS"] = missing });
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"BOOKBUILDER_ASSETS: error: BOOKBUILDER_ASSETS names '{missing}', which is not a folder", result.Stderr, StringComparison.Ordinal);
        NoInternalError(result.Stderr);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("1.7e9")]
    public async Task A_malformed_SOURCE_DATE_EPOCH_is_an_error_not_ignored(string value)
    {
        using var m = new TempManuscript();
        var outDir = Path.Combine(m.Root, "out");
        var result = await ChildProcess.Run(ChildProcess.Cli("build", m.Root, "--out", outDir),
            environment: new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = value });
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"SOURCE_DATE_EPOCH: error: SOURCE_DATE_EPOCH='{value}' is not a whole number of seconds", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_long_title_gives_a_file_name_that_fits()
    {
        using var m = new TempManuscript();
        var title = string.Join(' ', Enumerable.Repeat("Remarkably", 40));
        m.Write("book.yml", TempManuscript.MinimalYaml.Replace("title: \"A Test Book\"", $"title: \"{title}\""));
        var outDir = Path.Combine(m.Root, "out");
        var (code, _, err) = Run("build", m.Root, "--out", outDir, "--format", "epub");
        Assert.True(code == 0, err);
        var name = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(outDir)));
        Assert.True(name.Length <= 100 && name.StartsWith("remarkably-remarkably", StringComparison.Ordinal) && !name.EndsWith('-'), name);
    }

    [Fact]
    public void A_slug_too_long_for_a_file_name_is_an_error_in_book_yml()
    {
        using var m = new TempManuscript();
        m.Write("book.yml", TempManuscript.MinimalYaml + $"\nslug: {string.Join('-', Enumerable.Repeat("long", 60))}\n");
        var (code, _, err) = Run("build", m.Root, "--out", Path.Combine(m.Root, "out"));
        Assert.Equal(1, code);
        Assert.Contains("book.yml:15:7: error: slug is 299 characters long", err, StringComparison.Ordinal);
        NoInternalError(err);
    }

    /// <summary>
    /// Runs <paramref name="script"/> in a mount namespace of its own, where it can mount a small
    /// or read-only file system; null where the machine allows no such namespace.
    /// </summary>
    private static async Task<ChildResult?> InMountNamespace(string script, params string[] args)
    {
        var probe = await ChildProcess.Run(["unshare", "-rm", "true"]).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null);
        if (probe is not { ExitCode: 0 }) return null;
        return await ChildProcess.Run(["unshare", "-rm", "sh", "-c", script, "sh", ChildProcess.CliAssembly, .. args]);
    }

    [LinuxFact]
    public async Task A_full_disk_is_an_error_that_says_so_and_keeps_the_previous_pair()
    {
        using var m = new TempManuscript();
        var mount = Directory.CreateTempSubdirectory("bb-full-").FullName;
        try
        {
            // 48 KB: room for the previous editions, not for new ones (the EPUB alone is larger).
            const string script = """
                mount -t tmpfs -o size=48k tmpfs "$3" || exit 97
                printf 'previous epub' > "$3/a-test-book.epub"; printf 'previous pdf' > "$3/a-test-book.pdf"
                dotnet "$1" build "$2" --out "$3"; echo "exit=$?"
                echo "epub=$(cat "$3/a-test-book.epub") pdf=$(cat "$3/a-test-book.pdf")"; ls -A "$3"
                """;
            var result = await InMountNamespace(script, m.Root, mount);
            if (result is null) return; // no user namespaces here: nothing to mount a small disk on
            Assert.Contains("exit=1", result.Stdout);
            Assert.Contains($"{mount}: error: cannot write the editions here: No space left on device", result.Stderr);
            NoInternalError(result.Stderr);
            Assert.Contains("epub=previous epub pdf=previous pdf", result.Stdout);
            Assert.DoesNotContain(".bookbuilder-", result.Stdout);
        }
        finally { Directory.Delete(mount, recursive: true); }
    }

    [LinuxFact]
    public async Task A_read_only_disk_is_an_error_that_says_so()
    {
        using var m = new TempManuscript();
        var mount = Directory.CreateTempSubdirectory("bb-ro-").FullName;
        try
        {
            const string script = """
                mount -t tmpfs -o ro tmpfs "$3" || exit 97
                dotnet "$1" build "$2" --out "$3/editions"; echo "exit=$?"
                """;
            var result = await InMountNamespace(script, m.Root, mount);
            if (result is null) return;
            Assert.Contains("exit=1", result.Stdout);
            Assert.Contains($"{mount}/editions: error: cannot write the editions here", result.Stderr);
            Assert.Contains("Read-only file system", result.Stderr);
            NoInternalError(result.Stderr);
        }
        finally { Directory.Delete(mount, recursive: true); }
    }
}
