namespace BookBuilder.Typography;

/// <summary>The typeface families a theme can name. Each maps to font files in a font registry.</summary>
public enum FontFamilyRole { Serif, Sans, Mono, Emoji }

/// <summary>
/// What text is set in: a family role, weight, slant and size in points, and whether capitals are
/// set as small capitals. Colour is a frame concern.
/// </summary>
/// <param name="SmallCaps">Capitals become small capitals through the font's OpenType
/// <c>c2sc</c> feature, slightly letter-spaced; a face without the feature sets them unchanged
/// (small capitals are never faked by scaling).</param>
public readonly record struct TextStyle(FontFamilyRole Family, float Size, bool Bold = false, bool Italic = false, bool SmallCaps = false)
{
    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };
    public TextStyle WithSize(float size) => this with { Size = size };
    public TextStyle WithSmallCaps(bool smallCaps = true) => this with { SmallCaps = smallCaps };
}
