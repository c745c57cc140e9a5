namespace BookBuilder.Pdf.Layout.Tagging;

/// <summary>
/// One logical element of the book (a paragraph, a heading, a list item, a link, a footnote...),
/// identified by reference: every fragment of it, on however many pages, is bracketed by
/// <see cref="TagStartOp"/> and <see cref="TagEndOp"/> of the same tag, and the writer makes one
/// structure element of them. Immutable.
/// </summary>
public sealed class StructTag(StructRole role)
{
    public StructRole Role { get; } = role;
    /// <summary>Alternative text (a figure's description).</summary>
    public string? Alt { get; init; }
    /// <summary>Replacement text of the element's content.</summary>
    public string? ActualText { get; init; }
    /// <summary>BCP 47 language of the content, where it differs from the document's.</summary>
    public string? Lang { get; init; }
    /// <summary>A table header cell's scope (Column or Row).</summary>
    public string? Scope { get; init; }
    /// <summary>For a <see cref="StructRole.Note"/> or its <see cref="StructRole.Reference"/>: the footnote's id.</summary>
    public string? NoteId { get; init; }
    /// <summary>For an artifact: pagination (running heads, folios) or layout (rules, ornaments).</summary>
    public ArtifactKind Artifact { get; init; } = ArtifactKind.Layout;

    /// <summary>A tag for content that is not part of the text: decoration or page furniture.</summary>
    public static StructTag ArtifactOf(ArtifactKind kind) => new(StructRole.Artifact) { Artifact = kind };

    public override string ToString() => Role.ToString();
}

/// <summary>Opens <see cref="Tag"/>: what follows, up to the matching end, belongs to it.</summary>
public sealed record TagStartOp(StructTag Tag) : DrawOp;

/// <summary>Closes <see cref="Tag"/>.</summary>
public sealed record TagEndOp(StructTag Tag) : DrawOp;
