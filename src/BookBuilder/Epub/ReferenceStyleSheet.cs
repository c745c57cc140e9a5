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

        ol.caption-list-entries { list-style: none; margin: 0; padding: 0; }
        ol.caption-list-entries li { margin: 0.3em 0; padding-left: 1.5em; text-indent: -1.5em; }
        ol.caption-list-entries a { text-decoration: none; }

        .index-group h2 { font-size: 1.1em; margin: 1.2em 0 0.4em 0; }
        ul.index-entries { list-style: none; margin: 0; padding: 0; }
        ul.index-entries ul.index-entries { margin-left: 1.5em; }
        ul.index-entries li { margin: 0.15em 0; padding-left: 1.5em; text-indent: -1.5em; }
        ul.index-entries a { text-decoration: none; }
        """;
}
