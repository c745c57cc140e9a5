using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Publishing;
using BookBuilder.Typography;

namespace BookBuilder.Epub;

/// <summary>The EPUB 3 edition, with a cover drawn in the book's own serif and emoji fonts.</summary>
public sealed class EpubEditionWriter : IEditionWriter
{
    public string Format => "epub";
    public string Extension => "epub";

    public void Write(Book book, Stream output, BuildOptions options, DiagnosticBag diagnostics)
    {
        var files = FontFileSet.Default;
        string Font(FontKey key) => AssetLocator.File(files.Faces[key], options.AssetsDirectory);
        var cover = new CoverFonts(
            Font(new FontKey(FontFamilyRole.Serif, true, false)),
            Font(new FontKey(FontFamilyRole.Serif, false, false)),
            files.Emoji is null ? null : AssetLocator.File(files.Emoji, options.AssetsDirectory));
        EpubWriter.Write(book, output, new EpubOptions { Modified = options.Timestamp, CoverFonts = cover });
    }
}
