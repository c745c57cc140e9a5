using BookBuilder.Pdf.Layout;

namespace BookBuilder.Pdf.Paging;

/// <summary>The laid-out book: its pages in order and the preflight report.</summary>
public sealed record TypesetResult(IReadOnlyList<PageFrame> Pages, PreflightReport Preflight)
{
    /// <summary>Label of the page each anchor id lands on (first occurrence).</summary>
    public IReadOnlyDictionary<string, string> AnchorPages { get; init; } = new Dictionary<string, string>();

    /// <summary>Labels of the right-hand pages whose last line of text ends in a hyphen (the word goes on overleaf).</summary>
    public IReadOnlyList<string> RectoHyphenPages { get; init; } = [];
}
