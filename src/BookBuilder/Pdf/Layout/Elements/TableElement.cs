using System.Collections.Concurrent;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Tagging;

namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>Rules, padding and colours of a table.</summary>
public sealed record TableLook(float Padding, float OuterRule, float InnerRule, uint RuleColor, uint HeaderFill);

/// <summary>
/// A table of ragged text cells. Column widths follow the content (natural widths when they fit,
/// otherwise shares between the longest word and the natural width). A table too wide for the
/// measure even at its longest words is set by <see cref="BlockBuilder"/> as several tables of
/// fewer columns, one below the other. Rows never split; a table
/// splits between rows and repeats its header row on the next page. Tagged Table, TR, and TH
/// (column scope) or TD; the header row repeated on a later page is an artifact.
/// </summary>
public sealed class TableElement : LayoutElement
{
    private readonly Shared _shared;
    private readonly int _nextRow;

    private sealed record Shared(IReadOnlyList<IReadOnlyList<ParagraphElement>> Rows, bool HasHeader, TableLook Look, SourceSpan Source, object? Node, IReadOnlyList<object>? RowNodes)
    {
        public ConcurrentDictionary<float, Fragment[]> RowsByWidth { get; } = new();
        public StructTag Table { get; } = new(StructRole.Table);
        public StructTag[] RowTags { get; } = Rows.Select(_ => new StructTag(StructRole.TR)).ToArray();
        public StructTag[][] CellTags { get; } = Rows.Select((row, r) => row.Select(_ => HasHeader && r == 0
            ? new StructTag(StructRole.TH) { Scope = "Column" }
            : new StructTag(StructRole.TD)).ToArray()).ToArray();
    }

    /// <param name="rows">Cells as paragraphs (ragged flows), row by row; the first row is the header when <paramref name="hasHeader"/>.</param>
    /// <param name="node">What the table is in the book, for the page starts (<see cref="TextStartOp"/>); a page it continues on starts at the node of its first new row.</param>
    /// <param name="rowNodes">What each row is in the book.</param>
    public TableElement(IReadOnlyList<IReadOnlyList<ParagraphElement>> rows, bool hasHeader, TableLook look, SourceSpan source = default,
        object? node = null, IReadOnlyList<object>? rowNodes = null)
        : this(new Shared(rows, hasHeader, look, source, node, rowNodes), hasHeader ? 1 : 0) { }

    /// <summary>The table's structure element, which a caption set above it joins as its first child.</summary>
    public StructTag Tag => _shared.Table;

    private TableElement(Shared shared, int nextRow)
    {
        _shared = shared;
        _nextRow = nextRow;
    }

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var rows = _shared.RowsByWidth.GetOrAdd(region.Width, SetRows);
        var look = _shared.Look;
        if (rows.Length == 0) return new Fits(Fragment.Empty);
        var b = new FragmentBuilder();
        float y = 0;
        // The table starts here, or (on a later page, under the repeated header) its next row does.
        var starts = _nextRow == (_shared.HasHeader ? 1 : 0) ? _shared.Node
            : _shared.RowNodes is { } nodes && _nextRow < nodes.Count ? nodes[_nextRow] : null;
        if (starts is not null) b.Add(new TextStartOp(0, 0, starts, 0));
        b.Add(Rule(0, region.Width, look.OuterRule));
        if (_shared.HasHeader)
        {
            b.Add(new RectOp(0, 0, region.Width, rows[0].Height, look.HeaderFill));
            // The header repeated at the top of a later page is page furniture: read once, where the table starts.
            var repeated = _nextRow > 1;
            b.Add(repeated ? TaggedElement.Wrap(rows[0], StructTag.ArtifactOf(ArtifactKind.Pagination)) : rows[0], 0, 0);
            y = rows[0].Height;
            b.Add(Rule(y, region.Width, look.InnerRule));
        }
        var next = _nextRow;
        while (next < rows.Length && y + rows[next].Height <= region.Height + 0.01f)
        {
            b.Add(rows[next], 0, y);
            y += rows[next].Height;
            next++;
        }
        if (next == _nextRow && next < rows.Length)
        {
            if (!region.AtPageTop) return NothingFits.Instance;
            b.Add(rows[next], 0, y);
            y += rows[next].Height;
            next++;
            b.AddNote(new PreflightNote(PreflightKind.Oversize, "a table row is taller than the page", _shared.Source));
        }
        b.Add(Rule(y, region.Width, look.OuterRule));
        var content = TaggedElement.Wrap(b.Build(y + look.OuterRule), _shared.Table);
        return next >= rows.Length ? new Fits(content) : new Partial(content, new TableElement(_shared, next));
    }

    private RuleOp Rule(float y, float width, float thickness) => new(0, y, width, y, thickness, _shared.Look.RuleColor);

    private Fragment[] SetRows(float width)
    {
        var rows = _shared.Rows;
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (columns == 0) return [];
        var widths = ColumnWidths(width, columns);
        var pad = _shared.Look.Padding;
        var result = new Fragment[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var b = new FragmentBuilder();
            float x = 0, height = 0;
            for (var c = 0; c < columns; c++)
            {
                if (c < rows[r].Count && rows[r][c].Layout(new Region(widths[c], float.MaxValue, true)) is Fits f)
                {
                    b.Add(TaggedElement.Wrap(f.Content, _shared.CellTags[r][c]), x + pad, pad);
                    height = Math.Max(height, f.Content.Height);
                }
                x += widths[c] + 2 * pad;
            }
            result[r] = TaggedElement.Wrap(b.Build(height + 2 * pad), _shared.RowTags[r]);
        }
        return result;
    }

    private float[] ColumnWidths(float width, int columns)
    {
        var natural = new float[columns];
        var minimum = new float[columns];
        foreach (var row in _shared.Rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                var lines = row[c].Compose(1e6f).Lines;
                foreach (var line in lines) natural[c] = Math.Max(natural[c], line.NaturalWidth + 0.5f);
                // Columns are at least as wide as their longest word: short cells read badly hyphenated.
                // Half a point of slack: a word measured to the exact width must not fail to fit by rounding.
                minimum[c] = Math.Max(minimum[c], Math.Min(row[c].Flow.LongestUnbreakable(hyphenate: false), natural[c]) + 0.5f);
            }
        }
        var available = Math.Max(columns, width - columns * 2 * _shared.Look.Padding);
        var sumNatural = natural.Sum();
        var sumMinimum = minimum.Sum();
        var widths = new float[columns];
        for (var c = 0; c < columns; c++)
        {
            if (sumNatural <= available)
                widths[c] = sumNatural > 0 ? natural[c] * available / sumNatural : available / columns;
            else if (sumMinimum < available)
                widths[c] = minimum[c] + (available - sumMinimum) * (natural[c] - minimum[c]) / Math.Max(1e-3f, sumNatural - sumMinimum);
            else
                widths[c] = sumMinimum > 0 ? minimum[c] * available / sumMinimum : available / columns;
        }
        return widths;
    }
}
