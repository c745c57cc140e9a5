using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ParagraphBlock = Markdig.Syntax.ParagraphBlock;

namespace BookBuilder.Manuscript.Tables;

/// <summary>
/// Pipe tables of one division: column alignments, a header row when there is one, cells of
/// inline content, and the caption paired with the table in the anchor phase. A table with a
/// caption is numbered, so it gets an anchor id (the caption's explicit one, else one of its own).
/// </summary>
internal sealed class TableConverter(DivisionScope scope)
{
    private int _numbered;

    public TableBlock Table(Table t)
    {
        var columns = t.ColumnDefinitions.Select(c => c.Alignment switch
        {
            TableColumnAlign.Left => ColumnAlign.Left,
            TableColumnAlign.Center => ColumnAlign.Center,
            TableColumnAlign.Right => ColumnAlign.Right,
            _ => ColumnAlign.Default,
        }).ToList();
        var rows = new List<Model.TableRow>();
        var hasHeader = false;
        foreach (var row in t.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            if (rows.Count == 0 && row.IsHeader) hasHeader = true;
            var cells = new List<IReadOnlyList<Model.Inline>>();
            foreach (var cell in row.OfType<TableCell>())
            {
                var content = new List<Model.Inline>();
                foreach (var p in cell.OfType<LeafBlock>())
                    if (p.Inline is not null) content.AddRange(scope.Inlines.Inlines(p.Inline, linkGlossary: !row.IsHeader));
                cells.Add(content);
            }
            rows.Add(new Model.TableRow(cells));
        }
        // Markdig may drop trailing empty alignment definitions; pad so every row has a column.
        var width = rows.Count == 0 ? columns.Count : rows.Max(r => r.Cells.Count);
        while (columns.Count < width) columns.Add(ColumnAlign.Default);
        var at = scope.At(t);
        var captionParagraph = scope.Services.Index.CaptionOf(t);
        var (caption, id) = captionParagraph is { } paragraph ? Caption(paragraph, at) : ([], null);
        return new TableBlock(columns.Take(width).ToList(), rows, hasHeader)
        {
            Source = at, Caption = caption, Id = id, KeepInPlace = Images.Placement.Here(captionParagraph, t),
        };
    }

    /// <summary>The caption's inlines without "Table:", and the table's id.</summary>
    private (IReadOnlyList<Model.Inline> Caption, string? Id) Caption(ParagraphBlock paragraph, Model.SourceSpan at)
    {
        var inlines = scope.Inlines.Inlines(paragraph.Inline, linkGlossary: false);
        if (inlines is [TextInline first, ..])
        {
            var rest = TableCaptions.WithoutPrefix(first.Text);
            inlines = rest.Length == 0 ? inlines[1..] : [new TextInline(rest), .. inlines[1..]];
        }
        inlines = InlineEdges.TrimEnd(inlines);
        var id = scope.Services.Index.IdOf(paragraph);
        if (id is null)
        {
            _numbered++;
            id = scope.Services.Anchors.AddDerived($"table-{scope.DivisionId}-{_numbered}", "table", AnchorKind.Table, scope.DivisionId, InlineText.Plain(inlines), at);
        }
        return (inlines, id);
    }
}
