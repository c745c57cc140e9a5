using BookBuilder.Typography;

namespace BookBuilder.Tests.Typography;

/// <summary>The real fonts from the asset folder, loaded once for all tests that need them.</summary>
public sealed class FontsFixture : IDisposable
{
    public FontsFixture()
    {
        Fonts = FontRegistry.Load();
        Measurer = new HarfBuzzTextMeasurer(Fonts);
    }

    public FontRegistry Fonts { get; }
    public HarfBuzzTextMeasurer Measurer { get; }

    public void Dispose() => Fonts.Dispose();
}

[CollectionDefinition(Name)]
public sealed class FontsCollection : ICollectionFixture<FontsFixture>
{
    public const string Name = "Fonts";
}
