using BookBuilder.Manuscript.Index;
using BookBuilder.Manuscript.Links;
using BookBuilder.Manuscript.RawHtml;
using BookBuilder.Manuscript.SmartPunctuation;
using BookBuilder.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using LinkInline = Markdig.Syntax.Inlines.LinkInline;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace BookBuilder.Manuscript.Conversion;

/// <summary>
/// Converts Markdig inlines into model inlines: text with typographic punctuation, emphasis,
/// code, line breaks, links, images, footnote references; raw HTML is checked and dropped. Within
/// a division it resolves and reports through the division's features; <see cref="TextOnly"/>
/// converts the same way without resolving or reporting anything, for the text of a heading
/// before the division is converted.
/// </summary>
internal sealed class InlineConverter(DivisionScope? scope)
{
    /// <summary>A converter that only reads text: links keep their text, marks and images give none.</summary>
    public static InlineConverter TextOnly { get; } = new(null);

    /// <summary>Converts inline content; optionally links the first use of glossary terms.</summary>
    public List<Model.Inline> Inlines(ContainerInline? container, bool linkGlossary)
    {
        var list = new List<Model.Inline>();
        if (container is null) return list;
        Sequence(container, list, 0);
        var merged = Punctuation.Merge(list);
        if (scope is null) return merged;
        foreach (var t in merged.OfType<TextInline>()) scope.Footnotes.CheckUndefined(t.Text, (MarkdownObject?)container.ParentBlock ?? container);
        return linkGlossary && !scope.GlossaryPaused && scope.Glossary is { } glossary ? glossary.Link(merged) : merged;
    }

    /// <summary>The plain text of inline content (an image's alternative text), trimmed.</summary>
    public string PlainOf(ContainerInline c) => InlineText.Plain(Inlines(c, false)).Trim();

    /// <summary>
    /// The children of emphasis, a link or another container <paramref name="depth"/> levels down.
    /// Deeper than <see cref="InputLimits.InlineNesting"/> is an error, and what is inside is not
    /// converted: an edition nests an element for each level, which readers refuse from a few
    /// hundred levels on (libxml2 stops at 256).
    /// </summary>
    private List<Model.Inline> Children(ContainerInline c, int depth)
    {
        var list = new List<Model.Inline>();
        if (depth > InputLimits.InlineNesting)
        {
            scope?.Diagnostics.Report(InlineNestedTooDeeply, scope.At(c), InputLimits.InlineNesting);
            return list;
        }
        Sequence(c, list, depth);
        return Punctuation.Merge(list);
    }

    /// <summary>
    /// The inlines of a container in order; the inlines between an index span's start and end
    /// become the mark's children. A span whose end is not beside its start (the brackets cross
    /// the edge of emphasis or a link) is left out of the index, its text kept.
    /// </summary>
    private void Sequence(ContainerInline container, List<Model.Inline> into, int depth)
    {
        var children = container.ToList();
        for (var i = 0; i < children.Count; i++)
        {
            switch (children[i])
            {
                case IndexSpanStart start when MatchingEnd(children, i) is var end and >= 0:
                    var inner = new List<Model.Inline>();
                    for (var j = i + 1; j < end; j++) Inline(children[j], inner, depth);
                    into.AddRange(Span(start, (IndexSpanEnd)children[end], Punctuation.Merge(inner)));
                    i = end;
                    break;
                case IndexSpanStart:
                    scope?.Diagnostics.Report(IndexSpanCrossed, scope.At(children[i]));
                    break;
                case IndexSpanEnd:
                    break; // the end of a span reported at its start
                default:
                    Inline(children[i], into, depth);
                    break;
            }
        }
    }

    /// <summary>
    /// A bracketed span's text in its language (<c>lang=</c>, checked) and marked for the index
    /// (<c>.index</c>), either or both; its text alone where neither holds.
    /// </summary>
    private IReadOnlyList<Model.Inline> Span(IndexSpanStart start, IndexSpanEnd end, List<Model.Inline> text)
    {
        if (scope is null) return text;
        if (IndexSpanParser.LanguageOf(end.Attributes) is { } tag && scope.Containers.Language(tag, scope.At(start)) is { } language)
            text = [new LanguageInline(language, text)];
        return IndexSpanParser.IsIndex(end.Attributes) ? scope.Index.Mark(start, end, text) : text;
    }

    /// <summary>The index of the end that closes the start at <paramref name="start"/> among its siblings, or -1.</summary>
    private static int MatchingEnd(List<MdInline> siblings, int start)
    {
        var depth = 0;
        for (var i = start + 1; i < siblings.Count; i++)
        {
            if (siblings[i] is IndexSpanStart) depth++;
            else if (siblings[i] is IndexSpanEnd && depth-- == 0) return i;
        }
        return -1;
    }

    private void Inline(MdInline inline, List<Model.Inline> into, int depth)
    {
        switch (inline)
        {
            case LiteralInline lit:
                // Control characters were removed when the file was read.
                into.Add(new TextInline(lit.Content.ToString()));
                break;
            case SmartyPant sp:
                into.Add(new TextInline(Punctuation.Text(sp)));
                break;
            case HtmlEntityInline entity:
                // "&#7;" names a control character the file itself did not hold.
                var character = ControlCharacters.Remove(entity.Transcoded.ToString(), out var removed);
                if (removed) scope?.Diagnostics.Report(ControlCharactersRemoved, scope.At(entity), (int)entity.Transcoded.ToString()[0], "");
                into.Add(new TextInline(character));
                break;
            case Markdig.Syntax.Inlines.CodeInline code:
                into.Add(new Model.CodeInline(code.Content));
                break;
            case Markdig.Syntax.Inlines.LineBreakInline br:
                into.Add(br.IsHard ? new Model.LineBreakInline(true) : new TextInline(" "));
                break;
            case Markdig.Syntax.Inlines.EmphasisInline em:
                into.Add(new Model.EmphasisInline(Kind(em), Children(em, depth + 1)));
                break;
            case LinkInline { IsImage: true } img:
                if (scope?.Figures.ResolveImage(img) is { } image) into.Add(new ImageInline(image));
                break;
            case LinkInline link:
                into.AddRange(Link(link.Url ?? "", link.Title, Children(link, depth + 1), link));
                break;
            case AutolinkInline auto:
                var url = auto.IsEmail && !auto.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + auto.Url : auto.Url;
                into.AddRange(Link(url, null, [new TextInline(auto.Url)], auto));
                break;
            case FootnoteLink { IsBackLink: false } fl:
                if (scope is not null) into.Add(scope.Footnotes.Reference(fl));
                break;
            case FootnoteLink:
                break; // back-links are the renderers' business
            case HtmlInline html:
                if (scope is not null) RawHtmlPolicy.Check(html.Tag, scope.At(html), scope.Diagnostics);
                break;
            case LinkDelimiterInline bracket:
                // A '[' Markdig could not close into a link ("[2][3]" with no definition of 3): text.
                into.Add(new TextInline(bracket.ToLiteral()));
                into.AddRange(Children(bracket, depth + 1));
                break;
            case ContainerInline other:
                into.AddRange(Children(other, depth + 1));
                break;
            default:
                scope?.Diagnostics.Report(ElementUnsupported, scope.At(inline), inline.GetType().Name);
                break;
        }
    }

    private IReadOnlyList<Model.Inline> Link(string url, string? title, List<Model.Inline> children, MdInline at) =>
        scope is null ? LinkResolver.Text(url, children) : scope.Links.Resolve(url, title, children, scope.At(at));

    private static EmphasisKind Kind(Markdig.Syntax.Inlines.EmphasisInline em) => (em.DelimiterChar, em.DelimiterCount) switch
    {
        ('~', 2) => EmphasisKind.Strikethrough,
        ('~', _) => EmphasisKind.Subscript,
        ('^', _) => EmphasisKind.Superscript,
        (_, >= 2) => EmphasisKind.Bold,
        _ => EmphasisKind.Italic,
    };
}
