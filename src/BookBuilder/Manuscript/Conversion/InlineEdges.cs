using BookBuilder.Model;

namespace BookBuilder.Manuscript.Conversion;

/// <summary>
/// Spaces at the end of a caption: the space before an explicit id (<c>Caption {#id}</c>) is left
/// in the text by Markdig and would print as a stray space in a list of figures.
/// </summary>
internal static class InlineEdges
{
    public static List<Inline> TrimEnd(List<Inline> inlines)
    {
        while (inlines is [.., TextInline { Text: var last }] && last.TrimEnd().Length != last.Length)
            inlines = last.TrimEnd().Length == 0 ? inlines[..^1] : [.. inlines[..^1], new TextInline(last.TrimEnd())];
        return inlines;
    }
}
