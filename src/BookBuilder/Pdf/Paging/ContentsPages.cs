using BookBuilder.Model;
using BookBuilder.Plan;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// Sets the plan's contents as pages, with a map of anchor id to page label: chapters with their
/// sections, the FAQ and the glossary (the FAQ's questions are in the outline, not on the page).
/// Entries whose page is not known yet get no number (the first pass); the typesetter repeats
/// until the numbers stop changing.
/// </summary>
public sealed class ContentsPages(BlockBuilder blocks)
{
    /// <summary>The id of the contents heading's anchor.</summary>
    public const string AnchorId = BookPlanner.ContentsId;

    private Theme Theme => blocks.Theme;

    /// <summary>The flow of the contents for the given page labels.</summary>
    public LayoutElement Build(BookPlan plan, IReadOnlyDictionary<string, string> pageLabels)
    {
        var label = plan.Labels.Contents;
        var titleFlow = blocks.Ragged(new TextStyle(Theme.HeadingFamily, Theme.ChapterTitleSize, Bold: true), Theme.ChapterTitleSize * 1.3f, Theme.HeadingColor, TextAlign.Center);
        var entries = new List<BlockBuilder.Entry>
        {
            new(new HeadingElement(
                [new FixedElement(Fragment.Blank(Theme.ChapterDrop)), BlockBuilder.Tagged(blocks.Paragraph(label, titleFlow, SplitRules.Unbreakable, [AnchorId], plan.Divisions.FirstOrDefault(d => d.Kind == DivisionKind.Contents)), StructRole.H1)],
                [new OutlineOp(0, 0, label)], Theme.BodyLeading * 2), KeepWithNext: true),
        };
        // The entries are one TOC whose items are TOCI; the entries are separate elements, so each carries the TOC's tag.
        var toc = new StructTag(StructRole.TOC);
        foreach (var entry in plan.Contents)
        {
            AddEntry(entries, entry, 0, pageLabels, toc);
            foreach (var section in entry.Children.Where(c => c.Kind == ContentsKind.Section)) AddEntry(entries, section, 1, pageLabels, toc);
        }
        return BlockBuilder.Tagged(new ColumnElement(BlockBuilder.Fold(entries)), StructRole.Sect);
    }

    /// <summary>A line: the number and an en space before the title, the page at the right; a space before each division.</summary>
    private void AddEntry(List<BlockBuilder.Entry> entries, ContentsEntry entry, int level, IReadOnlyDictionary<string, string> pageLabels, StructTag toc)
    {
        var number = entry.Number is null ? "" : entry.Number + "\u2002";
        var (title, targetId, spaceBefore) = (entry.Title, entry.TargetId, level == 0);
        var style = level == 0 ? new TextStyle(Theme.BodyFamily, Theme.BodySize, Bold: true) : Theme.Body;
        var flow = blocks.Ragged(style, Theme.BodyLeading, Theme.TextColor);
        var text = blocks.Paragraph([new Model.TextInline(number), .. NavigationText.Strip(title, blocks.References is { } r ? r.Label : null)], flow, SplitRules.Unbreakable, node: entry);
        var page = pageLabels.TryGetValue(targetId, out var label) ? blocks.Measurer.Shape(label, style) : null;
        if (spaceBefore && entries.Count > 1) entries.Add(new(new SpacerElement(Theme.BodyLeading * 0.5f)));
        var indent = level * Theme.BodySize * 2;
        entries.Add(new(new TaggedElement(new TocEntryElement(text, page, targetId, indent, Theme.BodySize * 3.5f, Theme.TextColor, Theme.Links), toc), KeepWithNext: level == 0));
    }
}
