using BookBuilder.Model;

namespace BookBuilder.Epub.Content;

/// <summary>
/// Writes a pipe table with its caption (number and text), thead and tbody; alignment goes to
/// classes, not inline styles.
/// </summary>
internal static class TableRenderer
{
    public static void Write(XhtmlWriter w, TableBlock table)
    {
        w.Start("table");
        if (table.Id is { } id) w.Id(id);
        w.Line();
        var numbered = w.Plan.CaptionOf(table.Id);
        if (table.Caption.Count > 0 || numbered is not null)
        {
            w.Start("caption");
            CaptionLabel.Write(w, numbered, table.Caption);
            w.End().Line();
        }
        var bodyRows = table.Rows;
        if (table.HasHeader && table.Rows.Count > 0)
        {
            w.Start("thead").Line();
            Row(w, table, table.Rows[0], "th");
            w.End().Line();
            bodyRows = table.Rows.Skip(1).ToArray();
        }
        if (bodyRows.Count > 0)
        {
            w.Start("tbody").Line();
            foreach (var row in bodyRows) Row(w, table, row, "td");
            w.End().Line();
        }
        w.End();
    }

    private static void Row(XhtmlWriter w, TableBlock table, TableRow row, string cell)
    {
        w.Start("tr");
        for (var i = 0; i < row.Cells.Count; i++)
        {
            w.Start(cell);
            if (cell == "th") w.Attr("scope", "col");
            var align = i < table.Columns.Count ? table.Columns[i] : ColumnAlign.Default;
            if (align != ColumnAlign.Default) w.Class("align-" + align.ToString().ToLowerInvariant());
            // A page of print that begins with this row begins in its first cell.
            if (i == 0) w.PageBreaks(row);
            InlineRenderer.Write(w, row.Cells[i]);
            w.End();
        }
        w.End().Line();
    }
}
