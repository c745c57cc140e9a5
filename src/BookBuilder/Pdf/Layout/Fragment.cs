using BookBuilder.Model;

namespace BookBuilder.Pdf.Layout;

/// <summary>
/// Laid-out content: drawing operations relative to the fragment's top-left corner, its height,
/// and what the page needs to know about it (footnotes referenced, line quality, notes).
/// </summary>
public sealed record Fragment(
    float Height,
    IReadOnlyList<DrawOp> Ops,
    IReadOnlyList<string> FootnoteIds,
    IReadOnlyList<LineMetric> Lines,
    IReadOnlyList<PreflightNote> Notes)
{
    public static Fragment Empty { get; } = new(0, [], [], [], []);

    /// <summary>A fragment of blank space.</summary>
    public static Fragment Blank(float height) => new(height, [], [], [], []);

    /// <summary>The place of the first line with one, else of the first note with one: where the fragment's content is written.</summary>
    public SourceSpan FirstSource()
    {
        foreach (var line in Lines) if (line.Source.Line > 0) return line.Source;
        foreach (var note in Notes) if (note.Source.Line > 0) return note.Source;
        return SourceSpan.None;
    }
}

/// <summary>Quality figures of one set line, gathered for preflight.</summary>
/// <param name="Ratio">Adjustment ratio of a justified line; 0 for ragged and last lines.</param>
public readonly record struct LineMetric(float Ratio, bool Hyphenated, float Overfull, bool Justified, float LetterSpacing = 0)
{
    /// <summary>The line's baseline, from the top of the fragment that holds it (moved with it).</summary>
    public float Baseline { get; init; }
    /// <summary>What kind of text the line is: body text (on the grid), a footnote, or anything else.</summary>
    public LineRole Role { get; init; }
    /// <summary>The last line of a paragraph of several lines, holding a single word.</summary>
    public bool Runt { get; init; }
    /// <summary>Of a <see cref="Runt"/>: the paragraph has no setting without it but with a very loose line.</summary>
    public bool RuntKept { get; init; }
    /// <summary>A line of code that goes on with the line before it (a line too long for the measure, wrapped).</summary>
    public bool Wrapped { get; init; }
    /// <summary>How much wider (positive) or narrower (negative) than designed the line's glyphs are drawn, as a share of their width; 0 for most lines.</summary>
    public float GlyphScaling { get; init; }
    /// <summary>The line ends inside a URL (at one of the places a URL may break, without a hyphen).</summary>
    public bool BreaksUrl { get; init; }
    /// <summary>The line ends with a hyphen added inside a URL (which must never happen).</summary>
    public bool HyphenatesUrl { get; init; }
    /// <summary>The paragraph the line belongs to.</summary>
    public SourceSpan Source { get; init; }
}

/// <summary>What kind of text a line is, for the checks that apply to it.</summary>
public enum LineRole
{
    /// <summary>Captions, table cells, headings, code, the contents: text off the body's grid.</summary>
    Other,
    /// <summary>Running text in the body size and leading: on the baseline grid.</summary>
    Body,
    /// <summary>Text of a footnote.</summary>
    Note,
}

/// <summary>Kinds of layout problems reported by preflight.</summary>
public enum PreflightKind
{
    /// <summary>A word wider than the measure, split by characters.</summary>
    UnfittableWord,
    /// <summary>A single line of a paragraph left at the bottom of a page.</summary>
    Orphan,
    /// <summary>A single line of a paragraph carried to the top of a page.</summary>
    Widow,
    /// <summary>A heading or entry that had to be separated from what follows.</summary>
    KeepBroken,
    /// <summary>An element taller than a whole page, placed anyway.</summary>
    Oversize,
    /// <summary>Something drawn outside the text block.</summary>
    OffPage,
    /// <summary>A hyphen added inside an address.</summary>
    UrlHyphenated,
    /// <summary>A single cluster (a letter and its marks) wider than the measure, squeezed into it.</summary>
    SqueezedCluster,
}

/// <summary>A layout problem with where it came from in the manuscript.</summary>
/// <param name="Subject">The word or text concerned, when there is one.</param>
public sealed record PreflightNote(PreflightKind Kind, string Message, SourceSpan Source, string? Subject = null);
