using BookBuilder.Pdf.Layout;

namespace BookBuilder.Pdf.Paging;

/// <summary>The laid-out book: its pages in order and the preflight report.</summary>
public sealed record TypesetResult(IReadOnlyList<PageFrame> Pages, PreflightReport Preflight)
{
    /// <summary>Label of the page each anchor id lands on (first occurrence).</summary>
    public IReadOnlyDictionary<string, string> AnchorPages { get; init; } = new Dictionary<string, string>();

    /// <summary>Where each page begins in the book's text, in page order (a blank page where the next text does).</summary>
    public IReadOnlyList<PageStart> PageStarts { get; init; } = [];

    /// <summary>Labels of the right-hand pages whose last line of text ends in a hyphen (the word goes on overleaf).</summary>
    public IReadOnlyList<string> RectoHyphenPages { get; init; } = [];

    /// <summary>
    /// The spreads inside a division (a left-hand page and the right-hand page facing it, neither
    /// with footnotes, the right-hand one not the division's last), and how many lines apart their
    /// last baselines are (0: balanced).
    /// </summary>
    public IReadOnlyList<Spread> Spreads { get; init; } = [];
}

/// <summary>A left-hand page and the right-hand page facing it, and how many body lines apart their last baselines are.</summary>
public sealed record Spread(string Verso, string Recto, int LinesApart);

/// <summary>
/// Where a page begins in the book's text: the node its first text comes from (a block, a
/// heading, an entry of the plan) and the character offset in that node's text.
/// </summary>
/// <param name="Index">0-based physical page.</param>
/// <param name="Label">The page's label ("iii", "12").</param>
public sealed record PageStart(int Index, string Label, object Node, int Offset);
