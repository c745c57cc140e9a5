using BookBuilder.Model;
using Markdig.Syntax;

using SourceSpan = BookBuilder.Model.SourceSpan;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript;

/// <summary>
/// Shapes the FAQ file into question/answer pairs: each '##' heading is a question and the blocks
/// under it are its answer.
/// </summary>
internal static class FaqBuilder
{
    public static FaqAppendix? Build(string file, MarkdownDocument doc, ConversionContext ctx)
    {
        var id = ctx.DivisionOfFile[file];
        var titleText = ctx.Anchors.All[id].Label;
        var conv = new DivisionConverter(ctx, file, id, titleText, linkGlossary: true);
        IReadOnlyList<Model.Inline>? title = null;
        var intro = new List<Model.Block>();
        var entries = new List<FaqEntry>();
        (string Id, IReadOnlyList<Model.Inline> Question, List<Model.Block> Answer, SourceSpan At)? current = null;

        void Flush()
        {
            if (current is not { } c) return;
            if (c.Answer.Count == 0) ctx.Diagnostics.Report(FaqQuestionWithoutAnswer, c.At, InlineText.Plain(c.Question));
            entries.Add(new FaqEntry { Id = c.Id, Number = entries.Count + 1, Question = c.Question, Answer = c.Answer, Source = c.At });
        }

        foreach (var block in doc)
        {
            if (ManuscriptLoader.IsSkippable(block)) continue;
            if (block is HeadingBlock { Level: 1 } h1 && title is null)
            {
                title = conv.HeadingInlines(h1);
                continue;
            }
            if (block is HeadingBlock { Level: 2 } h2)
            {
                Flush();
                current = (conv.IdOf(h2, AnchorKind.FaqEntry), conv.HeadingInlines(h2), new List<Model.Block>(), conv.At(h2));
                continue;
            }
            var converted = conv.Block(block);
            if (converted is null) continue;
            if (current is { } c) c.Answer.Add(converted);
            else intro.Add(converted);
        }
        Flush();
        conv.ReportUnusedFootnotes(doc);

        if (entries.Count == 0)
            ctx.Diagnostics.Report(FaqWithoutQuestions, file, 1, 1);
        return new FaqAppendix
        {
            Id = id,
            Title = title ?? [new TextInline("Frequently Asked Questions")],
            SourceFile = file,
            Intro = intro,
            Entries = entries,
            Footnotes = conv.Footnotes,
        };
    }
}
