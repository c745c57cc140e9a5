namespace BookBuilder.Model;

/// <summary>A block of body content. Every block remembers where it came from for diagnostics.</summary>
public abstract record Block
{
    public SourceSpan Source { get; init; } = SourceSpan.None;

    /// <summary>
    /// The id the author gave the block (<c>{#id}</c> on a paragraph, a list, a quote, code, a
    /// callout, a container): both editions write it on the block, so that links to it land there.
    /// Null for most blocks, and for those whose own id says the same (a heading, a numbered figure
    /// or table, an exercise).
    /// </summary>
    public string? Anchor { get; init; }
}

/// <summary>A paragraph of inline content.</summary>
public sealed record ParagraphBlock(IReadOnlyList<Inline> Inlines) : Block;

/// <summary>
/// A heading below section level (### and deeper) inside a section. Level is the Markdown level (3..6).
/// </summary>
public sealed record HeadingBlock(int Level, string Id, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>An ordered or bullet list.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items) : Block;

/// <summary>One item of a list.</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks);

/// <summary>A block quotation.</summary>
public sealed record QuoteBlock(IReadOnlyList<Block> Blocks) : Block;

/// <summary>Preformatted code.</summary>
public sealed record CodeBlock(string Code, string? Language) : Block;

/// <summary>A horizontal scene break.</summary>
public sealed record ThematicBreakBlock : Block;

/// <summary>
/// A decorative ornament (the book uses emoji pairs such as 🤝👎) standing on its own between blocks.
/// Ornaments directly before a heading are attached to the chapter or section instead.
/// </summary>
public sealed record OrnamentBlock(string Text) : Block;

/// <summary>A figure: an image with alternative text and an optional caption.</summary>
public sealed record ImageBlock(BookImage Image, IReadOnlyList<Inline> Caption) : Block
{
    /// <summary>
    /// Anchor id of a numbered figure: one with a caption or an explicit id. Null for a picture
    /// that is part of the text, which has no number.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>
    /// The author asked for the figure where it stands (<c>{.here}</c>): a paged edition does not
    /// float it to the top of a later page when it does not fit in the rest of the page.
    /// </summary>
    public bool KeepInPlace { get; init; }
}

/// <summary>Column alignment of a table.</summary>
public enum ColumnAlign { Default, Left, Center, Right }

/// <summary>A pipe table. The first row is the header when <see cref="HasHeader"/> is true.</summary>
public sealed record TableBlock(IReadOnlyList<ColumnAlign> Columns, IReadOnlyList<TableRow> Rows, bool HasHeader) : Block
{
    /// <summary>The caption the author wrote (a <c>Table:</c> line next to the table); empty when none.</summary>
    public IReadOnlyList<Inline> Caption { get; init; } = [];

    /// <summary>Anchor id of a numbered table: one with a caption. Null for a table without one.</summary>
    public string? Id { get; init; }

    /// <summary>The author asked for the table where it stands (<c>{.here}</c> on its caption): a paged edition does not float it.</summary>
    public bool KeepInPlace { get; init; }
}

/// <summary>One table row; each cell holds inline content.</summary>
public sealed record TableRow(IReadOnlyList<IReadOnlyList<Inline>> Cells);

/// <summary>A definition list outside the glossary.</summary>
public sealed record DefinitionListBlock(IReadOnlyList<DefinitionItem> Items) : Block;

/// <summary>Terms with their definitions.</summary>
public sealed record DefinitionItem(IReadOnlyList<IReadOnlyList<Inline>> Terms, IReadOnlyList<Block> Definitions);
