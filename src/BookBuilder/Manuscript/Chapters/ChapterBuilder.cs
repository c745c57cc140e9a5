using BookBuilder.Manuscript.Conversion;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Manuscript.Ornaments;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;

using SourceSpan = BookBuilder.Model.SourceSpan;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Chapters;

/// <summary>
/// Shapes one chapter file into a <see cref="Chapter"/>: the single '#' heading is the title,
/// each '##' heading opens a section (the plan numbers them), and an ornament container directly before a
/// heading decorates that chapter or section.
/// </summary>
internal static class ChapterBuilder
{
    public static Chapter Build(ParsedSource source, ConversionServices services)
    {
        var scope = new DivisionScope(services, source, linkGlossary: true);

        IReadOnlyList<Model.Inline>? title = null;
        var titleAt = new SourceSpan(source.Path, 1, 1);
        string? chapterOrnament = null;
        string? pendingOrnament = null;
        var intro = new List<Model.Block>();
        var sections = new List<Section>();
        SectionDraft? current = null;
        var previousLevel = 0;

        var blocks = source.Document.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (BlockConverter.IsSkippable(block)) continue;

            if (block is CustomContainer cc && OrnamentContainer.Is(cc))
            {
                var text = OrnamentContainer.Text(cc, scope);
                if (text is null) continue;
                if (NextSignificant(blocks, i) is HeadingBlock { Level: <= 2 }) pendingOrnament = text;
                else (current?.Blocks ?? intro).Add(new OrnamentBlock(text) { Source = scope.At(cc) });
                continue;
            }

            if (block is HeadingBlock h)
            {
                if (previousLevel > 0 && h.Level > previousLevel + 1)
                    scope.Diagnostics.Report(HeadingLevelJump, scope.At(h), new string('#', previousLevel), new string('#', h.Level));
                previousLevel = h.Level;

                if (h.Level == 1)
                {
                    if (title is not null)
                    {
                        scope.Diagnostics.Report(ChapterTitleTwice, scope.At(h));
                        continue;
                    }
                    if (intro.Count > 0)
                        scope.Diagnostics.Report(TextBeforeTitle, scope.At(h));
                    title = HeadingConverter.Title(h, scope);
                    titleAt = scope.At(h);
                    chapterOrnament = pendingOrnament;
                    pendingOrnament = null;
                    continue;
                }
                if (h.Level == 2)
                {
                    if (current is not null) sections.Add(current.ToSection());
                    current = new SectionDraft(HeadingConverter.IdOf(h, AnchorKind.Section, scope),
                        HeadingConverter.Title(h, scope), pendingOrnament, scope.At(h));
                    pendingOrnament = null;
                    continue;
                }
            }

            if (pendingOrnament is not null)
            {
                (current?.Blocks ?? intro).Add(new OrnamentBlock(pendingOrnament));
                pendingOrnament = null;
            }
            (current?.Blocks ?? intro).AddRange(scope.Blocks.Block(block));
        }
        if (current is not null) sections.Add(current.ToSection());
        if (pendingOrnament is not null) (sections.Count > 0 ? null : intro)?.Add(new OrnamentBlock(pendingOrnament));

        if (title is null)
        {
            scope.Diagnostics.Report(ChapterTitleMissing, source.Path, 1, 1);
            title = [new TextInline(scope.Title)];
        }
        scope.Footnotes.CheckDefinitions();

        return new Chapter
        {
            Id = scope.DivisionId,
            Kind = source.ChapterKind,
            Title = title,
            Ornament = chapterOrnament,
            Author = source.FrontMatter.Author,
            Description = source.FrontMatter.Description,
            SourceFile = source.Path,
            TitleSource = titleAt,
            Blocks = intro,
            Sections = sections,
            Footnotes = scope.Footnotes.All,
        };
    }

    internal static MdBlock? NextSignificant(List<MdBlock> blocks, int i)
    {
        for (var j = i + 1; j < blocks.Count; j++)
            if (!BlockConverter.IsSkippable(blocks[j])) return blocks[j];
        return null;
    }

    private sealed class SectionDraft(string id, IReadOnlyList<Model.Inline> title, string? ornament, SourceSpan at)
    {
        public List<Model.Block> Blocks { get; } = [];

        public Section ToSection() => new()
        {
            Id = id,
            Title = title,
            Ornament = ornament,
            Blocks = Blocks,
            Source = at,
        };
    }
}
