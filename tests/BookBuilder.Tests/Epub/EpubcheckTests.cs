using System.Diagnostics;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Epub;

/// <summary>The sample EPUB passes epubcheck with no errors and no warnings.</summary>
public sealed class EpubcheckTests(EpubFixture fixture, ITestOutputHelper output) : IClassFixture<EpubFixture>
{
    private const string Jar = "/usr/share/java/epubcheck.jar";

    [Fact]
    public async Task Sample_book_passes_epubcheck_without_warnings()
    {
        var java = FindJava();
        if (java is null || !File.Exists(Jar))
        {
            output.WriteLine($"SKIPPED: epubcheck needs java on PATH and {Jar}; neither check ran.");
            return;
        }
        var path = Path.Combine(fixture.Directory, "sample.epub");
        File.WriteAllBytes(path, fixture.Bytes);
        var copy = Environment.GetEnvironmentVariable("EPUB_TEST_COPY");
        if (!string.IsNullOrEmpty(copy)) File.Copy(path, copy, overwrite: true);

        var psi = new ProcessStartInfo(java) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-jar", Jar, "--failonwarnings", path }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var text = await stdout + await stderr;
        output.WriteLine(text);
        Assert.True(process.ExitCode == 0, "epubcheck reported problems:\n" + text);
        Assert.Contains("No errors or warnings detected", text);
    }

    private static string? FindJava()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "java");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
