using System.Globalization;
using BookBuilder.Diagnostics;
using BookBuilder.Model;

namespace BookBuilder.Epub.Content;

/// <summary>Writes body blocks as XHTML flow content.</summary>
internal static class BlockRenderer
{
    public static void Write(XhtmlWriter w, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            // The author's id goes on the element that begins the block.
            if (block.Anchor is { } id) w.IdOnNext(id);
            // An unexpected failure names the innermost block it happened in.
            InputLocationException.At(block.Source, () => Write(w, block));
            w.Line();
        }
    }

    private static void Write(XhtmlWriter w, Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                w.Start("p");
                // Outside a block in a language, a paragraph whose first strong letter is right to
                // left is (UAX #9 P2, P3), as the PDF sets it; a reading system would not know.
                if (w.LanguageDepth == 0 && !LanguageDirection.IsRightToLeft(w.Plan.Metadata.Language)
                    && Typography.Bidi.BidiLevels.ParagraphLevel(Letters(p.Inlines)) == 1)
                    w.Attr("dir", "rtl");
                w.BeginText(p);
                InlineRenderer.Write(w, p.Inlines);
                w.EndText().End();
                break;
            case HeadingBlock h:
                w.Start("h" + Math.Clamp(h.Level, 3, 6).ToString(CultureInfo.InvariantCulture)).Id(h.Id).BeginText(h);
                InlineRenderer.Write(w, h.Inlines);
                w.EndText().End();
                break;
            case ListBlock l: List(w, l); break;
            case QuoteBlock q:
                w.Start("blockquote").Line();
                Write(w, q.Blocks);
                w.End();
                break;
            case CalloutBlock c: CalloutRenderer.Write(w, c); break;
            case ExerciseBlock e: ExerciseRenderer.Exercise(w, e); break;
            case ReviewBlock r: ExerciseRenderer.Review(w, r); break;
            case FaqBlock f: ExerciseRenderer.Faq(w, f); break;
            case LanguageBlock l:
                w.Start("div").Lang(l.Language).Line();
                w.LanguageDepth++;
                Write(w, l.Blocks);
                w.LanguageDepth--;
                w.End();
                break;
            case CodeBlock c:
                w.Start("pre").Start("code");
                if (!string.IsNullOrWhiteSpace(c.Language)) w.Class("language-" + EpubFileMap.SafeName(c.Language));
                w.BeginText(c).Content(c.Code).EndText().End().End();
                break;
            case ThematicBreakBlock:
                w.Start("hr").Class("scene-break").EndVoid();
                break;
            case OrnamentBlock o:
                w.Ornament(o.Text, "ornament");
                break;
            case ImageBlock i: Figure(w, i); break;
            case TableBlock t: w.PageBreaks(t); TableRenderer.Write(w, t); break;
            case DefinitionListBlock d: DefinitionList(w, d); break;
            default: throw UnknownNodeException.Block(block, "the EPUB edition");
        }
    }

    private static void List(XhtmlWriter w, ListBlock list)
    {
        w.Start(list.Ordered ? "ol" : "ul");
        if (list.Ordered && list.Start != 1) w.Attr("start", list.Start.ToString(CultureInfo.InvariantCulture));
        w.Line();
        foreach (var item in list.Items)
        {
            // A one-paragraph item is written without <p>, as a tight Markdown list reads: the item takes the paragraph's id.
            if (item.Blocks is [ParagraphBlock { Anchor: { } paragraphId }]) w.IdOnNext(paragraphId);
            w.Start("li");
            if (item.Blocks is [ParagraphBlock only]) TightParagraph(w, only);
            else Write(w, item.Blocks);
            w.End().Line();
        }
        w.End();
    }

    /// <summary>A paragraph written without its &lt;p&gt;; a failure still names the paragraph.</summary>
    private static void TightParagraph(XhtmlWriter w, ParagraphBlock paragraph) =>
        InputLocationException.At(paragraph.Source, () =>
        {
            w.BeginText(paragraph);
            InlineRenderer.Write(w, paragraph.Inlines);
            w.EndText();
        });

    private static void Figure(XhtmlWriter w, ImageBlock figure)
    {
        w.Start("figure");
        if (figure.Id is { } id) w.Id(id);
        w.PageBreaks(figure);
        InlineRenderer.Image(w, figure.Image, null);
        var numbered = w.Plan.CaptionOf(figure.Id);
        if (figure.Caption.Count > 0 || numbered is not null)
        {
            w.Start("figcaption");
            CaptionLabel.Write(w, numbered, figure.Caption);
            w.End();
        }
        w.End();
    }

    private static void DefinitionList(XhtmlWriter w, DefinitionListBlock list)
    {
        w.Start("dl").Line();
        foreach (var item in list.Items)
        {
            foreach (var term in item.Terms)
            {
                w.Start("dt").BeginText(term);
                InlineRenderer.Write(w, term);
                w.EndText().End().Line();
            }
            w.Start("dd");
            if (item.Definitions is [ParagraphBlock only]) TightParagraph(w, only);
            else Write(w, item.Definitions);
            w.End().Line();
        }
        w.End();
    }

    /// <summary>
    /// The author's text of a paragraph, where its direction is read from: what other nodes print
    /// (a cross-reference's label, a footnote's number) is neutral or in the book's language, and
    /// a node this edition does not know is left to the renderer to report.
    /// </summary>
    private static string Letters(IReadOnlyList<Inline> inlines)
    {
        var text = new System.Text.StringBuilder();
        void Walk(IReadOnlyList<Inline> nodes)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case TextInline t: text.Append(t.Text); break;
                    case CodeInline c: text.Append(c.Code); break;
                    case EmphasisInline e: Walk(e.Children); break;
                    case LinkInline l: Walk(l.Children); break;
                    case GlossaryRefInline g: Walk(g.Children); break;
                    case LanguageInline l: Walk(l.Children); break;
                    case IndexMarkInline m: Walk(m.Children); break;
                }
            }
        }
        Walk(inlines);
        return text.ToString();
    }
}
