namespace BookBuilder.Typography;

/// <summary>
/// Every font the PDF edition uses, each file loaded once and given a stable <see cref="FontFace.Id"/>
/// (its index in <see cref="Faces"/>). Maps a style to its face and defines the fallback chain:
/// the style's face, then the symbol fallbacks, with the emoji font reserved for emoji clusters
/// (see <see cref="HarfBuzzTextMeasurer"/>). Immutable after construction and thread-safe.
/// </summary>
public sealed class FontRegistry : IDisposable
{
    private readonly FontFace[] _faces;
    private readonly Dictionary<FontKey, FontFace> _byKey;
    private readonly FontFace[] _fallbacks;

    private FontRegistry(FontFace[] faces, Dictionary<FontKey, FontFace> byKey, FontFace? emoji, FontFace[] fallbacks)
    {
        _faces = faces;
        _byKey = byKey;
        Emoji = emoji;
        _fallbacks = fallbacks;
    }

    /// <summary>
    /// Loads <paramref name="files"/> (default: <see cref="FontFileSet.Default"/>) from the asset
    /// folder that <see cref="AssetLocator"/> finds, starting from <paramref name="assetsFolder"/>.
    /// </summary>
    /// <exception cref="AssetNotFoundException">The folder or any font file is missing; the message lists them all.</exception>
    public static FontRegistry Load(string? assetsFolder = null, FontFileSet? files = null)
    {
        files ??= FontFileSet.Default;
        var root = AssetLocator.Locate(assetsFolder);

        var relative = files.Faces.Values
            .Concat(files.Emoji is null ? [] : [files.Emoji])
            .Concat(files.Fallbacks)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var missing = relative.Where(r => !File.Exists(Path.Combine(root, r))).ToArray();
        if (missing.Length > 0)
            throw new AssetNotFoundException(
                $"Font file(s) missing from {root}: {string.Join(", ", missing)}. {AssetLocator.InstallHint}");

        var faces = new List<FontFace>();
        var byPath = new Dictionary<string, FontFace>(StringComparer.Ordinal);
        try
        {
            FontFace Get(string rel)
            {
                if (!byPath.TryGetValue(rel, out var face))
                {
                    face = new FontFace(faces.Count, Path.Combine(root, rel));
                    faces.Add(face);
                    byPath[rel] = face;
                }
                return face;
            }

            // Sorted so that ids do not depend on dictionary order.
            var byKey = new Dictionary<FontKey, FontFace>();
            foreach (var (key, rel) in files.Faces.OrderBy(kv => kv.Key.Family).ThenBy(kv => kv.Key.Bold).ThenBy(kv => kv.Key.Italic))
                byKey[key] = Get(rel);
            var emoji = files.Emoji is null ? null : Get(files.Emoji);
            var fallbacks = files.Fallbacks.Select(Get).ToArray();
            return new FontRegistry(faces.ToArray(), byKey, emoji, fallbacks);
        }
        catch
        {
            foreach (var f in faces) f.Dispose();
            throw;
        }
    }

    /// <summary>All loaded faces; <c>Faces[id].Id == id</c>.</summary>
    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>The colour emoji face, if the set has one.</summary>
    public FontFace? Emoji { get; }

    /// <summary>Faces tried, in order, for characters the style's own face lacks.</summary>
    public IReadOnlyList<FontFace> Fallbacks => _fallbacks;

    /// <summary>The face with id <paramref name="fontId"/>.</summary>
    public FontFace this[int fontId] => _faces[fontId];

    /// <summary>
    /// The face for a style: the exact (family, bold, italic) face, else the family's face with the
    /// same weight, else its regular face, else the serif regular face. The emoji role maps to the
    /// emoji font. Never a synthesised style.
    /// </summary>
    public FontFace Resolve(TextStyle style) => Resolve(FontKey.Of(style));

    /// <inheritdoc cref="Resolve(TextStyle)"/>
    public FontFace Resolve(FontKey key)
    {
        if (key.Family == FontFamilyRole.Emoji && Emoji is not null) return Emoji;
        if (_byKey.TryGetValue(key, out var face)) return face;
        if (_byKey.TryGetValue(key with { Italic = false }, out face)) return face;
        if (_byKey.TryGetValue(key with { Bold = false, Italic = false }, out face)) return face;
        if (_byKey.TryGetValue(new FontKey(FontFamilyRole.Serif, false, false), out face)) return face;
        return _faces[0];
    }

    public void Dispose()
    {
        foreach (var f in _faces) f.Dispose();
    }
}
