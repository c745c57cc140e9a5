using System.Text;
using UglyToad.PdfPig.Content;

namespace BookBuilder.Tests.Pdf.Output;

/// <summary>
/// Page text as PdfPig sees it, with /ActualText spans applied (PdfPig's own letters give a
/// ligature glyph as its compatibility character, e.g. U+FB03 for "ffi"). Spaces are dropped:
/// a PDF carries no glyph for them, so comparisons are made without whitespace.
/// </summary>
internal static class PdfTextReader
{
    public static string ReadWithoutSpaces(Page page, Func<Letter, bool>? keep = null)
    {
        var replace = new Dictionary<Letter, string>(ReferenceEqualityComparer.Instance);
        foreach (var mc in page.GetMarkedContents()) Collect(mc, replace);
        var sb = new StringBuilder();
        foreach (var letter in page.Letters)
            if (keep is null || keep(letter)) sb.Append(replace.TryGetValue(letter, out var text) ? text : letter.Value);
        return Squash(sb.ToString());
    }

    public static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static void Collect(MarkedContentElement mc, Dictionary<Letter, string> replace)
    {
        if (mc.ActualText is { } actual && mc.Letters.Count > 0)
        {
            replace[mc.Letters[0]] = actual;
            for (int i = 1; i < mc.Letters.Count; i++) replace[mc.Letters[i]] = "";
        }
        foreach (var child in mc.Children) Collect(child, replace);
    }
}
