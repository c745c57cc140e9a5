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
        var faq = new FaqEntryCollector(scope);

        foreach (var block in source.Document)
        {
            if (BlockConverter.IsSkippable(block)) continue;
            if (block is HeadingBlock { Level: 1 } h1 && title is null)
            {
                title = HeadingConverter.Title(h1, scope);
                titleAt = scope.At(h1);
                continue;
            }
            if (block is HeadingBlock { Level: 2 } h2) faq.Question(h2);
            else faq.Add(block);
        }
        faq.Finish();
        scope.Footnotes.CheckDefinitions();

        if (faq.Entries.Count == 0)
            scope.Diagnostics.Report(FaqWithoutQuestions, source.Path, 1, 1);
        return new FaqAppendix
        {
            Id = scope.DivisionId,
            Title = title ?? [], // the plan titles an untitled FAQ in the book's language
            SourceFile = source.Path,
            TitleSource = titleAt,
            Intro = faq.Intro,
            Entries = faq.Entries,
            Footnotes = scope.Footnotes.All,
        };
    }
}
