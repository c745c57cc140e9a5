using BookBuilder.Model;

namespace BookBuilder.Epub.Content;

/// <summary>Writes inline content as XHTML phrasing content.</summary>
internal static class InlineRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static void Write(XhtmlWriter w, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines) Write(w, inline);
    }

    private static void Write(XhtmlWriter w, Inline inline)
    {
        switch (inline)
        {
            case TextInline t: w.Content(t.Text); break;
            case CodeInline c: w.Start("code").Content(c.Code).End(); break;
            case LineBreakInline { Hard: true }: w.Start("br").EndVoid(); break;
            case LineBreakInline: w.Content(" "); break;
            case EmphasisInline e: Emphasis(w, e); break;
            case LinkInline l: Link(w, l); break;
            case GlossaryRefInline g: GlossaryRef(w, g); break;
            case FootnoteRefInline f: FootnoteRef(w, f); break;
            case CrossRefInline x: CrossRef(w, x); break;
            case IndexMarkInline m: IndexMark(w, m); break;
            case LanguageInline l:
                w.Start("span").Lang(l.Language);
                Write(w, l.Children);
                w.End();
                break;
            case ImageInline i: Image(w, i.Image, "inline-image"); break;
            case OrnamentInline o: w.Start("span").Class("ornament-inline").Content(o.Text).End(); break;
            default: throw UnknownNodeException.Inline(inline, "the EPUB edition");
        }
    }

    private static void Emphasis(XhtmlWriter w, EmphasisInline e)
    {
        var element = e.Kind switch
        {
            EmphasisKind.Bold => "strong",
            EmphasisKind.Strikethrough => "s",
            EmphasisKind.Superscript => "sup",
            EmphasisKind.Subscript => "sub",
            _ => "em",
        };
        w.Start(element);
        Write(w, e.Children);
        w.End();
    }

    private static void Link(XhtmlWriter w, LinkInline link)
    {
        var href = link.TargetId is { } target ? w.Map.HrefOfAnchor(target, w.File) : ExternalHref(link.Url);
        if (href is null || w.LinkDepth > 0)
        {
            // An unresolved target was reported by the manuscript stage; a nested link is invalid HTML.
            Write(w, link.Children);
            return;
        }
        w.Start("a").Attr("href", href);
        if (!string.IsNullOrEmpty(link.Title)) w.Attr("title", link.Title);
        if (!link.IsInternal) w.Class("external");
        Inside(w, link.Children);
        w.End();
    }

    /// <summary>
    /// The model's address (an ASCII URI, the PDF's too) when its scheme is one a reader may
    /// follow; otherwise null. Written as it is: the EPUB and the PDF link to the same address.
    /// </summary>
    public static string? ExternalHref(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        return AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase) ? url : null;
    }

    private static void GlossaryRef(XhtmlWriter w, GlossaryRefInline g)
    {
        var href = w.Map.HrefOfAnchor(g.EntryId, w.File)
            ?? (w.Book.Glossary?.Entries.Any(e => e.Id == g.EntryId) == true
                ? EpubFileMap.Href(EpubFileMap.GlossaryPage, g.EntryId, w.File)
                : null);
        if (href is null || w.LinkDepth > 0)
        {
            // Still anchor the use, so the glossary's back-link lands here.
            w.Start("span").Class("glossary-term").Id(g.UseId);
            Write(w, g.Children);
            w.End();
            return;
        }
        w.Start("a").EpubType("glossref").Role("doc-glossref").Attr("href", href).Class("glossary-term").Id(g.UseId);
        Inside(w, g.Children);
        w.End();
    }

    /// <summary>A place the index links to: the marked text (none for a mark that only names an entry) in an anchored span.</summary>
    private static void IndexMark(XhtmlWriter w, IndexMarkInline m)
    {
        w.Start("span").Class("index-mark").Id(m.Id);
        Write(w, m.Children);
        w.End();
    }

    /// <summary>A cross-reference: the plan's label of its target, as a link to it.</summary>
    private static void CrossRef(XhtmlWriter w, CrossRefInline x)
    {
        var label = w.Plan.LabelOf(x);
        var href = w.Map.HrefOfAnchor(x.TargetId, w.File);
        if (href is null || w.LinkDepth > 0)
        {
            w.Start("span").Class("xref").Id(x.RefId).Text(label).End();
            return;
        }
        w.Start("a").Class("xref").Attr("href", href).Id(x.RefId).Text(label).End();
    }

    private static void FootnoteRef(XhtmlWriter w, FootnoteRefInline f)
    {
        var number = f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var href = w.Map.HrefOfAnchor(f.FootnoteId, w.File) ?? EpubFileMap.Href(w.File, f.FootnoteId, w.File);
        w.Start("sup").Class("noteref");
        if (w.LinkDepth > 0)
        {
            w.Start("span").Id(f.RefId).Text(number).End();
        }
        else
        {
            w.Start("a").EpubType("noteref").Role("doc-noteref").Attr("href", href).Id(f.RefId).Text(number).End();
        }
        w.End();
    }

    /// <summary>An img element for a book image, or its alternative text when the EPUB lacks the file.</summary>
    public static void Image(XhtmlWriter w, BookImage image, string? cssClass)
    {
        var asset = w.Map.Image(image);
        if (asset is null)
        {
            w.Text(image.Alt);
            return;
        }
        w.Start("img").Attr("src", asset.Href).Attr("alt", image.Alt);
        if (cssClass is not null) w.Class(cssClass);
        w.EndVoid();
    }

    private static void Inside(XhtmlWriter w, IEnumerable<Inline> children)
    {
        w.LinkDepth++;
        try { Write(w, children); }
        finally { w.LinkDepth--; }
    }
}
