using BookBuilder.Epub;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Typography;

namespace BookBuilder.Cli;

/// <summary>The edition writers the command knows.</summary>
public static class EditionWriters
{
    /// <summary>
    /// The writers of the EPUB, the screen PDF and the print PDF, sharing <paramref name="fonts"/>
    /// (a library of their own when null), so each font is loaded once.
    /// </summary>
    public static IReadOnlyList<IEditionWriter> Create(FontLibrary? fonts = null)
    {
        fonts ??= new FontLibrary();
        return [new EpubEditionWriter(fonts), new PdfEditionWriter(fonts), new PdfEditionWriter(fonts, print: true)];
    }
}
