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
/// <param name="Source">Where the paragraph the line belongs to is written.</param>
public readonly record struct LineMetric(float Ratio, bool Hyphenated, float Overfull, bool Justified, float LetterSpacing = 0, SourceSpan Source = default);

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
}

/// <summary>A layout problem with where it came from in the manuscript.</summary>
/// <param name="Subject">The word or text concerned, when there is one.</param>
public sealed record PreflightNote(PreflightKind Kind, string Message, SourceSpan Source, string? Subject = null);
