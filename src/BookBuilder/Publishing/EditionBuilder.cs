using System.Diagnostics;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Publishing;

/// <summary>The outcome of rendering one edition: whether it can be published, and how big it is.</summary>
public sealed record EditionResult(string Format, string Path, bool Written, long Bytes, TimeSpan Elapsed);

/// <summary>
/// The whole build: read the manuscript, stop if it has errors, then render each requested
/// edition into one <see cref="EditionSet"/>, published only when every edition rendered without
/// error. Progress goes to a callback so the CLI decides how to print it.
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

    /// <summary>The set the editions of this build go into, in <paramref name="outputDir"/> (see <see cref="AtomicFiles.Begin"/>).</summary>
    public EditionSet Begin(string outputDir) => _files.Begin(outputDir, progress);

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
    /// Renders the edition of <paramref name="format"/> into <paramref name="set"/>. It can be
    /// published only if rendering it added no error; warnings count as errors when
    /// <paramref name="strict"/> is set. Its report (the PDF's preflight) goes into the set too.
    /// </summary>
    /// <remarks>Every edition renders the same plan, computed once by <see cref="BookPlanner"/>.</remarks>
    /// <param name="paged">The paged edition laid out by <see cref="LayOut"/>: that edition is written from it and the others see its pages; none when null.</param>
    public EditionResult Render(BookPlan plan, EditionSet set, string format, BuildOptions options, DiagnosticBag diagnostics, bool strict,
        PagedLayout? paged = null)
    {
        if (paged is not null) plan = paged.Plan;
        var writer = Writers.First(w => w.Format == format);
        // The student edition's files are told apart by their names: <slug>.student.epub.
        var slug = plan.Book.Metadata.Slug + plan.FileSuffix;
        var name = $"{slug}.{writer.Extension}";
        progress?.Invoke($"Building {format.ToUpperInvariant()} edition{(plan.Edition == BookEdition.Student ? " (student)" : "")}");
        var sw = Stopwatch.StartNew();
        var local = new DiagnosticBag();
        EditionReport? report = null;
        long bytes = 0;
        try
        {
            set.Write(name, stream =>
            {
                report = writer is IPagedEdition layer && paged is not null && ReferenceEquals(writer, PagedEdition)
                    ? layer.Write(paged, stream, local)
                    : writer.Write(plan, stream, options, local);
                bytes = stream.Position;
            });
        }
        finally
        {
            foreach (var d in local.Items) diagnostics.Add(d);
        }
        sw.Stop();
        var ok = !local.Fails(strict);
        if (!ok) set.Drop(name);
        progress?.Invoke(ok
            ? $"  rendered {name} ({bytes / 1024.0:0.0} KB) in {sw.Elapsed.TotalSeconds:0.00} s"
            : $"  {format.ToUpperInvariant()} edition not written: rendering reported errors");
        if (report is not null)
        {
            // Kept even when the edition is not published: it says what went wrong on which page.
            set.Write($"{slug}.{report.FileSuffix}", s => { using var w = new StreamWriter(s, leaveOpen: true); w.Write(report.FileText); }, isReport: true);
            foreach (var line in report.Summary.TrimEnd().Split('\n')) progress?.Invoke("  " + line.TrimEnd());
        }
        return new EditionResult(format, Path.Combine(set.Directory, name), ok, bytes, sw.Elapsed);
    }

    /// <summary>
    /// Publishes the editions of <paramref name="set"/> together when every one rendered cleanly;
    /// otherwise none of them (their reports are published on their own).
    /// </summary>
    /// <returns>Whether the editions were published.</returns>
    public bool Publish(EditionSet set, IReadOnlyList<EditionResult> results)
    {
        var all = results.Count > 0 && results.All(r => r.Written);
        if (!all) set.KeepReportsOnly();
        set.Publish();
        if (all) foreach (var r in results) progress?.Invoke($"  wrote {r.Path}");
        return all;
    }

    /// <summary>Builds the editions of the given formats into <paramref name="outputDir"/>, published together or not at all.</summary>
    public IReadOnlyList<EditionResult> Build(BookPlan plan, string outputDir, IEnumerable<string> formats, BuildOptions options, DiagnosticBag diagnostics, bool strict,
        PagedLayout? paged = null)
    {
        using var set = Begin(outputDir);
        var results = formats.Select(f => Render(plan, set, f, options, diagnostics, strict, paged)).ToList();
        var published = Publish(set, results);
        return published ? results : results.Select(r => r with { Written = false }).ToList();
    }
}
