using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Plan;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// A list of figures or of tables, set like the contents: its title, then a line for each
/// numbered figure or table (its label, its caption, its page at the right), each a link to it.
/// Entries whose page is not known yet have no number; the typesetter repeats the front matter
/// until the numbers are stable.
/// </summary>
public sealed class CaptionListPages(BlockBuilder blocks)
{
    private Theme Theme => blocks.Theme;

    /// <summary>The flow of <paramref name="list"/> for the given page labels.</summary>
    public LayoutElement Build(CaptionListDivision list, IReadOnlyDictionary<string, string> pageLabels)
    {
        var titleFlow = blocks.Ragged(new TextStyle(Theme.HeadingFamily, Theme.ChapterTitleSize, Bold: true), Theme.ChapterTitleSize * 1.3f, Theme.HeadingColor, TextAlign.Center);
        var entries = new List<BlockBuilder.Entry>
        {
            new(new HeadingElement(
                [new FixedElement(Fragment.Blank(Theme.ChapterDrop)), BlockBuilder.Tagged(blocks.Paragraph(list.PlainTitle, titleFlow, SplitRules.Unbreakable, [list.Id], list), StructRole.H1)],
                [new OutlineOp(0, 0, list.PlainTitle)], Theme.BodyLeading * 2), KeepWithNext: true),
        };
        var flow = blocks.Ragged(Theme.Body, Theme.BodyLeading, Theme.TextColor);
        // Tagged as the contents are: one TOC whose entries are TOCI, each entry carrying the TOC's tag.
        var toc = new StructTag(StructRole.TOC);
        foreach (var entry in list.Entries)
        {
            var crossReference = blocks.References is { } r ? r.Label : (Func<CrossRefInline, string>?)null;
            Inline[] inlines = [new EmphasisInline(EmphasisKind.Bold, [new TextInline(entry.Label)]), new TextInline("\u2002"), .. NavigationText.Strip(entry.Caption, crossReference)];
            var text = blocks.Paragraph(inlines, flow, SplitRules.Unbreakable, node: entry);
            var page = pageLabels.TryGetValue(entry.Id, out var label) ? blocks.Measurer.Shape(label, Theme.Body) : null;
            entries.Add(new(new SpacerElement(Theme.BodyLeading * 0.25f)));
            entries.Add(new(new TaggedElement(new TocEntryElement(text, page, entry.Id, 0, Theme.BodySize * 3.5f, Theme.TextColor), toc)));
        }
        return BlockBuilder.Tagged(new ColumnElement(BlockBuilder.Fold(entries)), StructRole.Sect);
    }
}
