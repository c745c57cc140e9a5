using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using Markdig.Extensions.Figures;
using Markdig.Syntax.Inlines;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using LinkInline = Markdig.Syntax.Inlines.LinkInline;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.Images;

/// <summary>
/// Images of one division: a paragraph that is only an image becomes a figure (its title the
/// caption), <c>^^^</c> figures take their caption from the figure syntax, and every image is
/// resolved to a verified file with its alternative text. A figure with a caption or an explicit
/// id is numbered, so it gets an anchor id (the author's, else one of its own).
/// </summary>
internal sealed class FigureConverter(DivisionScope scope)
{
    private int _numbered;

    /// <summary>The paragraph's image when it holds nothing else, or null.</summary>
    public static LinkInline? SoleImage(Markdig.Syntax.ParagraphBlock p)
    {
        if (p.Inline is null) return null;
        LinkInline? found = null;
        foreach (var inline in p.Inline)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } img when found is null: found = img; break;
                case LiteralInline lit when lit.Content.IsEmptyOrWhitespace(): break;
                case Markdig.Syntax.Inlines.LineBreakInline: break;
                default: return null;
            }
        }
        return found;
    }

    /// <summary>An image standing alone in a paragraph, as a figure captioned with the image's title.</summary>
    public ImageBlock? Image(Markdig.Syntax.ParagraphBlock paragraph, LinkInline img, SourceSpan at)
    {
        if (ResolveImage(img) is not { } image) return null;
        var caption = string.IsNullOrEmpty(img.Title) ? [] : new List<Model.Inline> { new TextInline(img.Title) };
        return new ImageBlock(image, caption) { Source = at, Id = IdOf(paragraph, caption, at), KeepInPlace = Placement.Here(img, paragraph) };
    }

    public ImageBlock? Figure(Figure f)
    {
        BookImage? image = null;
        var here = Placement.Here(f);
        var caption = new List<Model.Inline>();
        foreach (var child in f)
        {
            switch (child)
            {
                case FigureCaption fc:
                    here |= Placement.Here(fc);
                    caption.AddRange(scope.Inlines.Inlines(fc.Inline, false));
                    break;
                case Markdig.Syntax.ParagraphBlock p when SoleImage(p) is { } img:
                    here |= Placement.Here(img, p);
                    image ??= ResolveImage(img);
                    break;
                case Markdig.Syntax.ParagraphBlock p:
                    caption.AddRange(scope.Inlines.Inlines(p.Inline, false));
                    break;
            }
        }
        if (image is null)
        {
            scope.Diagnostics.Report(FigureWithoutImage, scope.At(f));
            return null;
        }
        var trimmed = InlineEdges.TrimEnd(caption);
        return new ImageBlock(image, trimmed) { Source = scope.At(f), Id = IdOf(f, trimmed, scope.At(f)), KeepInPlace = here };
    }

    /// <summary>The verified image, or null (with a diagnostic); an image without alternative text is a warning.</summary>
    public BookImage? ResolveImage(LinkInline img)
    {
        var alt = scope.Inlines.PlainOf(img);
        if (alt.Length == 0) scope.Diagnostics.Report(ImageWithoutAlt, scope.At(img), img.Url);
        return scope.Services.Images.Resolve(img.Url ?? "", alt, scope.File, scope.At(img));
    }

    /// <summary>The id the anchor phase gave the figure; else one of its own when it has a caption; else none.</summary>
    private string? IdOf(Markdig.Syntax.Block block, IReadOnlyList<Model.Inline> caption, SourceSpan at)
    {
        if (scope.Services.Index.IdOf(block) is { } id) return id;
        if (caption.Count == 0) return null;
        _numbered++;
        return scope.Services.Anchors.AddDerived($"figure-{scope.DivisionId}-{_numbered}", "figure", AnchorKind.Figure, scope.DivisionId, InlineText.Plain(caption), at);
    }
}
