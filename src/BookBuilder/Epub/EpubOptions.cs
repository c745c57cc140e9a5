using BookBuilder.Typography;

namespace BookBuilder.Epub;

/// <summary>Settings of one EPUB build that do not come from the manuscript.</summary>
public sealed record EpubOptions
{
    /// <summary>
    /// Value of dcterms:modified and of every zip entry time. The CLI sets it from SOURCE_DATE_EPOCH
    /// when set, else from the book's date at 00:00:00Z - never the wall clock, so that builds repeat.
    /// </summary>
    public required DateTimeOffset Modified { get; init; }

    /// <summary>
    /// The book's fonts (the PDF's faces and fallbacks), for drawing the generated cover and the
    /// emoji ornaments. When null the EPUB has no cover page and no cover image and ornaments stay
    /// text: pictures drawn with whatever font the system happens to have would not repeat.
    /// Without an emoji face, emoji are left out of the cover and ornaments stay text.
    /// </summary>
    public FontRegistry? Fonts { get; init; }
}
