using BookBuilder.Pdf.Layout;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// The content of one page's text block as the paginator filled it: operations relative to the
/// text block's top-left corner (footnotes included at its foot), and the page's quality figures.
/// </summary>
public sealed record PageBody(IReadOnlyList<DrawOp> Ops, IReadOnlyList<LineMetric> Lines, IReadOnlyList<PreflightNote> Notes, IReadOnlyList<string> FootnoteIds)
{
    /// <summary>Where the division the page belongs to has its title: the place of a problem nothing on the page can name.</summary>
    public Model.SourceSpan Division { get; init; } = Model.SourceSpan.None;

    /// <summary>A page left blank (no folio, no running head): a left-hand page before a division that opens on the right.</summary>
    public static PageBody Blank { get; } = new([], [], [], []);

    public bool IsBlank => Ops.Count == 0;
}
