using BookBuilder.Manuscript.Conversion;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Model;

using SourceSpan = BookBuilder.Model.SourceSpan;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Faq;

/// <summary>
/// Gathers questions and answers, for the FAQ appendix and for an FAQ inside a chapter alike: a
/// heading opens a question, the blocks after it are its answer, blocks before the first question
/// are the introduction. A question with no answer is reported where it stands.
/// </summary>
internal sealed class FaqEntryCollector(DivisionScope scope)
{
    private (string Id, IReadOnlyList<Model.Inline> Question, List<Model.Block> Answer, SourceSpan At)? _current;

    /// <summary>The blocks before the first question.</summary>
    public List<Model.Block> Intro { get; } = [];

    /// <summary>The questions, numbered in order, each with its answer (complete after <see cref="Finish"/>).</summary>
    public List<FaqEntry> Entries { get; } = [];

    /// <summary>Opens the question of heading <paramref name="heading"/>, closing the one before.</summary>
    public void Question(Markdig.Syntax.HeadingBlock heading)
    {
        Finish();
        _current = (HeadingConverter.IdOf(heading, AnchorKind.FaqEntry, scope), HeadingConverter.Title(heading, scope), new List<Model.Block>(), scope.At(heading));
    }

    /// <summary>Adds <paramref name="block"/> to the open question's answer, or to the introduction before any.</summary>
    public void Add(Markdig.Syntax.Block block)
    {
        var converted = scope.Blocks.Block(block);
        if (_current is { } c) c.Answer.AddRange(converted);
        else Intro.AddRange(converted);
    }

    /// <summary>Closes the open question.</summary>
    public void Finish()
    {
        if (_current is not { } c) return;
        if (c.Answer.Count == 0) scope.Diagnostics.Report(FaqQuestionWithoutAnswer, c.At, InlineText.Plain(c.Question));
        Entries.Add(new FaqEntry { Id = c.Id, Number = Entries.Count + 1, Question = c.Question, Answer = c.Answer, Source = c.At });
        _current = null;
    }
}
