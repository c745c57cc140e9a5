using BookBuilder.Model;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Inline content as it may be repeated elsewhere (contents, running text of a reference): without
/// footnote marks, and with links and glossary uses reduced to their text, so that anchors and
/// footnotes appear once, where the author put them.
/// </summary>
public static class NavigationText
{
    /// <summary>The inlines without footnote references, links or glossary anchors.</summary>
    /// <param name="crossReference">The text of a cross-reference, which is repeated as text too; none when null.</param>
    public static IReadOnlyList<Inline> Strip(IEnumerable<Inline> inlines, Func<CrossRefInline, string>? crossReference = null)
    {
        var result = new List<Inline>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case FootnoteRefInline: break;
                case LinkInline l: result.AddRange(Strip(l.Children, crossReference)); break;
                case GlossaryRefInline g: result.AddRange(Strip(g.Children, crossReference)); break;
                case IndexMarkInline m: result.AddRange(Strip(m.Children, crossReference)); break;
                case LanguageInline l: result.AddRange(Strip(l.Children, crossReference)); break;
                case CrossRefInline x: result.Add(new TextInline(crossReference?.Invoke(x) ?? "")); break;
                case EmphasisInline e: result.Add(e with { Children = Strip(e.Children, crossReference) }); break;
                default: result.Add(inline); break;
            }
        }
        return result;
    }
}
