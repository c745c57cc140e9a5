namespace BookBuilder.Epub;

/// <summary>
/// The part of css/book.css for the book's reference apparatus: numbered captions,
/// cross-references, the lists of figures and tables, the index and the print page markers.
/// Written to the same rules as <see cref="StyleSheet"/>.
/// </summary>
internal static class ReferenceStyleSheet
{
    public const string Css = """

        .caption-label { font-style: normal; font-weight: bold; }
        caption { caption-side: top; font-size: 0.9em; font-style: italic; margin-bottom: 0.4em; text-align: center; }
        """;
}
