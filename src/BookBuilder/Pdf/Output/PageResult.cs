using BookBuilder.Pdf.Layout.Tagging;

namespace BookBuilder.Pdf.Output;

/// <summary>What happens to the structure tree at one point of a page's content.</summary>
internal enum StructEventKind
{
    /// <summary>A tag opens (a new structure element, or one continued from an earlier place).</summary>
    Begin,
    /// <summary>The tag closes.</summary>
    End,
    /// <summary>A marked-content sequence <see cref="StructEvent.Number"/> belongs to the tag (null: to the document).</summary>
    Content,
    /// <summary>Link annotation <see cref="StructEvent.Number"/> of the page belongs to the tag.</summary>
    Annotation,
}

internal readonly record struct StructEvent(StructEventKind Kind, StructTag? Tag, int Number);

/// <summary>A rectangle in PDF user space (points, y up).</summary>
internal readonly record struct PdfRect(float Left, float Bottom, float Right, float Top);

/// <summary>A link annotation of a page: one per link and page, with a quadrilateral per line span.</summary>
internal sealed class PageLink(StructTag tag, string? url, string? target)
{
    public StructTag Tag { get; } = tag;
    public string? Url { get; } = url;
    public string? Target { get; } = target;
    public List<PdfRect> Spans { get; } = [];

    /// <summary>Adds a rectangle, joining it to the last span when both are on one line and touch.</summary>
    public void Add(PdfRect r)
    {
        if (Spans.Count > 0)
        {
            var last = Spans[^1];
            if (Math.Abs(last.Bottom - r.Bottom) < 0.01f && Math.Abs(last.Top - r.Top) < 0.01f && r.Left <= last.Right + 8 && r.Right >= last.Left - 8)
            {
                Spans[^1] = new PdfRect(Math.Min(last.Left, r.Left), last.Bottom, Math.Max(last.Right, r.Right), last.Top);
                return;
            }
        }
        Spans.Add(r);
    }

    public PdfRect Bounds => new(Spans.Min(s => s.Left), Spans.Min(s => s.Bottom), Spans.Max(s => s.Right), Spans.Max(s => s.Top));
}

/// <summary>
/// One page written: its content stream (compressed), the structure events in content order,
/// its links, anchors and outline entries. Pages are written independently, in parallel.
/// </summary>
internal sealed class PageResult
{
    public required byte[] Content { get; init; }
    public required List<StructEvent> Events { get; init; }
    public required List<PageLink> Links { get; init; }
    /// <summary>Text drawn inside each link tag on this page, in content order.</summary>
    public required Dictionary<StructTag, System.Text.StringBuilder> LinkText { get; init; }
    public required List<(string Id, float X, float Y)> Anchors { get; init; }
    public required List<(float Y, int Level, string Title)> Outline { get; init; }
    /// <summary>Number of marked-content sequences with an MCID.</summary>
    public int McidCount { get; init; }
    /// <summary>Type names of drawing operations the writer does not know (left out, reported).</summary>
    public IReadOnlyList<string> Unsupported { get; init; } = [];
}
