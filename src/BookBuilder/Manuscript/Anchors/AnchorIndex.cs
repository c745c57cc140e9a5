using BookBuilder.Manuscript.GlossaryTerms;
using BookBuilder.Manuscript.Sources;
using MdBlock = Markdig.Syntax.Block;

namespace BookBuilder.Manuscript.Anchors;

/// <summary>
/// The result of the anchor phase, read only: the division id of every file, the id of every
/// heading and of every block with an explicit id, and the glossary's terms. Links may then point
/// forwards and across files, because every id exists before any text is converted.
/// </summary>
internal sealed class AnchorIndex(IReadOnlyDictionary<string, string> divisionOfFile, IReadOnlyDictionary<MdBlock, string> blockIds, GlossaryIndex glossary)
{
    /// <summary>The glossary's terms and how to find them in running text.</summary>
    public GlossaryIndex Glossary { get; } = glossary;

    /// <summary>The division id of a manuscript file (relative path), or null when it is not part of the book.</summary>
    public string? DivisionOfFile(string file) => divisionOfFile.GetValueOrDefault(file);

    /// <summary>The division id of a parsed file.</summary>
    public string DivisionOf(ParsedSource source) => divisionOfFile[source.Path];

    /// <summary>The id given to a block in the anchor phase, or null.</summary>
    public string? IdOf(MdBlock block) => blockIds.GetValueOrDefault(block);
}
