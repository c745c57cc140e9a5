using System.Buffers;
using System.Globalization;
using System.Text;

namespace BookBuilder.Typography;

/// <summary>A substring of a text and the face it is to be shaped with.</summary>
internal readonly record struct FontSegment(int Start, int Length, FontFace Face);

/// <summary>
/// Splits text into runs of one face each, deciding per grapheme cluster (so a flag, a ZWJ family
/// or a base letter with its accents is never torn apart). Emoji clusters go to the emoji font;
/// everything else, spaces included, stays with text fonts, because one plain (non-colour) glyph
/// drawn from the colour emoji font makes Skia embed that font as a text font as well.
/// </summary>
internal static class FontRunSplitter
{
    /// <summary>
    /// Appends the segments of <paramref name="text"/> to <paramref name="segments"/>; code points no
    /// face covers are added to <paramref name="missing"/> (their cluster stays with the primary face).
    /// </summary>
    public static void Split(string text, FontFace primary, FontRegistry fonts, List<FontSegment> segments, List<int> missing)
    {
        var span = text.AsSpan();
        int pos = 0, runStart = 0;
        FontFace? runFace = null;
        while (pos < span.Length)
        {
            int len = StringInfo.GetNextTextElementLength(span[pos..]);
            if (len <= 0) len = 1;
            var face = Choose(span.Slice(pos, len), primary, fonts, missing);
            if (!ReferenceEquals(face, runFace))
            {
                if (runFace is not null) segments.Add(new FontSegment(runStart, pos - runStart, runFace));
                runFace = face;
                runStart = pos;
            }
            pos += len;
        }
        if (runFace is not null) segments.Add(new FontSegment(runStart, pos - runStart, runFace));
    }

    private static FontFace Choose(ReadOnlySpan<char> cluster, FontFace primary, FontRegistry fonts, List<int> missing)
    {
        var emoji = fonts.Emoji;
        // Plain ASCII is by far the common case, and every text face has it.
        if (cluster.Length == 1 && cluster[0] < 0x80 && primary.HasGlyph(cluster[0]) && !ReferenceEquals(primary, emoji))
            return primary;

        var first = Rune.DecodeFromUtf16(cluster, out var firstRune, out _) == OperationStatus.Done ? firstRune.Value : 0xFFFD;
        bool whitespace = Rune.IsWhiteSpace(new Rune(first));
        // Controls (a stray tab or newline) are layout's business, not a missing glyph to report.
        if (Rune.IsControl(new Rune(first)))
            return ReferenceEquals(primary, emoji) ? fonts.Resolve(new FontKey(FontFamilyRole.Serif, false, false)) : primary;

        if (emoji is not null && !whitespace && EmojiClassifier.IsEmojiCluster(cluster) && emoji.HasGlyph(first))
            return emoji;

        // The emoji role asks for the emoji face, but text in it (spaces, letters) must not be drawn from it.
        var textPrimary = ReferenceEquals(primary, emoji) ? fonts.Resolve(new FontKey(FontFamilyRole.Serif, false, false)) : primary;
        if (CoversAll(textPrimary, cluster)) return textPrimary;
        foreach (var f in fonts.Fallbacks)
            if (CoversAll(f, cluster)) return f;
        // No face has the whole cluster: keep it with the face that has its base character.
        if (textPrimary.HasGlyph(first)) return textPrimary;
        foreach (var f in fonts.Fallbacks)
            if (f.HasGlyph(first)) return f;
        // Last resort for non-space symbols only the emoji font has; those are colour glyphs too.
        if (emoji is not null && !whitespace && emoji.HasGlyph(first)) return emoji;

        foreach (var rune in cluster.EnumerateRunes())
            if (!EmojiClassifier.IsDefaultIgnorable(rune.Value) && !textPrimary.HasGlyph(rune.Value))
                missing.Add(rune.Value);
        return textPrimary;
    }

    private static bool CoversAll(FontFace face, ReadOnlySpan<char> cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
            if (!EmojiClassifier.IsDefaultIgnorable(rune.Value) && !face.HasGlyph(rune.Value))
                return false;
        return true;
    }
}
