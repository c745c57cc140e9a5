using BookBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Epub;

/// <summary>The sample EPUB passes epubcheck with no errors and no warnings.</summary>
public sealed class EpubcheckTests(EpubFixture fixture, ITestOutputHelper output) : IClassFixture<EpubFixture>
{
    [Fact]
    public async Task Sample_book_passes_epubcheck_without_warnings()
    {
        var path = Path.Combine(fixture.Directory, "sample.epub");
        File.WriteAllBytes(path, fixture.Bytes);
        var copy = Environment.GetEnvironmentVariable("EPUB_TEST_COPY");
        if (!string.IsNullOrEmpty(copy)) File.Copy(path, copy, overwrite: true);
        await Validators.AssertEpubcheckPasses(path, output);
    }

    /// <summary>No cover, a WebP image converted to PNG, an id with a space and a '%'.</summary>
    [Fact]
    public async Task Variant_without_cover_with_webp_and_odd_ids_passes_epubcheck()
    {
        var dir = Path.Combine(fixture.Directory, "variant");
        Directory.CreateDirectory(dir);
        var book = SampleBook.Create(dir, "webp", "renewed ties 100%");
        var path = Path.Combine(dir, "variant.epub");
        File.WriteAllBytes(path, EpubFixture.Build(book, fixture.Options with { Fonts = null }));
        await Validators.AssertEpubcheckPasses(path, output);
    }
}
