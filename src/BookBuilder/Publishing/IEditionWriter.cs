using BookBuilder.Diagnostics;
using BookBuilder.Model;

namespace BookBuilder.Publishing;

/// <summary>
/// Renders a book into one edition format. Writers see only the model and the options; they
/// never know about each other.
/// </summary>
public interface IEditionWriter
{
    /// <summary>The format name used on the command line ("epub", "pdf").</summary>
    string Format { get; }

    /// <summary>File extension of the edition, without the dot.</summary>
    string Extension { get; }

    /// <summary>
    /// Writes the edition to <paramref name="output"/>. Problems found while rendering (a glyph no
    /// font has, a word too long for the line) are added to <paramref name="diagnostics"/>; an
    /// error there means the edition must not be published.
    /// </summary>
    void Write(Book book, Stream output, BuildOptions options, DiagnosticBag diagnostics);

    /// <summary>A report of the last <see cref="Write"/> for people (e.g. the PDF preflight), or null.</summary>
    string? LastReport => null;
}
