using Xunit.Abstractions;
using Xunit.Sdk;

namespace BookBuilder.Tests.Support;

/// <summary>The rule for missing validators, and that a validator run can fail at all.</summary>
public sealed class ValidatorsTests(ITestOutputHelper output)
{
    private static readonly string NoJar = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "epubcheck.jar");

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" true ", true)]
    [InlineData("false", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_CI_true_counts_as_CI(string? value, bool expected)
    {
        Assert.Equal(expected, Validators.IsCi(value));
    }

    [Fact]
    public async Task Missing_epubcheck_outside_CI_skips_with_a_note()
    {
        var recorded = new RecordingOutput();
        await Validators.AssertEpubcheckPasses("book.epub", recorded, new ValidatorEnvironment(NoJar, Validators.FindOnPath("java"), IsCi: false));
        var line = Assert.Single(recorded.Lines);
        Assert.StartsWith("SKIPPED: ", line, StringComparison.Ordinal);
        Assert.Contains("book.epub", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_epubcheck_on_CI_fails()
    {
        var recorded = new RecordingOutput();
        var ex = await Assert.ThrowsAsync<FailException>(() =>
            Validators.AssertEpubcheckPasses("book.epub", recorded, new ValidatorEnvironment(NoJar, Validators.FindOnPath("java"), IsCi: true)));
        Assert.Contains("CI", ex.Message, StringComparison.Ordinal);
        Assert.Empty(recorded.Lines);
    }

    [Fact]
    public async Task Missing_java_on_CI_fails_too()
    {
        await Assert.ThrowsAsync<FailException>(() =>
            Validators.AssertEpubcheckPasses("book.epub", new RecordingOutput(), new ValidatorEnvironment(Validators.EpubcheckJar, Java: null, IsCi: true)));
    }

    [Fact]
    public async Task Epubcheck_rejects_a_file_that_is_not_an_epub()
    {
        // Guards the validator tests against a runner that passes everything.
        var path = Path.Combine(Directory.CreateTempSubdirectory("not-an-epub-").FullName, "broken.epub");
        try
        {
            File.WriteAllText(path, "this is not a zip file");
            var java = Validators.FindOnPath("java");
            if (java is null || !File.Exists(Validators.EpubcheckJar))
            {
                await Validators.AssertEpubcheckPasses(path, output); // skips, or fails on CI
                return;
            }
            await Assert.ThrowsAnyAsync<XunitException>(() => Validators.AssertEpubcheckPasses(path, new RecordingOutput()));
        }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, recursive: true); }
    }
}
