using System.Collections.Concurrent;

namespace BookBuilder.Typography;

/// <summary>
/// The fonts of the asset folders a build uses, each folder's loaded on first use and kept until
/// the library is disposed: parsing the fonts is the slowest part of starting a build, and both
/// editions set text with the same faces. One library serves the edition writers of one run of
/// the command (or of a test), instead of a cache that lives as long as the process.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<FontRegistry>> _registries = new(StringComparer.Ordinal);

    /// <summary>
    /// The fonts of the asset folder <see cref="AssetLocator"/> finds from
    /// <paramref name="assetsDirectory"/> (null: the usual places).
    /// </summary>
    /// <exception cref="AssetNotFoundException">The folder or a font file is missing.</exception>
    public FontRegistry For(string? assetsDirectory)
    {
        var folder = AssetLocator.Locate(assetsDirectory);
        return _registries.GetOrAdd(folder, f => new Lazy<FontRegistry>(() => FontRegistry.Load(f))).Value;
    }

    public void Dispose()
    {
        foreach (var registry in _registries.Values)
            if (registry.IsValueCreated) registry.Value.Dispose();
        _registries.Clear();
    }
}
