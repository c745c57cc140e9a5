namespace BookBuilder.Model;

/// <summary>
/// An exercise (<c>::: exercise "Title"</c>): its blocks, and the hint and the solution the author
/// wrote for it. The plan numbers it per chapter ("Exercise 2.3") and decides where its solution
/// stands (a Solutions appendix, the end of its chapter, or nowhere, as in a student edition).
/// </summary>
/// <param name="Id">The exercise's anchor id.</param>
public sealed record ExerciseBlock(string Id, string? Title, IReadOnlyList<Block> Blocks) : Block
{
    /// <summary>The hint (<c>::: hint</c>), set with the exercise; null when there is none.</summary>
    public ExercisePart? Hint { get; init; }
    /// <summary>The solution (<c>::: solution</c>); null when the author wrote none.</summary>
    public ExercisePart? Solution { get; init; }
    /// <summary>BCP 47 language of the exercise's text when the author set one.</summary>
    public string? Language { get; init; }
}

/// <summary>A hint or a solution of an exercise: its blocks, and for a solution the anchor it is printed at.</summary>
public sealed record ExercisePart(string Id, IReadOnlyList<Block> Blocks)
{
    public SourceSpan Source { get; init; } = SourceSpan.None;
}

/// <summary>Review questions (<c>::: review "Review questions"</c>): a titled passage, usually a numbered list.</summary>
public sealed record ReviewBlock(string? Title, IReadOnlyList<Block> Blocks) : Block;

/// <summary>
/// Questions and answers inside a chapter (<c>::: faq</c>): each <c>##</c> or <c>###</c> heading a
/// question, the blocks under it its answer, set as the FAQ appendix sets its own.
/// </summary>
public sealed record FaqBlock(string? Title, IReadOnlyList<Block> Intro, IReadOnlyList<FaqEntry> Entries) : Block;
