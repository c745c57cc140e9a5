using BookBuilder.Diagnostics;
using BookBuilder.Plan;

namespace BookBuilder.Publishing;

/// <summary>
/// An edition made of pages (the PDF), which it can lay out without writing the file, so that
/// another edition may mark where those pages begin (the EPUB's page list). A build lays it out
/// once and writes it from that layout.
/// </summary>
public interface IPagedEdition : IEditionWriter
{
    /// <summary>Lays the book out into pages; nothing is written.</summary>
    PagedLayout Layout(BookPlan plan, BuildOptions options);

    /// <summary>Writes the edition from a layout this writer made.</summary>
    EditionReport? Write(PagedLayout layout, Stream output, DiagnosticBag diagnostics);
}

/// <summary>
/// A paged edition laid out: the map of where its pages begin in the book's text, and
/// whatever its writer needs to write it (which only that writer knows).
/// </summary>
public abstract class PagedLayout
{
    /// <summary>Where each page begins.</summary>
    public required PageMap Pages { get; init; }

    /// <summary>The plan laid out, with <see cref="Pages"/> as its page breaks.</summary>
    public required BookPlan Plan { get; init; }
}
