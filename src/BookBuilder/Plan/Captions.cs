using System.Globalization;
using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>What a numbered caption belongs to.</summary>
public enum CaptionKind { Figure, Table }

/// <summary>
/// A numbered figure or table: its number ("3.1": the chapter's number and its place in the
/// chapter), its label ("Figure 3.1"), its caption as the author wrote it, and the division it is in.
/// </summary>
/// <param name="Id">The figure's or table's anchor id.</param>
public sealed record NumberedCaption(CaptionKind Kind, string Id, string Number, string Label, IReadOnlyList<Inline> Caption, string DivisionId)
{
    /// <summary>The caption as plain text ("" when there is none).</summary>
    public string PlainCaption => InlineText.Plain(Caption).Trim();
}

/// <summary>
/// Numbers the figures and tables that have an id (a caption or the author's id), per chapter:
/// "Figure 3.1" is the first figure of chapter 3. Figures and tables outside chapters (the FAQ,
/// the glossary) have no chapter number: they are numbered 1, 2, 3... in one series of their own.
/// </summary>
internal static class CaptionNumbering
{
    public static IReadOnlyList<NumberedCaption> Number(IEnumerable<PlannedDivision> body, BookLabels labels)
    {
        var result = new List<NumberedCaption>();
        var counts = new Dictionary<(PlannedDivision?, CaptionKind), int>();
        new ContentWalker((place, block) =>
        {
            var (kind, id, caption) = block switch
            {
                ImageBlock { Id: { } figure } i => (CaptionKind.Figure, figure, i.Caption),
                TableBlock { Id: { } table } t => (CaptionKind.Table, table, t.Caption),
                _ => (CaptionKind.Figure, null, []),
            };
            if (id is null) return;
            var chapter = place.Division as ChapterDivision;
            var n = counts[(chapter, kind)] = counts.GetValueOrDefault((chapter, kind)) + 1;
            var number = chapter is null
                ? n.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{chapter.Number}.{n}");
            var label = kind == CaptionKind.Figure ? labels.Figure(number) : labels.Table(number);
            result.Add(new NumberedCaption(kind, id, number, label, caption, place.Division.Id));
        }, null).Walk(body);
        return result;
    }
}
