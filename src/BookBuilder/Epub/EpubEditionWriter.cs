using BookBuilder.Diagnostics;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Typography;

namespace BookBuilder.Epub;

/// <summary>
/// The EPUB 3 edition, with a cover and ornament pictures drawn with the book's own fonts, shaper
/// and fallbacks (the same as the PDF's).
/// </summary>
/// <param name="fonts">Where the fonts come from; share one library between the editions of a build.</param>
public sealed class EpubEditionWriter(FontLibrary fonts) : IEditionWriter
{
    /// <summary>A writer with fonts of its own.</summary>
    public EpubEditionWriter() : this(new FontLibrary()) { }

    public string Format => "epub";
    public string Extension => "epub";

    public EditionReport? Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics)
    {
        EpubWriter.Write(plan, output, new EpubOptions { Modified = options.Timestamp, Fonts = fonts.For(options.AssetsDirectory) }, diagnostics);
        return null;
    }
}
