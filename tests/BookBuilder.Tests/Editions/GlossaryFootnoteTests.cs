using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;
using Xunit.Abstractions;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The glossary holds footnotes as chapters and the FAQ do: numbered, linked both ways in the
/// EPUB (epubcheck used to reject the link to a note the glossary page did not carry) and set at
/// the foot of the page in the PDF (which used to drop the note).
/// </summary>
public sealed class GlossaryFootnoteTests(ITestOutputHelper output)
{
    // Markdig reads a footnote definition that directly follows a definition list as part of the
    // list, so the glossary's notes are defined before it.
    private const string Glossary = """
        # Glossary

        Terms of the book.[^intro]

        [^intro]: Chosen by the editors of the glossary.
        [^dates]: Historians date its end to the dissolution of the Soviet Union in December 1991.

        Cold War
        :   The rivalry between the United States and the Soviet Union from about 1947 to 1991.[^dates]

        Proxy war
        Proxies
        :   A conflict in which powers fight through others.
        """;

    private static (BookBuilder.Model.Book Book, DiagnosticBag Diagnostics) Load(TempManuscript m)
    {
        m.Write("glossary.md", Glossary);
        var diagnostics = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, diagnostics)!, diagnostics);
    }

    [Fact]
    public void The_glossary_numbers_its_footnotes_like_a_chapter()
    {
        using var m = new TempManuscript();
        var (book, diagnostics) = Load(m);

        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
        var notes = book.Glossary!.Footnotes;
        Assert.Equal([1, 2], notes.Select(n => n.Number));
        Assert.Equal(["fn-glossary-1", "fn-glossary-2"], notes.Select(n => n.Id));
        Assert.All(notes, n => Assert.Equal("glossary", book.Anchors[n.Id].DivisionId));
    }

    [Fact]
    public async Task The_epub_carries_the_glossary_notes_and_passes_epubcheck()
    {
        using var m = new TempManuscript();
        var (book, _) = Load(m);
        using var ms = new MemoryStream();
        new EpubEditionWriter().Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = EpubFixture.Modified }, new DiagnosticBag());

        var page = new EpubFile(ms.ToArray()).Xml("OEBPS/glossary.xhtml");
        var asides = page.Descendants(Xhtml + "aside").ToList();
        Assert.Equal(["fn-glossary-1", "fn-glossary-2"], asides.Select(a => (string?)a.Attribute("id")));
        Assert.Contains("December 1991", asides[1].Value);
        var refs = page.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute(Ops + "type") == "noteref").Select(a => (string?)a.Attribute("href"));
        Assert.Equal(["#fn-glossary-1", "#fn-glossary-2"], refs);

        var path = Path.Combine(m.Root, "glossary-notes.epub");
        File.WriteAllBytes(path, ms.ToArray());
        await Validators.AssertEpubcheckPasses(path, output);
    }

    [Fact]
    public async Task The_pdf_sets_the_glossary_notes()
    {
        using var m = new TempManuscript();
        var (book, _) = Load(m);
        var diagnostics = new DiagnosticBag();
        using var ms = new MemoryStream();
        new PdfEditionWriter().Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = EpubFixture.Modified }, diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "PDF006"); // every link to a note lands
        var path = Path.Combine(m.Root, "glossary-notes.pdf");
        File.WriteAllBytes(path, ms.ToArray());
        var text = await Validators.PdfToText(path, output);
        if (text is null) return;
        Assert.Contains("Chosen by the editors of the glossary.", text);
        Assert.Contains("dissolution of the Soviet Union in December 1991", text.ReplaceLineEndings(" "));
    }
}
