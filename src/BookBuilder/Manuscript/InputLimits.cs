namespace BookBuilder.Manuscript;

/// <summary>
/// How much of each kind of input the builder accepts. A build must finish in well under a minute
/// and in well under 2 GB on any manuscript under 50 MB, hostile ones included; each limit is far
/// beyond what a book needs, refuses what would break that promise, and is reported with its own
/// diagnostic at the place of the input (the README lists them).
/// </summary>
public static class InputLimits
{
    /// <summary>A chapter, the FAQ, the glossary or book.yml (BB018). A long novel is about 1 MB of Markdown.</summary>
    public const long TextFileBytes = 2 * 1024 * 1024;

    /// <summary>All text files of the manuscript together (BB018).</summary>
    public const long ManuscriptTextBytes = 8 * 1024 * 1024;

    /// <summary>
    /// A title: the book's title and subtitle, a heading, a glossary term (BB022). Titles are set
    /// on one line in running heads, the contents and the outline; no real one comes near this.
    /// </summary>
    public const int TitleCharacters = 500;

    /// <summary>
    /// The editions' file name stem, <c>slug</c> (BB019). File names have at most 255 bytes; a
    /// slug made from a long title is shortened to this at a hyphen instead.
    /// </summary>
    public const int SlugCharacters = 100;

    /// <summary>Quotes, lists and containers nested in each other (BB038).</summary>
    public const int BlockNesting = 16;

    /// <summary>Emphasis, links and other inline markup nested in each other (BB057).</summary>
    public const int InlineNesting = 16;

    /// <summary>
    /// Markers of emphasis and links ('*', '_', '[') in one block of text (BB063): the Markdown
    /// reader pairs them in time that grows with the square of their number (half a million took
    /// half a minute); a long chapter has a few hundred in a paragraph at most.
    /// </summary>
    public const int MarkersPerBlock = 20_000;

    /// <summary>An image file (BB048). A photograph from a phone is 2 to 8 MB.</summary>
    public const long ImageFileBytes = 30 * 1024 * 1024;

    /// <summary>Pixels on a side of an image (BB045).</summary>
    public const int ImageSide = 12_000;

    /// <summary>Pixels of one image (BB045): larger ones bloat both editions and choke e-readers.</summary>
    public const long ImagePixels = 40_000_000;

    /// <summary>
    /// Pixels of all the book's images together (BB049). A small file can hold many pixels (a PNG
    /// of one colour compresses a thousandfold), and each is decoded, checked and embedded.
    /// </summary>
    public const long BookImagePixels = 400_000_000;
}
