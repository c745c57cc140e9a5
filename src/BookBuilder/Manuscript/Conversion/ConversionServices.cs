using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Anchors;
using BookBuilder.Manuscript.Footnotes;
using BookBuilder.Manuscript.GlossaryTerms;
using BookBuilder.Manuscript.Images;
using BookBuilder.Manuscript.Index;

namespace BookBuilder.Manuscript.Conversion;

/// <summary>
/// What the conversion of every division shares: where problems go, the anchors (the index of
/// the anchor phase, read only, and the registry that hands out further ids), the images, the
/// log of glossary uses, the notes that links cite and the entries index marks name. Each is changed only through its own methods.
/// </summary>
internal sealed class ConversionServices(DiagnosticBag diagnostics, AnchorRegistry anchors, AnchorIndex index, ImageResolver images)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public AnchorRegistry Anchors { get; } = anchors;
    public AnchorIndex Index { get; } = index;
    public ImageResolver Images { get; } = images;
    public GlossaryUseLog GlossaryUses { get; } = new();
    public FootnoteCitations Footnotes { get; } = new();
    public IndexCrossReferences IndexHeadings { get; } = new();
}
