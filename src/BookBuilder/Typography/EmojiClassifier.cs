using System.Text;

namespace BookBuilder.Typography;

/// <summary>
/// Decides whether a grapheme cluster is to be shown as a colour emoji: flags (regional indicator
/// pairs), ZWJ sequences, keycaps, skin-tone modifiers, an explicit VS16, or a character whose
/// default presentation is emoji. VS15 (text presentation) always wins.
/// </summary>
internal static class EmojiClassifier
{
    private const int Zwj = 0x200D;
    private const int Vs15 = 0xFE0E;
    private const int Vs16 = 0xFE0F;
    private const int Keycap = 0x20E3;

    /// <summary>
    /// BMP characters with Emoji_Presentation=Yes (Unicode emoji-data.txt); everything else in
    /// the BMP defaults to text presentation. Pairs of inclusive ranges.
    /// </summary>
    private static ReadOnlySpan<int> BmpEmojiPresentation =>
    [
        0x231A, 0x231B, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE,
        0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
        0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4,
        0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD,
        0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E,
        0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF,
        0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
    ];

    public static bool IsRegionalIndicator(int cp) => cp is >= 0x1F1E6 and <= 0x1F1FF;
    public static bool IsSkinTone(int cp) => cp is >= 0x1F3FB and <= 0x1F3FF;

    /// <summary>Characters that carry no glyph of their own and never decide the font.</summary>
    public static bool IsDefaultIgnorable(int cp) =>
        cp is 0x00AD or 0x034F or 0x061C or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E)
            or (>= 0x2060 and <= 0x206F) or 0xFEFF or (>= 0xFE00 and <= 0xFE0F)
            or (>= 0xE0000 and <= 0xE0FFF);

    /// <summary>Whether the cluster <paramref name="cluster"/> asks for emoji presentation.</summary>
    public static bool IsEmojiCluster(ReadOnlySpan<char> cluster)
    {
        int first = -1;
        bool vs16 = false, zwj = false, keycap = false, tone = false;
        foreach (var rune in cluster.EnumerateRunes())
        {
            int cp = rune.Value;
            if (first < 0) first = cp;
            switch (cp)
            {
                case Vs15: return false;
                case Vs16: vs16 = true; break;
                case Zwj: zwj = true; break;
                case Keycap: keycap = true; break;
                default: if (IsSkinTone(cp)) tone = true; break;
            }
        }
        if (first < 0) return false;
        if (vs16 || keycap || tone || IsRegionalIndicator(first)) return true;
        bool defaultEmoji = HasEmojiPresentation(first);
        return defaultEmoji || (zwj && first >= 0x2000 && !Rune.IsLetterOrDigit(new Rune(first)));
    }

    /// <summary>Default emoji presentation: the BMP list above, or the emoji blocks of plane 1.</summary>
    public static bool HasEmojiPresentation(int cp)
    {
        if (cp >= 0x1F000) return cp <= 0x1FAFF;
        if (cp < 0x231A || cp > 0x2B55) return false;
        var r = BmpEmojiPresentation;
        for (int i = 0; i < r.Length; i += 2)
        {
            if (cp < r[i]) return false;
            if (cp <= r[i + 1]) return true;
        }
        return false;
    }
}
