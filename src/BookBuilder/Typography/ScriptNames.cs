namespace BookBuilder.Typography;

/// <summary>
/// The name of the script a character belongs to, by its Unicode block, for messages about text
/// the fonts cannot draw ("Syriac", "Thaana"): the builder runs without ICU, so this is its own
/// short table of the scripts a book is likely to quote, not the whole of Unicode's Scripts.txt.
/// </summary>
public static class ScriptNames
{
    private static readonly (int First, int Last, string Name)[] Blocks =
    [
        (0x0000, 0x024F, "Latin"), (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0530, 0x058F, "Armenian"),
        (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0700, 0x074F, "Syriac"), (0x0750, 0x077F, "Arabic"),
        (0x0780, 0x07BF, "Thaana"), (0x07C0, 0x07FF, "N'Ko"), (0x0800, 0x083F, "Samaritan"), (0x0840, 0x085F, "Mandaic"),
        (0x0860, 0x086F, "Syriac"), (0x0870, 0x08FF, "Arabic"), (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"),
        (0x0A00, 0x0A7F, "Gurmukhi"), (0x0A80, 0x0AFF, "Gujarati"), (0x0B00, 0x0B7F, "Oriya"), (0x0B80, 0x0BFF, "Tamil"),
        (0x0C00, 0x0C7F, "Telugu"), (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"), (0x0D80, 0x0DFF, "Sinhala"),
        (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"), (0x0F00, 0x0FFF, "Tibetan"), (0x1000, 0x109F, "Myanmar"),
        (0x10A0, 0x10FF, "Georgian"), (0x1100, 0x11FF, "Hangul"), (0x1200, 0x139F, "Ethiopic"), (0x13A0, 0x13FF, "Cherokee"),
        (0x1780, 0x17FF, "Khmer"), (0x1800, 0x18AF, "Mongolian"), (0x1E00, 0x1EFF, "Latin"), (0x1F00, 0x1FFF, "Greek"),
        (0x2D30, 0x2D7F, "Tifinagh"), (0x3040, 0x309F, "Hiragana"), (0x30A0, 0x30FF, "Katakana"), (0x3400, 0x4DBF, "Han"),
        (0x4E00, 0x9FFF, "Han"), (0xAC00, 0xD7AF, "Hangul"), (0xFB1D, 0xFB4F, "Hebrew"), (0xFB50, 0xFDFF, "Arabic"),
        (0xFE70, 0xFEFF, "Arabic"), (0x10900, 0x1091F, "Phoenician"), (0x12000, 0x1254F, "Cuneiform"), (0x13000, 0x1345F, "Egyptian hieroglyph"),
    ];

    /// <summary>The script of <paramref name="codePoint"/>, or null when the table does not name it.</summary>
    public static string? Of(int codePoint)
    {
        foreach (var (first, last, name) in Blocks)
            if (codePoint >= first && codePoint <= last) return name;
        return null;
    }
}
