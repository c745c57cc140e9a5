namespace BookBuilder.Plan;

/// <summary>
/// Where each page of the paged edition (the PDF) begins in the book's text, for an edition that
/// marks them (the EPUB's page list): plain data, nodes of the plan and the model with a
/// character offset (<see cref="Model.TextOffsets"/>) and the page's label. The publishing layer
/// lays the paged edition out and hands the map in through <see cref="BookPlan.PageBreaks"/>; no
/// edition learns anything else about the other.
/// </summary>
/// <param name="Source">Names the edition the pages are those of (the EPUB's pageBreakSource).</param>
/// <param name="Pages">Every page, in page order (a blank page begins where the text after it does).</param>
public sealed record PageMap(string Source, IReadOnlyList<PageBreak> Pages)
{
    private readonly Dictionary<object, PageBreak[]> _byNode = Pages
        .GroupBy(p => p.Node, ReferenceEqualityComparer.Instance)
        .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Offset).ToArray(), ReferenceEqualityComparer.Instance);

    /// <summary>The pages that begin in the text of <paramref name="node"/>, by offset.</summary>
    public IReadOnlyList<PageBreak> In(object node) => _byNode.TryGetValue(node, out var pages) ? pages : [];
}

/// <summary>A page of the paged edition and where its text begins.</summary>
/// <param name="Label">The page's label, as the paged edition prints it ("iii", "12").</param>
/// <param name="Node">What its first text is: a block, a table row, a heading, a division, an entry of the plan.</param>
/// <param name="Offset">Where in that node's text the page begins (0: at its start).</param>
public sealed record PageBreak(string Label, object Node, int Offset);
