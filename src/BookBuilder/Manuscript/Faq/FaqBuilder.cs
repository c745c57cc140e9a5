using BookBuilder.Manuscript.Conversion;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using Markdig.Syntax;

using SourceSpan = BookBuilder.Model.SourceSpan;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Faq;

/// <summary>
/// Shapes the FAQ file into question/answer pairs: each '##' heading is a question and the blocks
/// under it are its answer.
/// </summary>
internal static class FaqBuilder
{
    public static FaqAppendix Build(ParsedSource source, ConversionServices services)
    {
        var scope = new DivisionScope(services, source, linkGlossary: true);
        IReadOnlyList<Model.Inline>? title = null;
        var titleAt = new Model.SourceSpan(source.Path, 1, 1);
        var intro = new List<Model.Block>();
        var entries = new List<FaqEntry>();
        (string Id, IReadOnlyList<Model.Inline> Question, List<Model.Block> Answer, SourceSpan At)? current = null;

        void Flush()
        {
            if (current is not { } c) return;
            if (c.Answer.Count == 0) scope.Diagnostics.Report(FaqQuestionWithoutAnswer, c.At, InlineText.Plain(c.Question));
            entries.Add(new FaqEntry { Id = c.Id, Number = entries.Count + 1, Question = c.Question, Answer = c.Answer, Source = c.At });
        }

        foreach (var block in source.Document)
        {
            if (BlockConverter.IsSkippable(block)) continue;
            if (block is HeadingBlock { Level: 1 } h1 && title is null)
            {
                title = HeadingConverter.Title(h1, scope);
                titleAt = scope.At(h1);
                continue;
            }
            if (block is HeadingBlock { Level: 2 } h2)
            {
                Flush();
                current = (HeadingConverter.IdOf(h2, AnchorKind.FaqEntry, scope), HeadingConverter.Title(h2, scope), new List<Model.Block>(), scope.At(h2));
                continue;
            }
            var converted = scope.Blocks.Block(block);
            if (current is { } c) c.Answer.AddRange(converted);
            else intro.AddRange(converted);
        }
        Flush();
        scope.Footnotes.CheckDefinitions();

        if (entries.Count == 0)
            scope.Diagnostics.Report(FaqWithoutQuestions, source.Path, 1, 1);
        return new FaqAppendix
        {
            Id = scope.DivisionId,
            Title = title ?? [], // the plan titles an untitled FAQ in the book's language
            SourceFile = source.Path,
            TitleSource = titleAt,
            Intro = intro,
            Entries = entries,
            Footnotes = scope.Footnotes.All,
        };
    }
}
