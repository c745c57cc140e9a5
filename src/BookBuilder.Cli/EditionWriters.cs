using BookBuilder.Epub;
using BookBuilder.Pdf;
using BookBuilder.Publishing;

namespace BookBuilder.Cli;

/// <summary>The edition writers the command knows.</summary>
public static class EditionWriters
{
    public static IReadOnlyList<IEditionWriter> Create() => [new EpubEditionWriter(), new PdfEditionWriter()];
}
