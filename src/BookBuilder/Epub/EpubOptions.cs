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
    /// Font files for drawing the generated cover. When null the EPUB has no cover page and no
    /// cover image: a cover drawn with whatever font the system happens to have would not repeat.
    /// </summary>
    public CoverFonts? CoverFonts { get; init; }
}

/// <summary>TrueType files used to draw the generated cover.</summary>
/// <param name="SerifBold">Bold serif face for the title.</param>
/// <param name="SerifRegular">Regular serif face for subtitle, author and publisher.</param>
/// <param name="Emoji">Colour emoji face for the ornament; when null, emoji are left out of the cover.</param>
public sealed record CoverFonts(string SerifBold, string SerifRegular, string? Emoji);
