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

/// <summary>A page whose body lines leave the baseline grid: how many do, and where the first of them is written.</summary>
public sealed record GridMiss(string Page, int Lines, Model.SourceSpan First);

/// <summary>What the report measures pages against.</summary>
/// <param name="LooseThreshold">Justified lines with a larger adjustment ratio are very loose.</param>
/// <param name="GridLeading">Distance between two lines of the body's baseline grid (0: no grid check).</param>
/// <param name="GridOffset">Baseline of the grid's first line, from the top of the text block.</param>
public sealed record PreflightSettings(float LooseThreshold, float GridLeading = 0, float GridOffset = 0);

/// <summary>
/// What the typesetter found worth checking before the PDF goes out: line quality (in the body and
/// in the notes), words that did not fit, runts, widows and orphans it could not avoid, where
/// addresses were broken, how well pages keep the baseline grid, anything drawn outside the text
/// block, and the size of the result. Each finding has its page and, where the layout knows it,
/// its place in the manuscript.
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
    /// <summary>Of <see cref="LooseLines"/>, those in footnotes.</summary>
    public int LooseNoteLines { get; init; }
    /// <summary>Justified lines that took letter-spacing to keep their word spaces from opening up.</summary>
    public int LetterSpacedLines { get; init; }
    /// <summary>Justified lines whose letters were set closer so that their paragraph avoids a runt.</summary>
    public int LetterTightenedLines { get; init; }
    /// <summary>Justified lines whose glyphs were drawn wider or narrower so that their paragraph avoids a runt.</summary>
    public int GlyphScaledLines { get; init; }
    /// <summary>The largest glyph scaling of a line, as a share of the glyphs' width (wider or narrower).</summary>
    public float MaxGlyphScaling { get; init; }
    public required float LooseThreshold { get; init; }
    /// <summary>Each very loose line's page and paragraph, in page order.</summary>
    public IReadOnlyList<(string Page, Model.SourceSpan Source)> LoosePlaces { get; init; } = [];
    /// <summary>Page labels with very loose lines, in page order, each once.</summary>
    public required IReadOnlyList<string> LoosePages { get; init; }
    /// <summary>Words that could not fit the measure even hyphenated.</summary>
    public required IReadOnlyList<string> UnfittableWords { get; init; }
    /// <summary>Paragraphs whose last line is a single word (line breaking avoids them where it can).</summary>
    public int Runts { get; init; }
    /// <summary>Page labels with runts, in page order, each once.</summary>
    public IReadOnlyList<string> RuntPages { get; init; } = [];
    /// <summary>Of <see cref="Runts"/>, those the breaker kept because every setting without them has a very loose line.</summary>
    public int RuntsKept { get; init; }
    /// <summary>Each runt's page and paragraph, in page order.</summary>
    public IReadOnlyList<(string Page, Model.SourceSpan Source)> RuntPlaces { get; init; } = [];
    /// <summary>Lines of code too long for the measure, wrapped: their continuations, and each one's page and code block.</summary>
    public int CodeWraps { get; init; }
    public IReadOnlyList<(string Page, Model.SourceSpan Source)> CodeWrapPlaces { get; init; } = [];
    /// <summary>Lines that end inside an address (without a hyphen).</summary>
    public int UrlBreaks { get; init; }
    /// <summary>Page labels with lines that end inside an address, in page order, each once.</summary>
    public IReadOnlyList<string> UrlBreakPages { get; init; } = [];
    /// <summary>Lines that end with a hyphen added inside an address (should be none).</summary>
    public int HyphenatedUrls { get; init; }
    /// <summary>Pages with body text, and how many of them have every body line on the baseline grid.</summary>
    public int GridPages { get; init; }
    public int PagesOnGrid { get; init; }
    /// <summary>Body lines whose baseline is off the grid, and the pages they are on.</summary>
    public int GridMisses { get; init; }
    public IReadOnlyList<string> GridMissPages { get; init; } = [];
    /// <summary>Each page with body lines off the grid: how many, and the place in the manuscript of the first.</summary>
    public IReadOnlyList<GridMiss> GridMissPlaces { get; init; } = [];
    /// <summary>Items drawn outside the text block (should be none).</summary>
    public int OffPage { get; init; }
    /// <summary>Every problem with its page, in page order.</summary>
    public required IReadOnlyList<PreflightIssue> Issues { get; init; }
    /// <summary>How many layout passes the table of contents needed to become stable.</summary>
    public required int TocPasses { get; init; }
    /// <summary>How many layout passes the body needed for the page numbers its text prints (cross-references, glossary, index) to become stable.</summary>
    public int ReferencePasses { get; init; } = 1;
    /// <summary>False when page numbers the text prints still changed in the last pass: some may be wrong.</summary>
    public bool ReferencesSettled { get; init; } = true;

    /// <summary>Builds the report from laid-out pages and their labels.</summary>
    /// <param name="offPage">Items drawn outside the text block: the page's label and what was drawn.</param>
    public static PreflightReport From(IReadOnlyList<(PageBody Body, string Label)> pages, PreflightSettings settings, int tocPasses,
        IReadOnlyList<(string Page, string What)>? offPage = null)
    {
        int lines = 0, hyphenated = 0, overfull = 0, loose = 0, looseNotes = 0, spaced = 0, tightened = 0, scaled = 0, runts = 0, runtsKept = 0, urlBreaks = 0, urlHyphens = 0;
        var maxScaling = 0f;
        var runtPlaces = new List<(string, Model.SourceSpan)>();
        var wrapPlaces = new List<(string, Model.SourceSpan)>();
        var loosePlaces = new List<(string, Model.SourceSpan)>();
        int gridPages = 0, onGrid = 0, gridMisses = 0;
        var loosePages = new List<string>();
        var urlPages = new List<string>();
        var runtPages = new List<string>();
        var gridPagesMissed = new List<string>();
        var gridPlaces = new List<GridMiss>();
        var issues = new List<PreflightIssue>();
        foreach (var (body, label) in pages)
        {
            bool looseHere = false, urlHere = false, bodyHere = false, offHere = false;
            var missesHere = 0;
            var firstMiss = Model.SourceSpan.None;
            foreach (var line in body.Lines)
            {
                lines++;
                if (line.Hyphenated) hyphenated++;
                if (line.Overfull > 0.01f)
                {
                    overfull++;
                    issues.Add(new PreflightIssue(PreflightKind.Oversize, label, $"line overfull by {line.Overfull:F2} pt", Place(line.Source, body)));
                }
                if (line.Justified && line.Ratio > settings.LooseThreshold)
                {
                    loose++;
                    looseHere = true;
                    loosePlaces.Add((label, line.Source));
                    if (line.Role == LineRole.Note) looseNotes++;
                }
                if (line.LetterSpacing > 0) spaced++;
                if (line.LetterSpacing < 0) tightened++;
                if (line.GlyphScaling != 0)
                {
                    scaled++;
                    maxScaling = Math.Max(maxScaling, Math.Abs(line.GlyphScaling));
                }
                if (line.Runt)
                {
                    runts++;
                    if (line.RuntKept) runtsKept++;
                    runtPlaces.Add((label, line.Source));
                    if (runtPages.Count == 0 || runtPages[^1] != label) runtPages.Add(label);
                }
                if (line.Wrapped) wrapPlaces.Add((label, line.Source));
                if (line.BreaksUrl || line.HyphenatesUrl) { urlBreaks++; urlHere = true; }
                if (line.HyphenatesUrl) urlHyphens++;
                if (line.Role == LineRole.Body && settings.GridLeading > 0)
                {
                    bodyHere = true;
                    if (!OnGrid(line.Baseline, settings))
                    {
                        gridMisses++;
                        offHere = true;
                        if (missesHere++ == 0) firstMiss = line.Source;
                    }
                }
            }
            if (looseHere) loosePages.Add(label);
            if (urlHere) urlPages.Add(label);
            if (bodyHere)
            {
                gridPages++;
                if (offHere)
                {
                    gridPagesMissed.Add(label);
                    gridPlaces.Add(new GridMiss(label, missesHere, Place(firstMiss, body)));
                }
                else onGrid++;
            }
            foreach (var note in body.Notes) issues.Add(new PreflightIssue(note.Kind, label, note.Message, Place(note.Source, body), note.Subject));
        }
        // Named at the page's text: its first line, else its division's title.
        var bodies = pages.GroupBy(p => p.Label).ToDictionary(g => g.Key, g => g.First().Body);
        // One warning a page: content that overflows draws many items past the edge at once.
        foreach (var group in (offPage ?? []).GroupBy(o => o.Page))
        {
            var items = group.ToList();
            var what = items.Count == 1 ? $"{items[0].What} is" : $"{items[0].What} and {items.Count - 1} more items are";
            issues.Add(new PreflightIssue(PreflightKind.OffPage, group.Key, $"{what} drawn outside the text block",
                bodies.TryGetValue(group.Key, out var body) ? Place(Model.SourceSpan.None, body) : Model.SourceSpan.None));
        }
        return new PreflightReport
        {
            PageCount = pages.Count, LineCount = lines, HyphenatedLines = hyphenated, OverfullLines = overfull,
            LooseLines = loose, LooseNoteLines = looseNotes, LetterSpacedLines = spaced, LetterTightenedLines = tightened, GlyphScaledLines = scaled, MaxGlyphScaling = maxScaling, LooseThreshold = settings.LooseThreshold, LoosePages = loosePages, LoosePlaces = loosePlaces,
            UnfittableWords = issues.Where(i => i.Kind == PreflightKind.UnfittableWord).Select(i => i.Subject ?? i.Message).ToArray(),
            Runts = runts, RuntPages = runtPages, RuntsKept = runtsKept, RuntPlaces = runtPlaces, CodeWraps = wrapPlaces.Count, CodeWrapPlaces = wrapPlaces, UrlBreaks = urlBreaks, UrlBreakPages = urlPages, HyphenatedUrls = urlHyphens,
            GridPages = gridPages, PagesOnGrid = onGrid, GridMisses = gridMisses, GridMissPages = gridPagesMissed, GridMissPlaces = gridPlaces,
            OffPage = offPage?.Count ?? 0, Issues = issues, TocPasses = tocPasses,
        };
    }

    /// <summary>Whether a baseline sits on a line of the grid (to a tenth of a point).</summary>
    public static bool OnGrid(float baseline, PreflightSettings settings)
    {
        var lines = (baseline - settings.GridOffset) / settings.GridLeading;
        return Math.Abs(lines - Math.Round(lines)) * settings.GridLeading < 0.1f;
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
        PreflightKind.OffPage => PdfOffPage,
        PreflightKind.UrlHyphenated => PdfUrlHyphenated,
        PreflightKind.SqueezedCluster => PdfLineSqueezed,
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
        sb.AppendLine(c, $"  very loose lines:   {LooseLines} (word-space adjustment ratio > {LooseThreshold:F1}; {LooseNoteLines} in footnotes){Pages(LoosePages)}");
        if (LooseLines > 0) sb.AppendLine(c, $"   {Places(LoosePlaces)}");
        sb.AppendLine(c, $"  letter-spaced:      {LetterSpacedLines} lines");
        var most = GlyphScaledLines > 0 ? $" (at most {100 * MaxGlyphScaling:F1}%)" : "";
        sb.AppendLine(c, $"  closed up, scaled:  {LetterTightenedLines} lines with letters set closer, {GlyphScaledLines} with glyphs drawn wider or narrower{most}, to avoid runts");
        var words = UnfittableWords.Count > 0 ? $" ({string.Join(", ", UnfittableWords)})" : "";
        sb.AppendLine(c, $"  unfittable words:   {UnfittableWords.Count}{words}");
        var squeezed = Issues.Where(i => i.Kind == PreflightKind.SqueezedCluster).ToList();
        sb.AppendLine(c, $"  squeezed clusters:  {squeezed.Count} (a character with its marks too wide or tall for a line){Pages([.. squeezed.Select(i => i.Page).Distinct()])}");
        sb.AppendLine(c, $"  runts:              {Runts} (a single word on a paragraph's last line){Pages(RuntPages)}");
        if (Runts > 0)
            sb.AppendLine(c, $"    {RuntsKept} kept where every setting without one has a very loose line;{Places(RuntPlaces)}");
        sb.AppendLine(c, $"  code wraps:         {CodeWraps} continuation lines of code too long for the measure{Places(CodeWrapPlaces)}");
        sb.AppendLine(c, $"  address breaks:     {UrlBreaks} lines end inside an address, {HyphenatedUrls} with a hyphen{Pages(UrlBreakPages)}");
        sb.AppendLine(c, $"  baseline grid:      {PagesOnGrid} of {GridPages} pages with body text keep it; {GridMisses} body lines off it{Pages(GridMissPages)}");
        sb.AppendLine(c, $"  off the text block: {OffPage} drawn items");
        sb.AppendLine(c, $"  widows/orphans:     {Issues.Count(i => i.Kind is PreflightKind.Widow or PreflightKind.Orphan)} unavoidable");
        sb.AppendLine(c, $"  contents passes:    {TocPasses}");
        sb.AppendLine(c, $"  reference passes:   {ReferencePasses}{(ReferencesSettled ? "" : " (page references did not settle)")}");
        foreach (var miss in GridMissPlaces.Take(50))
            sb.AppendLine(c, $"  p. {miss.Page}: off the baseline grid: {miss.Lines} body line{(miss.Lines == 1 ? "" : "s")}{(miss.First.Line > 0 ? $", the first at {miss.First}" : "")}");
        foreach (var issue in Issues.Where(i => i.Kind != PreflightKind.Oversize || !i.Message.StartsWith("line overfull", StringComparison.Ordinal)).Take(50))
            sb.AppendLine(c, $"  p. {issue.Page}: {issue.Kind}: {issue.Message}{(issue.Source.Line > 0 ? $" ({issue.Source})" : "")}");
        return sb.ToString();
    }

    private static string Places(IReadOnlyList<(string Page, Model.SourceSpan Source)> places) =>
        places.Count == 0 ? "" : " at " + string.Join(", ", places.Distinct().Take(12).Select(r => r.Source.Line > 0 ? $"p. {r.Page} ({r.Source})" : $"p. {r.Page}"))
            + (places.Distinct().Count() > 12 ? ", …" : "");

    private static string Pages(IReadOnlyList<string> pages) =>
        pages.Count == 0 ? "" : $" on pages {string.Join(", ", pages.Take(12))}{(pages.Count > 12 ? ", …" : "")}";
}
