namespace BookBuilder.Model;

/// <summary>
/// A block or inline of a type that a stage has no case for: a fault of the builder (a node type
/// added to the model without teaching every renderer about it), never something to skip. Stages
/// wrap their work per block, so the failure is reported at the place of the block that holds it.
/// </summary>
public sealed class UnknownNodeException : InvalidOperationException
{
    private UnknownNodeException(string message) : base(message) { }

    /// <summary>The failure of <paramref name="stage"/> (e.g. "the EPUB edition") meeting <paramref name="block"/>.</summary>
    public static UnknownNodeException Block(Block block, string stage) =>
        new($"{stage} has no case for the block {block.GetType().Name}");

    /// <summary>The failure of <paramref name="stage"/> meeting <paramref name="inline"/>.</summary>
    public static UnknownNodeException Inline(Inline inline, string stage) =>
        new($"{stage} has no case for the inline {inline.GetType().Name}");
}
