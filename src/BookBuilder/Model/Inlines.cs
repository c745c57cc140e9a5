namespace BookBuilder.Model;

/// <summary>A run of inline content inside a paragraph, heading, table cell or FAQ question.</summary>
public abstract record Inline;

/// <summary>Plain text, already with smart punctuation applied.</summary>
public sealed record TextInline(string Text) : Inline;

/// <summary>Kinds of inline emphasis.</summary>
public enum EmphasisKind { Italic, Bold, Strikethrough, Superscript, Subscript }

/// <summary>Emphasised inline content.</summary>
public sealed record EmphasisInline(EmphasisKind Kind, IReadOnlyList<Inline> Children) : Inline;

/// <summary>Inline code span.</summary>
public sealed record CodeInline(string Code) : Inline;

/// <summary>A soft (space) or hard (forced) line break inside a paragraph.</summary>
public sealed record LineBreakInline(bool Hard) : Inline;

/// <summary>
/// A hyperlink. <see cref="TargetId"/> is set for links inside the book (resolved to an anchor id);
/// otherwise <see cref="Url"/> is an external absolute URI of ASCII characters only (host names in
/// IDNA form, the rest percent-encoded), which both editions write as it is.
/// </summary>
public sealed record LinkInline(string Url, string? TargetId, string? Title, IReadOnlyList<Inline> Children) : Inline
{
    public bool IsInternal => TargetId is not null;
}

/// <summary>
/// A use of a glossary term that links to its entry. <see cref="UseId"/> is a unique anchor id for
/// this occurrence, so the glossary can link back to it.
/// </summary>
public sealed record GlossaryRefInline(string EntryId, string UseId, IReadOnlyList<Inline> Children) : Inline;

/// <summary>A footnote reference; <see cref="RefId"/> anchors the reference mark itself.</summary>
public sealed record FootnoteRefInline(string FootnoteId, int Number, string RefId) : Inline;

/// <summary>An image inside running text (rare; block images are <see cref="ImageBlock"/>).</summary>
public sealed record ImageInline(BookImage Image) : Inline;

/// <summary>Words in another language than the text around them (<c>[Волга]{lang=ru}</c>).</summary>
public sealed record LanguageInline(string Language, IReadOnlyList<Inline> Children) : Inline;

/// <summary>An emoji ornament inside running text or a heading.</summary>
public sealed record OrnamentInline(string Text) : Inline;

/// <summary>
/// A reference to another place of the book written as a link without text (<c>[](#fig-map)</c>):
/// the editions print the target's label ("Figure 3.1", "Section 2.3", "Chapter 4") and the PDF
/// its page when it is on another one. <see cref="RefId"/> anchors the reference itself.
/// </summary>
public sealed record CrossRefInline(string TargetId, string RefId) : Inline;
