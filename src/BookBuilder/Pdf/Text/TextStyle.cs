namespace BookBuilder.Pdf.Text;

/// <summary>The typeface families a theme can name. Each maps to font files in a font registry.</summary>
public enum FontFamilyRole { Serif, Sans, Mono, Emoji }

/// <summary>
/// What text is set in: a family role, weight, slant and size in points. Colour is a frame concern.
/// </summary>
public readonly record struct TextStyle(FontFamilyRole Family, float Size, bool Bold = false, bool Italic = false)
{
    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };
    public TextStyle WithSize(float size) => this with { Size = size };
}
