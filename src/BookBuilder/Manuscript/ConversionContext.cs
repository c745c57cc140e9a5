using BookBuilder.Diagnostics;
using BookBuilder.Model;

namespace BookBuilder.Manuscript;

/// <summary>State shared by the conversion of all files of one book.</summary>
internal sealed class ConversionContext(string manuscriptRoot, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public AnchorRegistry Anchors { get; } = new(diagnostics);
    public ImageResolver Images { get; } = new(manuscriptRoot, diagnostics);
    public GlossaryMatcher? Glossary { get; set; }

    /// <summary>Manuscript file (relative path) -> id of the division it holds, for links like "02-history.md#id".</summary>
    public Dictionary<string, string> DivisionOfFile { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids given to headings (and other blocks with explicit ids) in the anchor pass.</summary>
    public Dictionary<Markdig.Syntax.Block, string> BlockIds { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Linked uses of each glossary entry, in reading order.</summary>
    public Dictionary<string, List<GlossaryUse>> GlossaryUses { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles of glossary entries by id, to make readable diagnostics.</summary>
    public Dictionary<string, string> GlossaryTerms { get; } = new(StringComparer.Ordinal);
}
