using System.Diagnostics;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace BookBuilder.Tests.Support;

/// <summary>
/// Runs the external validators (epubcheck) on files the tests produce. A validator that is not
/// installed skips the check with a "SKIPPED: ..." line in the test output, except on CI
/// (environment variable <c>CI</c> is "true"), which installs the validators: there a missing
/// validator fails the test, so that a broken installation cannot pass silently.
/// </summary>
public static class Validators
{
    /// <summary>Where Debian's epubcheck package puts the jar.</summary>
    public const string EpubcheckJar = "/usr/share/java/epubcheck.jar";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Asserts that epubcheck, run with <c>--failonwarnings</c>, exits with 0 and reports neither
    /// errors nor warnings. Returns without asserting (after writing "SKIPPED") when epubcheck is
    /// missing outside CI.
    /// </summary>
    public static Task AssertEpubcheckPasses(string epubPath, ITestOutputHelper output) =>
        AssertEpubcheckPasses(epubPath, output, new ValidatorEnvironment(EpubcheckJar, FindOnPath("java"), IsCi(Environment.GetEnvironmentVariable("CI"))));

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
            Missing("pdftotext (poppler-utils) is not on PATH", pdfPath, output, IsCi(Environment.GetEnvironmentVariable("CI")));
            return null;
        }
        var (exitCode, text) = await Run(pdftotext, [.. options, "-enc", "UTF-8", pdfPath, "-"]);
        Assert.True(exitCode == 0, $"pdftotext failed on {Path.GetFileName(pdfPath)} (exit code {exitCode}):\n{text}");
        return text;
    }

    /// <summary>Whether the value of the CI variable means "running on CI".</summary>
    public static bool IsCi(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static void Missing(string why, string file, ITestOutputHelper output, bool isCi)
    {
        if (isCi)
            throw FailException.ForFailure($"{why}; CI=true, and CI installs the validators, so {Path.GetFileName(file)} must be validated there.");
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
