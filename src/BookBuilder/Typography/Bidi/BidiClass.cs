using System.Globalization;
using static BookBuilder.Typography.Bidi.BidiClass;

namespace BookBuilder.Typography.Bidi;

/// <summary>The Bidi_Class property values of the Unicode Bidirectional Algorithm (UAX #9, table 4).</summary>
public enum BidiClass : byte
{
    /// <summary>Left-to-right letter.</summary>
    L,
    /// <summary>Right-to-left letter (Hebrew and other right-to-left scripts but Arabic).</summary>
    R,
    /// <summary>Arabic letter (Arabic, Syriac, Thaana).</summary>
    AL,
    /// <summary>European number (ASCII and other digits that read like them).</summary>
    EN,
    /// <summary>European number separator: plus and minus.</summary>
    ES,
    /// <summary>European number terminator: currency, degree, percent and the like.</summary>
    ET,
    /// <summary>Arabic number (Arabic-Indic digits).</summary>
    AN,
    /// <summary>Common number separator: comma, full stop, colon, slash, no-break space.</summary>
    CS,
    /// <summary>Non-spacing mark: takes the class of the character it is attached to.</summary>
    NSM,
    /// <summary>Boundary neutral: controls and format characters that do not take part.</summary>
    BN,
    /// <summary>Paragraph separator.</summary>
    B,
    /// <summary>Segment separator (tab).</summary>
    S,
    /// <summary>White space.</summary>
    WS,
    /// <summary>Other neutral: punctuation and symbols.</summary>
    ON,
    LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
}

/// <summary>
/// The bidirectional class and paired bracket of a character. Classes come from a compact table:
/// the right-to-left blocks (R or AL, as Unicode's DerivedBidiClass assigns them, unassigned code
/// points included), marks (NSM) and punctuation and symbols (ON) by general category, and a list
/// of the characters those rules get wrong (digits, separators, terminators, spaces, controls).
/// The result agrees with DerivedBidiClass 15.0 for every character except some symbols and
/// punctuation of left-to-right scripts (Tibetan marks, Braille, musical symbols...), which Unicode
/// classes L and this table ON, or the reverse: both are left-to-right or neutral in an English
/// paragraph.
/// </summary>
public static class BidiCharacter
{
    /// <summary>Blocks whose characters are right-to-left (R), unassigned ones included.</summary>
    private static readonly (int First, int Last)[] RightToLeftBlocks =
    [
        (0x0590, 0x05FF), (0x07C0, 0x085F), (0xFB1D, 0xFB4F), (0x10800, 0x10CFF), (0x10D40, 0x10EBF),
        (0x10F00, 0x10F2F), (0x10F70, 0x10FFF), (0x1E800, 0x1EC6F), (0x1ECC0, 0x1ECFF), (0x1ED50, 0x1EDFF),
        (0x1EF00, 0x1EFFF),
    ];

    /// <summary>Blocks whose characters are Arabic letters (AL), unassigned ones included.</summary>
    private static readonly (int First, int Last)[] ArabicLetterBlocks =
    [
        (0x0600, 0x07BF), (0x0860, 0x08FF), (0xFB50, 0xFDCF), (0xFDF0, 0xFDFF), (0xFE70, 0xFEFF),
        (0x10D00, 0x10D3F), (0x10EC0, 0x10EFF), (0x10F30, 0x10F6F), (0x1EC70, 0x1ECBF), (0x1ED00, 0x1ED4F),
        (0x1EE00, 0x1EEFF),
    ];

    /// <summary>
    /// Characters whose class the block and category rules do not give, from DerivedBidiClass 15.0
    /// (sorted, inclusive ranges). Noncharacters are BN by rule.
    /// </summary>
    private static readonly (int First, int Last, BidiClass Class)[] Exceptions =
    [
        (0x0000, 0x0008, BN), (0x0009, 0x0009, S), (0x000A, 0x000A, B), (0x000B, 0x000B, S),
        (0x000C, 0x000C, WS), (0x000D, 0x000D, B), (0x000E, 0x001B, BN), (0x001C, 0x001E, B),
        (0x001F, 0x001F, S), (0x0020, 0x0020, WS), (0x0023, 0x0025, ET), (0x002B, 0x002B, ES),
        (0x002C, 0x002C, CS), (0x002D, 0x002D, ES), (0x002E, 0x002F, CS), (0x0030, 0x0039, EN),
        (0x003A, 0x003A, CS), (0x007F, 0x0084, BN), (0x0085, 0x0085, B), (0x0086, 0x009F, BN),
        (0x00A0, 0x00A0, CS), (0x00A2, 0x00A5, ET), (0x00AD, 0x00AD, BN), (0x00B0, 0x00B1, ET),
        (0x00B2, 0x00B3, EN), (0x00B9, 0x00B9, EN), (0x058F, 0x058F, ET), (0x0600, 0x0605, AN),
        (0x0606, 0x0607, ON), (0x0609, 0x060A, ET), (0x060C, 0x060C, CS), (0x060E, 0x060F, ON),
        (0x0660, 0x0669, AN), (0x066A, 0x066A, ET), (0x066B, 0x066C, AN), (0x06DD, 0x06DD, AN),
        (0x06DE, 0x06DE, ON), (0x06E9, 0x06E9, ON), (0x06F0, 0x06F9, EN), (0x07F6, 0x07F9, ON),
        (0x0890, 0x0891, AN), (0x08E2, 0x08E2, AN), (0x09F2, 0x09F3, ET), (0x09FB, 0x09FB, ET),
        (0x0AF1, 0x0AF1, ET), (0x0BF9, 0x0BF9, ET), (0x0E3F, 0x0E3F, ET), (0x1680, 0x1680, WS),
        (0x17DB, 0x17DB, ET), (0x180E, 0x180E, BN), (0x2000, 0x200A, WS), (0x200B, 0x200D, BN),
        (0x200F, 0x200F, R), (0x2028, 0x2028, WS), (0x2029, 0x2029, B), (0x202A, 0x202A, LRE),
        (0x202B, 0x202B, RLE), (0x202C, 0x202C, PDF), (0x202D, 0x202D, LRO), (0x202E, 0x202E, RLO),
        (0x202F, 0x202F, CS), (0x2030, 0x2034, ET), (0x2044, 0x2044, CS), (0x205F, 0x205F, WS),
        (0x2060, 0x2065, BN), (0x2066, 0x2066, LRI), (0x2067, 0x2067, RLI), (0x2068, 0x2068, FSI),
        (0x2069, 0x2069, PDI), (0x206A, 0x206F, BN), (0x2070, 0x2070, EN), (0x2074, 0x2079, EN),
        (0x207A, 0x207B, ES), (0x2080, 0x2089, EN), (0x208A, 0x208B, ES), (0x20A0, 0x20CF, ET),
        (0x212E, 0x212E, ET), (0x2212, 0x2212, ES), (0x2213, 0x2213, ET), (0x2488, 0x249B, EN),
        (0x3000, 0x3000, WS), (0xA838, 0xA839, ET), (0xFB29, 0xFB29, ES), (0xFD3E, 0xFD4F, ON),
        (0xFDCF, 0xFDCF, ON), (0xFDFD, 0xFDFF, ON), (0xFE50, 0xFE50, CS), (0xFE52, 0xFE52, CS),
        (0xFE55, 0xFE55, CS), (0xFE5F, 0xFE5F, ET), (0xFE62, 0xFE63, ES), (0xFE69, 0xFE6A, ET),
        (0xFEFF, 0xFEFF, BN), (0xFF03, 0xFF05, ET), (0xFF0B, 0xFF0B, ES), (0xFF0C, 0xFF0C, CS),
        (0xFF0D, 0xFF0D, ES), (0xFF0E, 0xFF0F, CS), (0xFF10, 0xFF19, EN), (0xFF1A, 0xFF1A, CS),
        (0xFFE0, 0xFFE1, ET), (0xFFE5, 0xFFE6, ET), (0xFFF0, 0xFFF8, BN), (0x102E1, 0x102FB, EN),
        (0x1091F, 0x1091F, ON), (0x10B39, 0x10B3F, ON), (0x10D30, 0x10D39, AN), (0x10E60, 0x10E7E, AN),
        (0x11FDD, 0x11FE0, ET), (0x1BCA0, 0x1BCA3, BN), (0x1D173, 0x1D17A, BN), (0x1D7CE, 0x1D7FF, EN),
        (0x1E2FF, 0x1E2FF, ET), (0x1EEF0, 0x1EEF1, ON), (0x1F100, 0x1F10A, EN), (0x1FBF0, 0x1FBF9, EN),
        (0xE0000, 0xE00FF, BN), (0xE01F0, 0xE0FFF, BN),
    ];

    /// <summary>The Bidi_Class of <paramref name="codePoint"/>.</summary>
    public static BidiClass ClassOf(int codePoint)
    {
        if (codePoint < 0x80)
        {
            // ASCII letters and most punctuation, without a search.
            if (codePoint is >= 'a' and <= 'z' or >= 'A' and <= 'Z') return L;
        }
        var exception = Find(Exceptions, codePoint);
        if (exception >= 0) return Exceptions[exception].Class;
        if ((codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF) return BN;
        var category = (uint)codePoint <= 0x10FFFF ? CharUnicodeInfo.GetUnicodeCategory(codePoint) : UnicodeCategory.OtherNotAssigned;
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return NSM;
        if (InRanges(RightToLeftBlocks, codePoint)) return R;
        if (InRanges(ArabicLetterBlocks, codePoint)) return AL;
        return category switch
        {
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.OtherNumber => ON,
            _ => L,
        };
    }

    /// <summary>
    /// Whether characters of class <paramref name="c"/> put text at a level above a left-to-right
    /// paragraph's: right-to-left letters and Arabic numbers. (The explicit embeddings would too,
    /// but <see cref="BidiLevels"/> treats them as invisible.)
    /// </summary>
    public static bool IsRightToLeft(BidiClass c) => c is R or AL or AN;

    /// <summary>
    /// If <paramref name="codePoint"/> is an opening paired bracket (Bidi_Paired_Bracket_Type
    /// Open: parentheses, square and curly brackets and their Unicode relatives), the closing
    /// bracket that matches it.
    /// </summary>
    public static bool IsOpeningBracket(int codePoint, out int closing)
    {
        closing = codePoint switch
        {
            '(' => ')',
            '[' => ']',
            '{' => '}',
            0xFF3B => 0xFF3D,
            0xFF5B => 0xFF5D,
            // The rest close with the next code point: ⁅⁆ ⁽⁾ ⌈⌉ 〈〉 ❨❩ ⟦⟧ ⦃⦄ 《》 「」 （） and more.
            _ => IsRegularOpening(codePoint) ? codePoint + 1 : -1,
        };
        if (closing < 0) return false;
        closing = CanonicalBracket(closing);
        return true;
    }

    /// <summary>
    /// The bracket that <paramref name="codePoint"/> is canonically equivalent to (U+2329 and U+232A
    /// are U+3008 and U+3009), so that either spelling matches the other.
    /// </summary>
    public static int CanonicalBracket(int codePoint) => codePoint switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => codePoint,
    };

    private static bool IsRegularOpening(int cp)
    {
        if (cp < 0x0F3A || cp > 0xFF62) return false;
        // Ranges of alternating opening and closing brackets, each starting with an opening one.
        ReadOnlySpan<int> ranges =
        [
            0x0F3A, 0x0F3D, 0x169B, 0x169C, 0x2045, 0x2046, 0x207D, 0x207E, 0x208D, 0x208E,
            0x2308, 0x230B, 0x2329, 0x232A, 0x2768, 0x2775, 0x27C5, 0x27C6, 0x27E6, 0x27EF,
            0x2983, 0x2998, 0x29D8, 0x29DB, 0x29FC, 0x29FD, 0x2E22, 0x2E29, 0x2E55, 0x2E5C,
            0x3008, 0x3011, 0x3014, 0x301B, 0xFE59, 0xFE5E, 0xFF08, 0xFF09, 0xFF5F, 0xFF60,
            0xFF62, 0xFF63,
        ];
        for (var i = 0; i < ranges.Length; i += 2)
            if (cp >= ranges[i] && cp <= ranges[i + 1]) return (cp - ranges[i]) % 2 == 0;
        return false;
    }

    private static int Find((int First, int Last, BidiClass Class)[] table, int cp)
    {
        int lo = 0, hi = table.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (cp < table[mid].First) hi = mid - 1;
            else if (cp > table[mid].Last) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private static bool InRanges((int First, int Last)[] ranges, int cp)
    {
        foreach (var (first, last) in ranges)
            if (cp >= first && cp <= last) return true;
        return false;
    }
}
