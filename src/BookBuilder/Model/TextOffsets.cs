namespace BookBuilder.Model;

/// <summary>
/// How places inside a paragraph are counted, so that both editions name the same place by the
/// same number (where a page of the PDF begins, for the EPUB's page list): the characters of the
/// author's text (<see cref="TextInline"/>, <see cref="CodeInline"/>, <see cref="OrnamentInline"/>)
/// and one for a soft line break (a space) count; what the builder generates (footnote marks,
/// cross-reference labels, images, hard breaks) counts nothing; emphasis, links, glossary terms
/// and index marks count their children.
/// </summary>
public static class TextOffsets
{
    /// <summary>The counted length of <paramref name="inlines"/>.</summary>
    public static int Length(IEnumerable<Inline> inlines) => inlines.Sum(Length);

    /// <summary>The counted length of one inline.</summary>
    public static int Length(Inline inline) => inline switch
    {
        TextInline t => t.Text.Length,
        CodeInline c => c.Code.Length,
        OrnamentInline o => o.Text.Length,
        LineBreakInline { Hard: false } => 1,
        LineBreakInline or FootnoteRefInline or CrossRefInline or ImageInline => 0,
        EmphasisInline e => Length(e.Children),
        LinkInline l => Length(l.Children),
        GlossaryRefInline g => Length(g.Children),
        IndexMarkInline m => Length(m.Children),
        LanguageInline l => Length(l.Children),
        _ => throw UnknownNodeException.Inline(inline, "text offsets"),
    };
}
