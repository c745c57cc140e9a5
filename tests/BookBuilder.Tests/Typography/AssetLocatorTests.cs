using BookBuilder.Typography;

namespace BookBuilder.Tests.Typography;

public sealed class AssetLocatorTests
{
    [Fact]
    public void Build_output_holds_the_fetched_assets()
    {
        var root = AssetLocator.Locate();

        Assert.True(File.Exists(Path.Combine(root, "fonts", "SourceSerif4-Regular.ttf")));
        Assert.True(File.Exists(Path.Combine(root, "fonts", "NotoColorEmoji.ttf")));
        var dic = File.ReadLines(Path.Combine(root, "hyphen", "hyph_en_US.dic")).First();
        Assert.Equal("UTF-8", dic.Trim());
    }

    [Fact]
    public void Explicit_path_wins_and_a_missing_one_is_an_error()
    {
        var dir = Directory.CreateTempSubdirectory("assets-");
        try
        {
            Assert.Equal(dir.FullName, AssetLocator.Locate(dir.FullName));
            var missing = Path.Combine(dir.FullName, "nope");
            var ex = Assert.Throws<AssetNotFoundException>(() => AssetLocator.Locate(missing));
            Assert.Contains(missing, ex.Message);
            Assert.Contains("fetch-assets.mjs", ex.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Missing_font_file_is_named_in_the_error()
    {
        var dir = Directory.CreateTempSubdirectory("assets-");
        try
        {
            var ex = Assert.Throws<AssetNotFoundException>(() => FontRegistry.Load(dir.FullName));
            Assert.Contains("fonts/SourceSerif4-Regular.ttf", ex.Message);
            Assert.Contains("fonts/NotoColorEmoji.ttf", ex.Message);
        }
        finally { dir.Delete(true); }
    }
}
