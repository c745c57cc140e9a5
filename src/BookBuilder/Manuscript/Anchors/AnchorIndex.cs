using BookBuilder.Manuscript.GlossaryTerms;
using BookBuilder.Manuscript.Sources;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;

namespace BookBuilder.Manuscript.Anchors;

/// <summary>
/// The result of the anchor phase, read only: the division id of every file, the id of every
/// heading and of every block with an explicit id, and the glossary's terms. Links may then point
/// forwards and across files, because every id exists before any text is converted. Tables
/// know their captions here too, since a caption may stand before its table, and footnotes their
/// ids, so that a cross-reference may name a note before its first call.
/// </summary>
/// <param name="captionOf">The caption paragraph of each table that has one.</param>
/// <param name="captions">Every caption paragraph, paired or not.</param>
/// <param name="footnotes">The id of every footnote that is called.</param>
/// <param name="footnoteLabels">The id of each footnote by file and label.</param>
internal sealed class AnchorIndex(IReadOnlyDictionary<string, string> divisionOfFile, IReadOnlyDictionary<MdBlock, string> blockIds, GlossaryIndex glossary,
    IReadOnlyDictionary<Table, ParagraphBlock> captionOf, IReadOnlySet<ParagraphBlock> captions,
    IReadOnlyDictionary<Markdig.Extensions.Footnotes.Footnote, string> footnotes, IReadOnlyDictionary<(string File, string Label), string> footnoteLabels,
    IReadOnlyDictionary<MdBlock, string>? solutionIds = null)
{
    /// <summary>The anchor of the solution of an exercise container (wherever the plan puts it), or null when the anchor phase did not see it.</summary>
    public string? SolutionIdOf(MdBlock exercise) => solutionIds?.GetValueOrDefault(exercise);

    /// <summary>The id of a footnote, or null when the anchor phase did not see it.</summary>
    public string? FootnoteId(Markdig.Extensions.Footnotes.Footnote note) => footnotes.GetValueOrDefault(note);

    /// <summary>The id of the footnote called <c>[^label]</c> in <paramref name="file"/>, or null.</summary>
    public string? FootnoteId(string file, string label) => footnoteLabels.GetValueOrDefault((file, label));

    /// <summary>The caption paragraph of a table ("Table: ..."), or null.</summary>
    public ParagraphBlock? CaptionOf(Table table) => captionOf.GetValueOrDefault(table);

    /// <summary>Whether a paragraph is a table's caption, which its table converts (not the text).</summary>
    public bool IsTableCaption(ParagraphBlock paragraph) => captions.Contains(paragraph);

    /// <summary>The glossary's terms and how to find them in running text.</summary>
    public GlossaryIndex Glossary { get; } = glossary;

    /// <summary>The division id of a manuscript file (relative path), or null when it is not part of the book.</summary>
    public string? DivisionOfFile(string file) => divisionOfFile.GetValueOrDefault(file);

    /// <summary>The division id of a parsed file.</summary>
    public string DivisionOf(ParsedSource source) => divisionOfFile[source.Path];

    /// <summary>The id given to a block in the anchor phase, or null.</summary>
    public string? IdOf(MdBlock block) => blockIds.GetValueOrDefault(block);
}
