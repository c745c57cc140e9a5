using System.Globalization;
using System.Text;
using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Layout;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Pdf.Paging;

/// <summary>One layout problem found on a page.</summary>
/// <param name="Page">Label of the page it is on (e.g. "12" or "iii").</param>
/// <param name="Subject">The word or text concerned, when there is one.</param>
public sealed record PreflightIssue(PreflightKind Kind, string Page, string Message, Model.SourceSpan Source, string? Subject = null);

/// <summary>
/// What the typesetter found worth checking before the PDF goes out: line quality, words that did
/// not fit, widows and orphans it could not avoid, and the size of the result.
/// </summary>
public sealed record PreflightReport
{
    public required int PageCount { get; init; }
    public required int LineCount { get; init; }
    public required int HyphenatedLines { get; init; }
    /// <summary>Lines wider than the measure (should be none).</summary>
    public required int OverfullLines { get; init; }
    /// <summary>Justified lines whose adjustment ratio exceeds <see cref="LooseThreshold"/>.</summary>
    public required int LooseLines { get; init; }
    /// <summary>Justified lines that took letter-spacing to keep their word spaces from opening up.</summary>
    public int LetterSpacedLines { get; init; }
    public required float LooseThreshold { get; init; }
    /// <summary>Page labels with very loose lines, in page order, each once.</summary>
    public required IReadOnlyList<string> LoosePages { get; init; }
    /// <summary>Words that could not fit the measure even hyphenated.</summary>
    public required IReadOnlyList<string> UnfittableWords { get; init; }
    /// <summary>Every problem with its page, in page order.</summary>
    public required IReadOnlyList<PreflightIssue> Issues { get; init; }
    /// <summary>How many layout passes the table of contents needed to become stable.</summary>
    public required int TocPasses { get; init; }
    /// <summary>How many layout passes the body needed for the page numbers its text prints (cross-references, glossary, index) to become stable.</summary>
    public int ReferencePasses { get; init; } = 1;
    /// <summary>False when page numbers the text prints still changed in the last pass: some may be wrong.</summary>
    public bool ReferencesSettled { get; init; } = true;

    /// <summary>Builds the report from laid-out pages and their labels.</summary>
    public static PreflightReport From(IReadOnlyList<(PageBody Body, string Label)> pages, float looseThreshold, int tocPasses)
    {
        int lines = 0, hyphenated = 0, overfull = 0, loose = 0, spaced = 0;
        var loosePages = new List<string>();
        var issues = new List<PreflightIssue>();
        foreach (var (body, label) in pages)
        {
            var looseHere = false;
            foreach (var line in body.Lines)
            {
                lines++;
                if (line.Hyphenated) hyphenated++;
                if (line.Overfull > 0.01f)
                {
                    overfull++;
                    issues.Add(new PreflightIssue(PreflightKind.Oversize, label, $"line overfull by {line.Overfull:F2} pt", Place(line.Source, body)));
                }
                if (line.Justified && line.Ratio > looseThreshold) { loose++; looseHere = true; }
                if (line.LetterSpacing > 0) spaced++;
            }
            if (looseHere) loosePages.Add(label);
            foreach (var note in body.Notes) issues.Add(new PreflightIssue(note.Kind, label, note.Message, Place(note.Source, body), note.Subject));
        }
        return new PreflightReport
        {
            PageCount = pages.Count, LineCount = lines, HyphenatedLines = hyphenated, OverfullLines = overfull,
            LooseLines = loose, LetterSpacedLines = spaced, LooseThreshold = looseThreshold, LoosePages = loosePages,
            UnfittableWords = issues.Where(i => i.Kind == PreflightKind.UnfittableWord).Select(i => i.Subject ?? i.Message).ToArray(),
            Issues = issues, TocPasses = tocPasses,
        };
    }

    /// <summary>The place of a problem: its own, else the first line of the page, else the title of the page's division.</summary>
    private static Model.SourceSpan Place(Model.SourceSpan own, PageBody page)
    {
        if (own.Line > 0) return own;
        foreach (var line in page.Lines) if (line.Source.Line > 0) return line.Source;
        return page.Division.Line > 0 ? page.Division : own;
    }

    /// <summary>Problems as warnings for the build's diagnostics.</summary>
    public IReadOnlyList<Diagnostic> ToDiagnostics() =>
        [.. Issues.Select(i => CodeOf(i.Kind).At(i.Source, i.Page, i.Message)),
         .. ReferencesSettled ? [] : new[] { PdfReferencesUnsettled.At(Model.SourceSpan.None, ReferencePasses) }];

    /// <summary>The diagnostic each kind of layout problem is reported as.</summary>
    public static DiagnosticCode CodeOf(PreflightKind kind) => kind switch
    {
        PreflightKind.UnfittableWord => PdfUnfittableWord,
        PreflightKind.Orphan => PdfOrphan,
        PreflightKind.Widow => PdfWidow,
        PreflightKind.KeepBroken => PdfKeepBroken,
        PreflightKind.Oversize => PdfOversize,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a layout problem without a diagnostic code"),
    };

    /// <summary>A summary a person can read.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"PDF preflight: {PageCount} pages, {LineCount} lines");
        sb.AppendLine(c, $"  hyphenated lines:   {HyphenatedLines} ({(LineCount == 0 ? 0 : 100.0 * HyphenatedLines / LineCount):F1}%)");
        sb.AppendLine(c, $"  overfull lines:     {OverfullLines}");
        var loosePages = LoosePages.Count > 0 ? $" on pages {string.Join(", ", LoosePages.Take(12))}{(LoosePages.Count > 12 ? ", …" : "")}" : "";
        sb.AppendLine(c, $"  very loose lines:   {LooseLines} (word-space adjustment ratio > {LooseThreshold:F1}){loosePages}");
        sb.AppendLine(c, $"  letter-spaced:      {LetterSpacedLines} lines");
        var words = UnfittableWords.Count > 0 ? $" ({string.Join(", ", UnfittableWords)})" : "";
        sb.AppendLine(c, $"  unfittable words:   {UnfittableWords.Count}{words}");
        sb.AppendLine(c, $"  widows/orphans:     {Issues.Count(i => i.Kind is PreflightKind.Widow or PreflightKind.Orphan)} unavoidable");
        sb.AppendLine(c, $"  contents passes:    {TocPasses}");
        sb.AppendLine(c, $"  reference passes:   {ReferencePasses}{(ReferencesSettled ? "" : " (page references did not settle)")}");
        foreach (var issue in Issues.Where(i => i.Kind != PreflightKind.Oversize || !i.Message.StartsWith("line overfull", StringComparison.Ordinal)).Take(50))
            sb.AppendLine(c, $"  p. {issue.Page}: {issue.Kind}: {issue.Message}{(issue.Source.Line > 0 ? $" ({issue.Source})" : "")}");
        return sb.ToString();
    }
}
