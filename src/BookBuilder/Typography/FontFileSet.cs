namespace BookBuilder.Typography;

/// <summary>Which face a style asks for: a family role with weight and slant.</summary>
public readonly record struct FontKey(FontFamilyRole Family, bool Bold, bool Italic)
{
    /// <summary>The key a text style selects.</summary>
    public static FontKey Of(TextStyle style) => new(style.Family, style.Bold, style.Italic);
}

/// <summary>
/// The font files of a registry, as paths relative to the asset folder: one file per
/// (family, bold, italic), the colour emoji font, and further fallbacks for symbols and scripts the
/// main families lack. Bold and italic are always real faces: nothing is synthesised.
/// </summary>
/// <param name="Faces">File for each key. A missing bold or italic key falls back to the family's
/// regular face (never to a synthetic style).</param>
/// <param name="Emoji">Colour emoji font, or null for none.</param>
/// <param name="Fallbacks">Tried in order after the style's own face for characters it lacks.</param>
public sealed record FontFileSet(
    IReadOnlyDictionary<FontKey, string> Faces,
    string? Emoji,
    IReadOnlyList<string> Fallbacks)
{
    /// <summary>
    /// The book's fonts as fetched by <c>fetch-assets.mjs</c>: Source Serif 4 (body), Source Sans 3
    /// (headings), Source Code Pro (code), Noto Color Emoji, and DejaVu Sans for symbols.
    /// Semibold serves as "bold": it sits better next to the regular weights of these families.
    /// </summary>
    public static FontFileSet Default { get; } = new(
        new Dictionary<FontKey, string>
        {
            [new(FontFamilyRole.Serif, false, false)] = "fonts/SourceSerif4-Regular.ttf",
            [new(FontFamilyRole.Serif, false, true)] = "fonts/SourceSerif4-Italic.ttf",
            [new(FontFamilyRole.Serif, true, false)] = "fonts/SourceSerif4-Semibold.ttf",
            [new(FontFamilyRole.Serif, true, true)] = "fonts/SourceSerif4-SemiboldItalic.ttf",
            [new(FontFamilyRole.Sans, false, false)] = "fonts/SourceSans3-Regular.ttf",
            [new(FontFamilyRole.Sans, false, true)] = "fonts/SourceSans3-Italic.ttf",
            [new(FontFamilyRole.Sans, true, false)] = "fonts/SourceSans3-Semibold.ttf",
            [new(FontFamilyRole.Sans, true, true)] = "fonts/SourceSans3-SemiboldItalic.ttf",
            [new(FontFamilyRole.Mono, false, false)] = "fonts/SourceCodePro-Regular.ttf",
            [new(FontFamilyRole.Mono, false, true)] = "fonts/SourceCodePro-Italic.ttf",
            [new(FontFamilyRole.Mono, true, false)] = "fonts/SourceCodePro-Semibold.ttf",
            [new(FontFamilyRole.Mono, true, true)] = "fonts/SourceCodePro-SemiboldItalic.ttf",
        },
        "fonts/NotoColorEmoji.ttf",
        ["fonts/DejaVuSans.ttf"]);
}
