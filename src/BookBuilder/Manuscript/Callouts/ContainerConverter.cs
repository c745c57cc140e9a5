using BookBuilder.Manuscript.Conversion;
using BookBuilder.Manuscript.Faq;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Manuscript.Manifest;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.Callouts;

/// <summary>
/// <c>:::</c> containers other than ornaments: a callout (<c>::: tip "Title"</c>), an exercise with
/// its hint and solution, review questions, questions and answers (<c>::: faq</c>), blocks in
/// another language (<c>::: {lang=he}</c>), or an unknown name, which is reported with the nearest
/// known one and leaves its blocks as they would stand without the container.
/// </summary>
internal sealed class ContainerConverter(DivisionScope scope)
{
    /// <summary>How many exercises, hints and solutions the container being converted stands in.</summary>
    private int _inExercise;

    public IReadOnlyList<Model.Block> Convert(CustomContainer cc)
    {
        var at = scope.At(cc);
        var header = ContainerHeader.Of(cc);
        // A hint's or a solution's line is checked by its exercise.
        if (!ContainerNames.IsPart(cc))
            foreach (var unread in ContainerHeader.Unread(cc))
                scope.Diagnostics.Report(ContainerAttributeUnknown, at, header.Name.Length > 0 ? header.Name : "{...}", $"'{unread}'", "a title in quotation marks, 'title=\"...\"', 'lang=...' and an id '{#id}'");
        var language = Language(header.Language, at);
        switch (header.Name.ToLowerInvariant())
        {
            case ContainerNames.Exercise:
                return Exercise(cc, header, language, at);
            case ContainerNames.Hint or ContainerNames.Solution:
                // A part right after an exercise was taken by it; any other belongs to nothing.
                if (!FollowsExercise(cc))
                    scope.Diagnostics.Report(ContainerNames.Is(cc, ContainerNames.Hint) ? HintWithoutExercise : SolutionWithoutExercise, at);
                return [];
            case ContainerNames.Review:
                return [new ReviewBlock(header.Title, scope.Blocks.Blocks(cc)) { Source = at }];
            case ContainerNames.Faq:
                return [Faq(cc, header, at)];
        }
        var blocks = scope.Blocks.Blocks(cc);
        if (ContainerNames.Callouts.TryGetValue(header.Name, out var kind))
            return [new CalloutBlock(kind, header.Title, blocks) { Language = language, Source = at }];
        if (header.Name.Length > 0 || header.Language is null)
        {
            scope.Diagnostics.Report(ContainerUnknown, at, header.Name, ContainerNames.Nearest(header.Name));
            if (language is null) return blocks;
        }
        return language is null || blocks.Count == 0 ? blocks : [new LanguageBlock(language, blocks) { Source = at }];
    }

    /// <summary>A well-formed language tag, or null (reported when it was written but is not well formed).</summary>
    public string? Language(string? tag, SourceSpan at)
    {
        if (tag is null) return null;
        if (LanguageTag.IsWellFormed(tag)) return tag;
        scope.Diagnostics.Report(PartLanguageInvalid, at, tag);
        return null;
    }

    /// <summary>
    /// An exercise: its blocks, and the hint and the solution written inside it or in containers
    /// right after it (with nothing but blank lines between).
    /// </summary>
    private IReadOnlyList<Model.Block> Exercise(CustomContainer cc, ContainerHeader header, string? language, SourceSpan at)
    {
        if (_inExercise > 0)
        {
            scope.Diagnostics.Report(ExerciseNested, at, "another exercise, a hint or a solution");
            return Inside(() => scope.Blocks.Blocks(cc));
        }
        var parts = cc.OfType<CustomContainer>().Where(ContainerNames.IsPart).Concat(Following(cc)).ToList();
        var body = Inside(() => scope.Blocks.Blocks(cc.Where(b => !(b is CustomContainer p && ContainerNames.IsPart(p)))));
        ExercisePart? hint = null, solution = null;
        SourceSpan hintAt = SourceSpan.None, solutionAt = SourceSpan.None;
        foreach (var part in parts)
        {
            var partAt = scope.At(part);
            var isSolution = ContainerNames.Is(part, ContainerNames.Solution);
            var what = isSolution ? "solution" : "hint";
            foreach (var unread in ContainerHeader.Unread(part))
                scope.Diagnostics.Report(ContainerAttributeUnknown, partAt, what, $"'{unread}'", "no attribute");
            if ((isSolution ? solutionAt : hintAt) is { Line: > 0 } earlier)
            {
                scope.Diagnostics.Report(ExercisePartTwice, partAt, what, earlier);
                continue;
            }
            if (isSolution) solutionAt = partAt; else hintAt = partAt;
            var blocks = Inside(() => isSolution ? Solution(part) : scope.Blocks.Blocks(part));
            if (blocks.Count == 0)
            {
                scope.Diagnostics.Report(ExercisePartEmpty, partAt, what);
                continue;
            }
            if (isSolution) solution = new ExercisePart(scope.Services.Index.SolutionIdOf(cc) ?? "", blocks) { Source = partAt };
            else hint = new ExercisePart("", blocks) { Source = partAt };
        }
        var id = scope.Services.Index.IdOf(cc) ?? scope.Services.Anchors.AddDerived("exercise", "exercise", AnchorKind.Exercise, scope.DivisionId, "exercise", at);
        if (solution is { Id.Length: 0 })
            solution = solution with { Id = scope.Services.Anchors.AddDerived("solution-" + id, "solution", AnchorKind.Solution, scope.DivisionId, "solution", at) };
        return [new ExerciseBlock(id, header.Title, body) { Hint = hint, Solution = solution, Language = language, Source = at }];
    }

    /// <summary>The blocks of a solution: no glossary term is linked in it, and it may call no footnote.</summary>
    private List<Model.Block> Solution(CustomContainer part)
    {
        foreach (var call in part.Descendants<LeafBlock>().SelectMany(l => l.Inline?.Descendants<FootnoteLink>() ?? []).Where(f => !f.IsBackLink))
            scope.Diagnostics.Report(SolutionHoldsNote, ManuscriptParser.At(scope.File, call));
        var paused = scope.GlossaryPaused;
        scope.GlossaryPaused = true;
        try { return scope.Blocks.Blocks(part); }
        finally { scope.GlossaryPaused = paused; }
    }

    private T Inside<T>(Func<T> convert)
    {
        _inExercise++;
        try { return convert(); }
        finally { _inExercise--; }
    }

    /// <summary>The hints and solutions right after an exercise, with nothing but blank lines between.</summary>
    private static IEnumerable<CustomContainer> Following(CustomContainer exercise)
    {
        if (exercise.Parent is not { } parent) yield break;
        for (var i = parent.IndexOf(exercise) + 1; i < parent.Count; i++)
        {
            if (BlockConverter.IsSkippable(parent[i])) continue;
            if (parent[i] is CustomContainer next && ContainerNames.IsPart(next)) yield return next;
            else yield break;
        }
    }

    /// <summary>Whether a hint or a solution comes right after an exercise (its own part, taken by it).</summary>
    private static bool FollowsExercise(CustomContainer part)
    {
        if (part.Parent is not { } parent) return false;
        for (var i = parent.IndexOf(part) - 1; i >= 0; i--)
        {
            var block = parent[i];
            if (BlockConverter.IsSkippable(block) || block is CustomContainer p && ContainerNames.IsPart(p)) continue;
            return block is CustomContainer c && ContainerNames.IsExercise(c);
        }
        return false;
    }

    /// <summary>Questions and answers in a chapter: each '##' or '###' heading a question, what follows it the answer.</summary>
    private FaqBlock Faq(CustomContainer cc, ContainerHeader header, SourceSpan at)
    {
        var faq = new FaqEntryCollector(scope);
        foreach (var block in cc)
        {
            if (block is Markdig.Syntax.HeadingBlock { Level: 2 or 3 } h) faq.Question(h);
            else faq.Add(block);
        }
        faq.Finish();
        if (faq.Entries.Count == 0) scope.Diagnostics.Report(FaqContainerWithoutQuestions, at);
        return new FaqBlock(header.Title, faq.Intro, faq.Entries) { Source = at };
    }
}
