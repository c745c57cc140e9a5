using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// Builds the contents pages from the book and a map of anchor id to page label. Entries whose
/// page is not known yet get no number (the first pass); the typesetter repeats until the
/// numbers stop changing.
/// </summary>
public sealed class TableOfContents(BlockBuilder blocks)
{
    /// <summary>The id of the contents heading's anchor.</summary>
    public const string AnchorId = "toc";

    private Theme Theme => blocks.Theme;

    /// <summary>The flow of the contents for the given page labels.</summary>
    public LayoutElement Build(Book book, IReadOnlyDictionary<string, string> pageLabels)
    {
        var titleFlow = blocks.Ragged(new TextStyle(Theme.HeadingFamily, Theme.ChapterTitleSize, Bold: true), Theme.ChapterTitleSize * 1.3f, Theme.HeadingColor, TextAlign.Center);
        var entries = new List<BlockBuilder.Entry>
        {
            new(new HeadingElement(
                [new FixedElement(Fragment.Blank(Theme.ChapterDrop)), blocks.Paragraph("Contents", titleFlow, SplitRules.Unbreakable, [AnchorId])],
                [new OutlineOp(0, 0, "Contents")], Theme.BodyLeading * 2), KeepWithNext: true),
        };
        foreach (var chapter in book.Chapters)
        {
            var label = chapter.Kind == DivisionKind.Chapter ? $"{chapter.Number}\u2002" : "";
            AddEntry(entries, label, chapter.Title, chapter.Id, 0, pageLabels, spaceBefore: true);
            foreach (var section in chapter.Sections)
                AddEntry(entries, section.Number + "\u2002", section.Title, section.Id, 1, pageLabels, spaceBefore: false);
        }
        if (book.Faq is { } faq) AddEntry(entries, "", faq.Title, faq.Id, 0, pageLabels, spaceBefore: true);
        if (book.Glossary is { } glossary) AddEntry(entries, "", glossary.Title, glossary.Id, 0, pageLabels, spaceBefore: true);
        return new ColumnElement(BlockBuilder.Fold(entries));
    }

    private void AddEntry(List<BlockBuilder.Entry> entries, string number, IReadOnlyList<Inline> title, string targetId, int level,
        IReadOnlyDictionary<string, string> pageLabels, bool spaceBefore)
    {
        var style = level == 0 ? new TextStyle(Theme.BodyFamily, Theme.BodySize, Bold: true) : Theme.Body;
        var flow = blocks.Ragged(style, Theme.BodyLeading, Theme.TextColor);
        var text = blocks.Paragraph([new Model.TextInline(number), .. NavigationText.Strip(title)], flow, SplitRules.Unbreakable);
        var page = pageLabels.TryGetValue(targetId, out var label) ? blocks.Measurer.Shape(label, style) : null;
        if (spaceBefore && entries.Count > 1) entries.Add(new(new SpacerElement(Theme.BodyLeading * 0.5f)));
        var indent = level * Theme.BodySize * 2;
        entries.Add(new(new TocEntryElement(text, page, targetId, indent, Theme.BodySize * 3.5f, Theme.TextColor), KeepWithNext: level == 0));
    }
}
