using System.Text;
using UglyToad.PdfPig.Content;

namespace BookBuilder.Tests.Pdf.Output;

/// <summary>
/// Page text as PdfPig sees it, with /ActualText spans applied (PdfPig's own letters give a
/// ligature glyph as its compatibility character, e.g. U+FB03 for "ffi") and /ReversedChars
/// sequences (right-to-left runs, whose glyphs are shown left to right) read backwards, as the
/// PDF specification (14.8.2.3.3) asks. Spaces are dropped: a PDF carries no glyph for them, so
/// comparisons are made without whitespace.
/// </summary>
internal static class PdfTextReader
{
    public static string ReadWithoutSpaces(Page page, Func<Letter, bool>? keep = null)
    {
        var order = new Dictionary<Letter, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < page.Letters.Count; i++) order[page.Letters[i]] = i;
        var replace = new Dictionary<Letter, string>(ReferenceEqualityComparer.Instance);
        foreach (var mc in page.GetMarkedContents()) Collect(mc, replace, order);
        var sb = new StringBuilder();
        foreach (var letter in page.Letters)
            if (keep is null || keep(letter)) sb.Append(replace.TryGetValue(letter, out var text) ? text : letter.Value);
        return Squash(sb.ToString());
    }

    public static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static void Collect(MarkedContentElement mc, Dictionary<Letter, string> replace, Dictionary<Letter, int> order)
    {
        foreach (var child in mc.Children) Collect(child, replace, order);
        if (mc.ActualText is { } actual && mc.Letters.Count > 0)
        {
            replace[mc.Letters[0]] = actual;
            for (int i = 1; i < mc.Letters.Count; i++) replace[mc.Letters[i]] = "";
        }
        if (mc.Tag == "ReversedChars")
        {
            // The sequence's letters (its spans' included) in content order, given each other's text in reverse.
            var letters = AllLetters(mc).Where(order.ContainsKey).OrderBy(l => order[l]).ToList();
            var texts = letters.Select(l => replace.TryGetValue(l, out var t) ? t : l.Value).ToList();
            for (var i = 0; i < letters.Count; i++) replace[letters[i]] = texts[letters.Count - 1 - i];
        }
    }

    private static IEnumerable<Letter> AllLetters(MarkedContentElement mc) =>
        mc.Letters.Concat(mc.Children.SelectMany(AllLetters));
}
