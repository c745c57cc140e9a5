using System.Text.RegularExpressions;
using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using Footnote = Markdig.Extensions.Footnotes.Footnote;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.Footnotes;

/// <summary>
/// The footnotes of one division (a chapter, the FAQ or the glossary alike): numbered from 1 in
/// order of first reference, each reference anchored so that the note can link back to it, and
/// checked both ways (a note never referenced, a reference to no note).
/// </summary>
internal sealed partial class FootnoteNumbering(DivisionScope scope)
{
    private readonly Dictionary<Footnote, (string Id, int Number)> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<string>> _references = new(StringComparer.Ordinal);
    private readonly List<Model.Footnote> _notes = [];

    /// <summary>Footnotes referenced in this division, numbered in order of first reference.</summary>
    public IReadOnlyList<Model.Footnote> All => _notes;

    /// <summary>The mark of a reference; the note itself is converted at its first reference.</summary>
    public FootnoteRefInline Reference(FootnoteLink link)
    {
        var note = link.Footnote;
        var anchors = scope.Services.Anchors;
        if (!_numbers.TryGetValue(note, out var info))
        {
            var number = _numbers.Count + 1;
            // The anchor phase gave every called note its id; a note it did not see gets one now.
            var id = scope.Services.Index.FootnoteId(note)
                ?? anchors.AddDerived($"fn-{scope.DivisionId}-{number}", "fn", AnchorKind.Footnote, scope.DivisionId, $"Note {number}", scope.At(note));
            scope.Services.Footnotes.Numbered(id);
            info = (id, number);
            _numbers[note] = info;
            // Registered before its body is converted: a note may itself reference a term or link.
            var refs = _references[id] = [];
            _notes.Add(new Model.Footnote(id, number, scope.Blocks.Blocks(note), refs));
        }
        var refList = _references[info.Id];
        var refId = anchors.AddDerived($"fnref-{scope.DivisionId}-{info.Number}" + (refList.Count == 0 ? "" : $"-{refList.Count + 1}"),
            "fnref", AnchorKind.FootnoteRef, scope.DivisionId, $"Note {info.Number}", scope.At(link));
        refList.Add(refId);
        return new FootnoteRefInline(info.Id, info.Number, refId);
    }

    /// <summary>
    /// Reports footnote definitions that nothing references and labels defined twice (call after
    /// the division is converted).
    /// </summary>
    public void CheckDefinitions()
    {
        ReportUnused();
        ReportDefinedTwice();
    }

    /// <summary>
    /// A second definition of a label: Markdig keeps the first and drops the rest without a word,
    /// so the text of the second would vanish from the book.
    /// </summary>
    private void ReportDefinedTwice()
    {
        var first = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in scope.Source.Document.Descendants<FootnoteLinkReferenceDefinition>())
        {
            var label = (definition.Footnote?.Label ?? definition.Label ?? "").TrimStart('^');
            var at = scope.At(definition);
            if (!first.TryAdd(label, at)) scope.Diagnostics.Report(FootnoteDefinedTwice, at, label, first[label]);
        }
    }

    /// <summary>Definitions that nothing references: Markdig drops them from the tree, so they are found in the text.</summary>
    private void ReportUnused()
    {
        var used = new HashSet<string>(_numbers.Keys.Select(f => (f.Label ?? "").TrimStart('^')), StringComparer.OrdinalIgnoreCase);
        var lines = scope.Source.File.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var m = FootnoteDefinition().Match(lines[i]);
            if (m.Success && !used.Contains(m.Groups[1].Value))
                scope.Diagnostics.Report(FootnoteUnused, new SourceSpan(scope.File, i + 1, 1), m.Groups[1].Value);
        }
    }

    /// <summary>A reference Markdig left as text, because no note of that label exists.</summary>
    public void CheckUndefined(string text, MarkdownObject at)
    {
        var m = UndefinedFootnote().Match(text);
        if (m.Success) scope.Diagnostics.Report(FootnoteUndefined, scope.At(at), m.Groups[1].Value);
    }

    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex UndefinedFootnote();
}
