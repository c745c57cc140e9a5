namespace BookBuilder.Model;

/// <summary>The kinds of callout a manuscript can write as a <c>:::</c> container.</summary>
public enum CalloutKind { Note, Tip, Warning, Important, Example, Definition, Objectives, Summary, KeyTakeaways }

/// <summary>
/// A boxed passage set off from the running text (<c>::: tip</c>): the editions print the kind's
/// label ("Tip") and the title, when the author gave one, above its blocks.
/// </summary>
public sealed record CalloutBlock(CalloutKind Kind, string? Title, IReadOnlyList<Block> Blocks) : Block
{
    /// <summary>BCP 47 language of the callout's text when the author set one (<c>::: {.note lang=he}</c>).</summary>
    public string? Language { get; init; }
}

/// <summary>Blocks in another language than the book's (<c>::: {lang=he}</c>), with no box around them.</summary>
public sealed record LanguageBlock(string Language, IReadOnlyList<Block> Blocks) : Block;
