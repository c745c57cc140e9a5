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
        var path = Path.Combine(fixture.Directory, "sample.epub");
        File.WriteAllBytes(path, fixture.Bytes);
        var copy = Environment.GetEnvironmentVariable("EPUB_TEST_COPY");
        if (!string.IsNullOrEmpty(copy)) File.Copy(path, copy, overwrite: true);
        await AssertEpubcheckPasses(path);
    }

    /// <summary>
    /// No cover, a WebP image converted to PNG, an id with a space and a '%', and the other division
    /// kinds (preface first, appendix last).
    /// </summary>
    [Fact]
    public async Task Variant_without_cover_with_webp_and_odd_ids_passes_epubcheck()
    {
        var dir = Path.Combine(fixture.Directory, "variant");
        Directory.CreateDirectory(dir);
        var book = SampleBook.Create(dir, "webp", "renewed ties 100%");
        var chapters = book.Chapters;
        book = book with
        {
            Chapters = [chapters[0] with { Kind = BookBuilder.Model.DivisionKind.Preface }, chapters[1], chapters[2] with { Kind = BookBuilder.Model.DivisionKind.Appendix }],
        };
        var path = Path.Combine(dir, "variant.epub");
        File.WriteAllBytes(path, EpubFixture.Build(book, fixture.Options with { CoverFonts = null }));
        await AssertEpubcheckPasses(path);
    }

    private async Task AssertEpubcheckPasses(string path)
    {
        var java = FindJava();
        if (java is null || !File.Exists(Jar))
        {
            output.WriteLine($"SKIPPED: epubcheck needs java on PATH and {Jar}; the EPUB was not validated.");
            return;
        }

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
