using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// A small manuscript written for one test: book.yml (with extra lines), chapter files, and
/// optionally an FAQ and a glossary; loaded, planned, and rendered into an EPUB and into pages
/// set with the fake measurer.
/// </summary>
internal sealed class SmallBook : IDisposable
{
    private readonly TempManuscript _folder = new(populate: false);

    /// <param name="files">Other files of the manuscript (images), written before it is read.</param>
    public SmallBook(string[] chapters, string? faq = null, string? glossary = null, string yaml = "", IEnumerable<(string Path, byte[] Bytes)>? files = null)
    {
        foreach (var (path, bytes) in files ?? []) _folder.WriteBytes(path, bytes);
        var list = string.Join("\n", chapters.Select((_, i) => $"  - ch{i + 1}.md"));
        _folder.Write("book.yml", $"""
            title: "Small Book"
            authors: ["Ada Author"]
            language: en
            identifier: "urn:uuid:0f5b3a3c-5d7e-4a8b-9c1d-2e3f4a5b6c7d"
            date: 2026-01-15
            {yaml}
            chapters:
            {list}
            """ + (faq is null ? "" : "\nfaq: faq.md") + (glossary is null ? "" : "\nglossary: glossary.md") + "\n");
        for (var i = 0; i < chapters.Length; i++) _folder.Write($"ch{i + 1}.md", chapters[i]);
        if (faq is not null) _folder.Write("faq.md", faq);
        if (glossary is not null) _folder.Write("glossary.md", glossary);
        Book = ManuscriptLoader.Load(_folder.Root, Diagnostics);
    }

    public string Root => _folder.Root;

    public DiagnosticBag Diagnostics { get; } = new();

    public Book? Book { get; }

    public IEnumerable<Diagnostic> Errors => Diagnostics.Items.Where(d => d.Severity == Severity.Error);

    public BookPlan Plan => BookPlanner.Plan(Book ?? throw new InvalidOperationException(string.Join("\n", Diagnostics.Items)));

    /// <summary>The EPUB of the plan (no fonts: no cover), read back.</summary>
    public EpubFile Epub(BookPlan? plan = null)
    {
        using var ms = new MemoryStream();
        EpubWriter.Write(plan ?? Plan, ms, new EpubOptions { Modified = EpubFixture.Modified });
        return new EpubFile(ms.ToArray());
    }

    /// <summary>An XHTML page of the EPUB, e.g. "chapter-01.xhtml".</summary>
    public XDocument Page(string file, BookPlan? plan = null) => Epub(plan).Xml("OEBPS/" + file);

    /// <summary>The book set in pages with the fake measurer (A4 unless told).</summary>
    public TypesetResult Typeset(Theme? theme = null) =>
        BookTypesetter.Typeset(Plan, theme ?? Theme.A4, new FakeMeasurer(), Hyphenator.None);

    public void Dispose() => _folder.Dispose();
}
