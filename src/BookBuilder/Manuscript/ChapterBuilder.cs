using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;

using SourceSpan = BookBuilder.Model.SourceSpan;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript;

/// <summary>
/// Shapes one chapter file into a <see cref="Chapter"/>: the single '#' heading is the title,
/// each '##' heading opens a numbered section, and an ornament container directly before a
/// heading decorates that chapter or section.
/// </summary>
internal static class ChapterBuilder
{
    public static Chapter? Build(string file, MarkdownDocument doc, int number, ConversionContext ctx)
    {
        var chapterId = ctx.DivisionOfFile[file];
        var titleText = ctx.Anchors.All[chapterId].Label;
        var conv = new DivisionConverter(ctx, file, chapterId, titleText, linkGlossary: true);

        IReadOnlyList<Model.Inline>? title = null;
        string? chapterOrnament = null;
        string? pendingOrnament = null;
        var intro = new List<Model.Block>();
        var sections = new List<Section>();
        SectionDraft? current = null;
        var previousLevel = 0;

        var blocks = doc.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (ManuscriptLoader.IsSkippable(block)) continue;

            if (block is CustomContainer cc && DivisionConverter.IsOrnament(cc))
            {
                var text = conv.OrnamentText(cc);
                if (text is null) continue;
                if (NextSignificant(blocks, i) is HeadingBlock { Level: <= 2 }) pendingOrnament = text;
                else (current?.Blocks ?? intro).Add(new OrnamentBlock(text) { Source = conv.At(cc) });
                continue;
            }

            if (block is HeadingBlock h)
            {
                if (previousLevel > 0 && h.Level > previousLevel + 1)
                    ctx.Diagnostics.Report(HeadingLevelJump, conv.At(h), new string('#', previousLevel), new string('#', h.Level));
                previousLevel = h.Level;

                if (h.Level == 1)
                {
                    if (title is not null)
                    {
                        ctx.Diagnostics.Report(ChapterTitleTwice, conv.At(h));
                        continue;
                    }
                    if (intro.Count > 0)
                        ctx.Diagnostics.Report(TextBeforeTitle, conv.At(h));
                    title = conv.HeadingInlines(h);
                    chapterOrnament = pendingOrnament;
                    pendingOrnament = null;
                    continue;
                }
                if (h.Level == 2)
                {
                    if (current is not null) sections.Add(current.ToSection());
                    current = new SectionDraft(conv.IdOf(h, AnchorKind.Section), $"{number}.{sections.Count + 1}",
                        conv.HeadingInlines(h), pendingOrnament, conv.At(h));
                    pendingOrnament = null;
                    continue;
                }
            }

            if (pendingOrnament is not null)
            {
                (current?.Blocks ?? intro).Add(new OrnamentBlock(pendingOrnament));
                pendingOrnament = null;
            }
            var converted = conv.Block(block);
            if (converted is not null) (current?.Blocks ?? intro).Add(converted);
        }
        if (current is not null) sections.Add(current.ToSection());
        if (pendingOrnament is not null) (sections.Count > 0 ? null : intro)?.Add(new OrnamentBlock(pendingOrnament));

        if (title is null)
        {
            ctx.Diagnostics.Report(ChapterTitleMissing, file, 1, 1);
            title = [new TextInline(titleText)];
        }
        conv.ReportUnusedFootnotes(doc);

        return new Chapter
        {
            Id = chapterId,
            Number = number,
            Kind = DivisionKind.Chapter,
            Title = title,
            Ornament = chapterOrnament,
            SourceFile = file,
            Blocks = intro,
            Sections = sections,
            Footnotes = conv.Footnotes,
        };
    }

    internal static MdBlock? NextSignificant(List<MdBlock> blocks, int i)
    {
        for (var j = i + 1; j < blocks.Count; j++)
            if (!ManuscriptLoader.IsSkippable(blocks[j])) return blocks[j];
        return null;
    }

    private sealed class SectionDraft(string id, string number, IReadOnlyList<Model.Inline> title, string? ornament, SourceSpan at)
    {
        public List<Model.Block> Blocks { get; } = [];

        public Section ToSection() => new()
        {
            Id = id,
            Number = number,
            Title = title,
            Ornament = ornament,
            Blocks = Blocks,
            Source = at,
        };
    }
}
