using BookBuilder.Diagnostics;
using BookBuilder.Plan;

namespace BookBuilder.Publishing;

/// <summary>
/// Renders a book into one edition format. Writers see only the book's plan (and through it the
/// model) and the options; they never know about each other.
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
    /// <returns>What the writer has to tell people about this edition (e.g. the PDF preflight), or null.</returns>
    EditionReport? Write(BookPlan plan, Stream output, BuildOptions options, DiagnosticBag diagnostics);
}

/// <summary>
/// What an edition writer reports about the edition it wrote: a summary for the build's output,
/// and the text of a side file kept next to the edition as <c>&lt;slug&gt;.&lt;FileSuffix&gt;</c>.
/// </summary>
/// <param name="Summary">Lines printed after the edition is written.</param>
/// <param name="FileSuffix">End of the side file's name, e.g. <c>preflight.txt</c>.</param>
/// <param name="FileText">Content of the side file.</param>
public record EditionReport(string Summary, string FileSuffix, string FileText);
