using System.Diagnostics;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Publishing;

/// <summary>The outcome of writing one edition.</summary>
public sealed record EditionResult(string Format, string Path, bool Written, long Bytes, TimeSpan Elapsed);

/// <summary>
/// The whole build: read the manuscript, stop if it has errors, then render each requested
/// edition atomically. Progress goes to a callback so the CLI decides how to print it.
/// </summary>
/// <param name="files">The atomic writes of this run (an interrupt abandons them); a set of its own when null.</param>
public sealed class EditionBuilder(IReadOnlyList<IEditionWriter> writers, Action<string>? progress = null, AtomicFiles? files = null)
{
    private readonly AtomicFiles _files = files ?? new AtomicFiles();

    /// <summary>The writers this builder knows, by format name.</summary>
    public IReadOnlyList<IEditionWriter> Writers { get; } = writers;

    /// <summary>Reads and checks a manuscript; the book is null when it could not be modelled.</summary>
    public Book? Check(string manuscriptDir, DiagnosticBag diagnostics)
    {
        var sw = Stopwatch.StartNew();
        progress?.Invoke($"Reading manuscript {manuscriptDir}");
        var book = ManuscriptLoader.Load(manuscriptDir, diagnostics);
        if (book is not null)
            progress?.Invoke($"  {book.Chapters.Count} chapters, {book.Faq?.Entries.Count ?? 0} FAQ entries, {book.Glossary?.Entries.Count ?? 0} glossary terms ({sw.Elapsed.TotalSeconds:0.00} s)");
        return book;
    }

    /// <summary>The writer of the edition made of pages (the PDF), when this builder has one.</summary>
    public IPagedEdition? PagedEdition => Writers.OfType<IPagedEdition>().FirstOrDefault();

    /// <summary>
    /// Lays out the paged edition's pages once for the whole build, when the builder has a paged
    /// edition: the PDF is written from this layout, and the EPUB marks where its pages begin
    /// (its page list), so an EPUB built alone lays out the PDF's pages too.
    /// </summary>
    public PagedLayout? LayOut(BookPlan plan, BuildOptions options)
    {
        if (PagedEdition is not { } print) return null;
        var sw = Stopwatch.StartNew();
        progress?.Invoke($"Laying out the {print.Format.ToUpperInvariant()} pages");
        var layout = print.Layout(plan, options);
        progress?.Invoke($"  {layout.Pages.Pages.Count} pages ({sw.Elapsed.TotalSeconds:0.00} s)");
        return layout;
    }

    /// <summary>
    /// Builds the editions of the given formats into <paramref name="outputDir"/>. An edition is
    /// published only if rendering it added no error; warnings count as errors when
    /// <paramref name="strict"/> is set.
    /// </summary>
    /// <remarks>Every edition renders the same plan, computed once by <see cref="BookPlanner"/>.</remarks>
    /// <param name="paged">The paged edition laid out by <see cref="LayOut"/>: that edition is written from it and the others see its pages; none when null.</param>
    public IReadOnlyList<EditionResult> Build(BookPlan plan, string outputDir, IEnumerable<string> formats, BuildOptions options, DiagnosticBag diagnostics, bool strict,
        PagedLayout? paged = null)
    {
        if (paged is not null) plan = paged.Plan;
        var book = plan.Book;
        var results = new List<EditionResult>();
        foreach (var format in formats)
        {
            var writer = Writers.First(w => w.Format == format);
            var path = Path.Combine(outputDir, $"{book.Metadata.Slug}.{writer.Extension}");
            progress?.Invoke($"Building {format.ToUpperInvariant()} edition");
            var sw = Stopwatch.StartNew();
            var local = new DiagnosticBag();
            EditionReport? report = null;
            var written = _files.Write(path,
                stream => report = writer is IPagedEdition layer && paged is not null && ReferenceEquals(writer, PagedEdition)
                    ? layer.Write(paged, stream, local)
                    : writer.Write(plan, stream, options, local),
                commit: () => !local.Fails(strict));
            foreach (var d in local.Items) diagnostics.Add(d);
            sw.Stop();
            var bytes = written ? new FileInfo(path).Length : 0;
            progress?.Invoke(written
                ? $"  wrote {path} ({bytes / 1024.0:0.0} KB) in {sw.Elapsed.TotalSeconds:0.00} s"
                : $"  {format.ToUpperInvariant()} edition not written: rendering reported errors");
            if (report is not null)
            {
                // Kept even when the edition was not published: it says what went wrong on which page.
                _files.Write(Path.Combine(outputDir, $"{book.Metadata.Slug}.{report.FileSuffix}"),
                    s => { using var w = new StreamWriter(s, leaveOpen: true); w.Write(report.FileText); });
                foreach (var line in report.Summary.TrimEnd().Split('\n')) progress?.Invoke("  " + line.TrimEnd());
            }
            results.Add(new EditionResult(format, path, written, bytes, sw.Elapsed));
        }
        return results;
    }
}
