using System.Diagnostics;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace BookBuilder.Tests.Support;

/// <summary>
/// Runs the external validators (epubcheck) on files the tests produce. A validator that is not
/// installed skips the check with a "SKIPPED: ..." line in the test output, except on CI on Linux
/// (environment variable <c>CI</c> is "true"), where the CI installs every validator: there a
/// missing validator fails the test, so that a broken installation cannot pass silently. (CI on
/// macOS and Windows installs those the system has, and skips the others with the note.)
/// </summary>
public static class Validators
{
    /// <summary>
    /// The EPUBCheck jar: <c>EPUBCHECK_JAR</c>, else EPUBCheck 5 as Cake fetches it from the npm
    /// registry (<c>.cache/tools</c>, see <c>.ci/tools.lock</c>), else Debian's epubcheck package.
    /// The last candidate when none exists.
    /// </summary>
    public static string EpubcheckJar { get; } = FindEpubcheck();

    private static string FindEpubcheck()
    {
        string?[] candidates =
        [
            Environment.GetEnvironmentVariable("EPUBCHECK_JAR"),
            Path.Combine(RepoPaths.Root, ".cache", "tools", "epubcheck-5.1.0", "epubcheck.jar"),
            "/usr/share/java/epubcheck.jar",
        ];
        var paths = candidates.Where(c => !string.IsNullOrEmpty(c)).Cast<string>().ToList();
        return paths.FirstOrDefault(File.Exists) ?? paths[^1];
    }

    /// <summary>Whether a missing validator fails the test: on CI, on Linux.</summary>
    private static bool Required => IsCi(Environment.GetEnvironmentVariable("CI")) && OperatingSystem.IsLinux();

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Asserts that epubcheck, run with <c>--failonwarnings</c>, exits with 0 and reports neither
    /// errors nor warnings. Returns without asserting (after writing "SKIPPED") when epubcheck is
    /// missing outside CI.
    /// </summary>
    public static Task AssertEpubcheckPasses(string epubPath, ITestOutputHelper output) =>
        AssertEpubcheckPasses(epubPath, output, new ValidatorEnvironment(EpubcheckJar, FindOnPath("java"), Required));

    /// <summary>The same check against an explicit environment, so the skip rule itself can be tested.</summary>
    internal static async Task AssertEpubcheckPasses(string epubPath, ITestOutputHelper output, ValidatorEnvironment env)
    {
        if (env.Java is null || !File.Exists(env.Java) || !File.Exists(env.EpubcheckJar))
        {
            Missing($"epubcheck needs java on PATH and {env.EpubcheckJar}", epubPath, output, env.IsCi);
            return;
        }

        var (exitCode, text) = await Run(env.Java, ["-jar", env.EpubcheckJar, "--failonwarnings", epubPath]);
        output.WriteLine(text);
        Assert.True(exitCode == 0, $"epubcheck reported problems in {Path.GetFileName(epubPath)} (exit code {exitCode}):\n{text}");
        Assert.Contains("No errors or warnings detected", text);
    }

    /// <summary>
    /// The text poppler's <c>pdftotext</c> extracts from <paramref name="pdfPath"/> (reading order,
    /// UTF-8), or null (after writing "SKIPPED") when pdftotext is not installed outside CI.
    /// </summary>
    public static async Task<string?> PdfToText(string pdfPath, ITestOutputHelper output, params string[] options)
    {
        var pdftotext = FindOnPath("pdftotext");
        if (pdftotext is null)
        {
            Missing("pdftotext (poppler-utils) is not on PATH", pdfPath, output, Required);
            return null;
        }
        var (exitCode, text) = await Run(pdftotext, [.. options, "-enc", "UTF-8", pdfPath, "-"]);
        Assert.True(exitCode == 0, $"pdftotext failed on {Path.GetFileName(pdfPath)} (exit code {exitCode}):\n{text}");
        return text;
    }

    /// <summary>
    /// What poppler's <c>pdfinfo -struct-text</c> prints for <paramref name="pdfPath"/>: the
    /// structure tree with each element's text, or null when pdfinfo is not installed outside CI.
    /// </summary>
    public static Task<string?> PdfStructText(string pdfPath, ITestOutputHelper output) =>
        Tool("pdfinfo", "pdfinfo (poppler-utils)", ["-struct-text", pdfPath], pdfPath, output);

    /// <summary>
    /// The text MuPDF's <c>mutool draw -F txt</c> extracts from <paramref name="pdfPath"/>, or null
    /// when mutool is not installed outside CI (CI installs mupdf-tools).
    /// </summary>
    public static Task<string?> MutoolText(string pdfPath, ITestOutputHelper output) =>
        Tool("mutool", "mutool (mupdf-tools)", ["draw", "-q", "-F", "txt", "-o", "-", pdfPath], pdfPath, output);

    private static async Task<string?> Tool(string name, string package, string[] arguments, string pdfPath, ITestOutputHelper output)
    {
        var program = FindOnPath(name);
        if (program is null)
        {
            Missing($"{package} is not on PATH", pdfPath, output, Required);
            return null;
        }
        var result = await ChildProcess.Run([program, .. arguments], timeout: Timeout);
        Assert.True(result.ExitCode == 0, $"{name} failed on {Path.GetFileName(pdfPath)} (exit code {result.ExitCode}):\n{result.Stderr}");
        return result.Stdout;
    }

    /// <summary>Whether the value of the CI variable means "running on CI".</summary>
    public static bool IsCi(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of an executable on PATH (with the extensions of PATHEXT on Windows), or null.</summary>
    public static string? FindOnPath(string name)
    {
        string[] extensions = OperatingSystem.IsWindows()
            ? ["", .. (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries)]
            : [""];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(dir, name + extension);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    private static void Missing(string why, string file, ITestOutputHelper output, bool isCi)
    {
        if (isCi)
            throw FailException.ForFailure($"{why}; CI=true on Linux, and CI installs the validators there, so {Path.GetFileName(file)} must be validated.");
        output.WriteLine($"SKIPPED: {why}; {Path.GetFileName(file)} was not validated.");
    }

    private static async Task<(int ExitCode, string Output)> Run(string program, IEnumerable<string> arguments)
    {
        var result = await ChildProcess.Run([program, .. arguments], timeout: Timeout);
        return (result.ExitCode, result.Stdout + result.Stderr);
    }
}

/// <summary>What the validators need from the machine: the epubcheck jar, java, and whether this is CI.</summary>
internal sealed record ValidatorEnvironment(string EpubcheckJar, string? Java, bool IsCi);
