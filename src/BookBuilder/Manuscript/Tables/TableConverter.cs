using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace BookBuilder.Manuscript.Tables;

/// <summary>Pipe tables: column alignments, a header row when there is one, cells of inline content.</summary>
internal static class TableConverter
{
    public static TableBlock Table(Table t, DivisionScope scope)
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
        return new TableBlock(columns.Take(width).ToList(), rows, hasHeader) { Source = scope.At(t) };
    }
}
