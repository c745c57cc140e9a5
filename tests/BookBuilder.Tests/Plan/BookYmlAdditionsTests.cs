using System.IO.Compression;
using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Pdf;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Plan;

/// <summary>
/// What book.yml adds to a book beyond its text (unnumbered divisions, section numbering, an ISBN,
/// a series, the author's own cover) reaches the model, is planned once, and appears in both
/// editions; a bad value is an error at its place.
/// </summary>
public class BookYmlAdditionsTests
{
    private const string Chapters = """
        chapters:
          - file: intro.md
            kind: introduction
          - one.md
          - two.md
          - file: end.md
            kind: conclusion
        """;

    private static (Book? Book, IReadOnlyList<Diagnostic> Diagnostics) Load(string extraYaml, string chapters = Chapters, Action<TempManuscript>? more = null)
    {
        using var m = new TempManuscript();
        m.Write("book.yml", TempManuscript.MinimalYaml.Replace("chapters:\n  - one.md\n  - two.md", chapters) + "\n" + extraYaml);
        m.Write("intro.md", "# Introduction\n\n## Why\n\nA start.\n");
        m.Write("end.md", "# Conclusion\n\nAn end.\n");
        more?.Invoke(m);
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d), d.Sorted());
    }

    private static BookPlan Plan(string extraYaml = "", Action<TempManuscript>? more = null)
    {
        var (book, diagnostics) = Load(extraYaml, more: more);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        return BookPlanner.Plan(book!);
    }

    private static EpubFile Epub(BookPlan plan)
    {
        using var ms = new MemoryStream();
        EpubWriter.Write(plan, ms, new EpubOptions { Modified = DateTimeOffset.UnixEpoch, Fonts = null });
        return new EpubFile(ms.ToArray());
    }

    [Fact]
    public void Only_chapters_are_numbered_an_introduction_and_a_conclusion_stand_under_their_titles()
    {
        var plan = Plan();
        var divisions = plan.Chapters.ToList();
        Assert.Equal([null, 1, 2, null], divisions.Select(d => d.Number));
        Assert.Equal([null, "Chapter 1", "Chapter 2", null], divisions.Select(d => d.Label));
        Assert.Equal([ChapterKind.Introduction, ChapterKind.Chapter, ChapterKind.Chapter, ChapterKind.Conclusion], divisions.Select(d => d.Chapter.Kind));
        // Sections of an unnumbered division are not numbered either.
        Assert.Equal([null], divisions[0].SectionNumbers);
        Assert.Equal(["1.1", "1.2"], divisions[1].SectionNumbers);
        Assert.Equal(["Introduction", "1 First Chapter", "2 Second Chapter", "Conclusion"],
            plan.Contents.Where(e => e.Kind == ContentsKind.Chapter).Select(e => e.Label));
        Assert.Equal("Why", plan.Contents[0].Children[0].Label);

        var epub = Epub(plan);
        var intro = epub.Xml("OEBPS/" + epub.Manifest.Single(m => m.Href.Contains("01")).Href);
        var section = intro.Descendants(EpubFile.Xhtml + "section").First();
        Assert.Equal(("introduction", "doc-introduction"), ((string?)section.Attribute(EpubFile.Ops + "type"), (string?)section.Attribute("role")));
        Assert.DoesNotContain(intro.Descendants(EpubFile.Xhtml + "span"), s => (string?)s.Attribute("class") is "chapter-number" or "section-number");
    }

    [Fact]
    public void Section_numbers_can_be_turned_off_for_the_book()
    {
        var plan = Plan("section-numbers: false");
        Assert.All(plan.Chapters, c => Assert.All(c.SectionNumbers, Assert.Null));
        Assert.Equal(["Early Days", "More Days"], plan.Contents[1].Children.Select(e => e.Label));
        Assert.Equal("Chapter 1", plan.Chapters.ElementAt(1).Label);
    }

    [Fact]
    public void A_preface_is_front_matter_numbered_in_roman_in_the_pdf()
    {
        var (book, diagnostics) = Load("", "chapters:\n  - file: intro.md\n    kind: preface\n  - one.md\n  - two.md\n");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var plan = BookPlanner.Plan(book!);
        Assert.Equal(Matter.Front, plan.Chapters.First().Matter);
        var result = BookTypesetter.Typeset(plan, Theme.A4, new FakeMeasurer(), TestText.English.Value);
        var preface = result.AnchorPages[plan.Chapters.First().Id];
        Assert.Matches("^[ivxlc]+$", preface);
        Assert.Equal("1", result.AnchorPages[plan.Chapters.ElementAt(1).Id]);
    }

    [Fact]
    public void An_unknown_kind_is_an_error_at_its_place()
    {
        var (_, diagnostics) = Load("", "chapters:\n  - file: intro.md\n    kind: intermezzo\n  - one.md\n  - two.md\n");
        var error = Assert.Single(diagnostics, d => d.Code == "BB024");
        Assert.Equal(("book.yml", 12), (error.File, error.Line));
        Assert.Contains("introduction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_isbn_is_checked_and_shown_on_the_copyright_page_and_in_the_package()
    {
        var plan = Plan("isbn: 978-0-306-40615-7");
        Assert.Contains("ISBN 978-0-306-40615-7", plan.Copyright.Paragraphs.SelectMany(p => p));
        var package = Epub(plan).Package;
        var isbn = package.Descendants(EpubFile.Dc + "identifier").Single(i => (string?)i.Attribute("id") == "isbn");
        Assert.Equal("urn:isbn:9780306406157", isbn.Value);
        Assert.Equal("pub-id", (string?)package.Root!.Attribute("unique-identifier"));

        var (_, diagnostics) = Load("isbn: 978-0-306-40615-8");
        var error = Assert.Single(diagnostics, d => d.Code == "BB023");
        Assert.Equal("book.yml", error.File);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void A_series_is_on_the_title_page_and_in_the_package()
    {
        var plan = Plan("series:\n  name: \"Rivers of the World\"\n  number: 2");
        Assert.Equal("Rivers of the World, book 2", plan.TitlePage.Series);
        var epub = Epub(plan);
        var meta = epub.Package.Descendants(EpubFile.Opf + "meta").ToList();
        var collection = meta.Single(m => (string?)m.Attribute("property") == "belongs-to-collection");
        Assert.Equal("Rivers of the World", collection.Value);
        Assert.Contains(meta, m => (string?)m.Attribute("refines") == "#series" && (string?)m.Attribute("property") == "group-position" && m.Value == "2");
        Assert.Contains("Rivers of the World, book 2", epub.Text("OEBPS/titlepage.xhtml"));

        var (_, diagnostics) = Load("series:\n  name: \"Rivers\"\n  number: second");
        Assert.Single(diagnostics, d => d.Code == "BB005" && d.Message.Contains("series", StringComparison.Ordinal));
    }

    [Fact]
    public void The_authors_own_cover_replaces_the_drawn_one()
    {
        var jpeg = TestImages.MarkedJpeg(160, 240, 1);
        var plan = Plan("cover: art/front.jpg", m => m.WriteBytes("art/front.jpg", jpeg));
        Assert.Equal((160, 240), (plan.Metadata.Cover!.Width, plan.Metadata.Cover.Height));
        Assert.DoesNotContain(plan.Book.Images, i => i.RelativePath == "art/front.jpg");

        var epub = Epub(plan);
        var item = Assert.Single(epub.Manifest, m => m.Properties == "cover-image");
        Assert.Equal(("images/cover.jpg", "image/jpeg"), (item.Href, item.MediaType));
        Assert.Equal(jpeg, epub.Raw("OEBPS/images/cover.jpg"));
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal("0 0 160 240", (string?)epub.Xml("OEBPS/cover.xhtml").Descendants(svg + "svg").Single().Attribute("viewBox"));

        var (_, diagnostics) = Load("cover: art/missing.jpg");
        var error = Assert.Single(diagnostics, d => d.Code == "BB042");
        Assert.Equal("book.yml", error.File);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void The_pdf_shows_the_series_the_isbn_and_unnumbered_divisions_and_sections()
    {
        var plan = Plan("isbn: 978-0-306-40615-7\nseries:\n  name: \"Rivers of the World\"\n  number: 2\nsection-numbers: false");
        using var bytes = new MemoryStream();
        new PdfEditionWriter().Write(plan, bytes, new BuildOptions { Timestamp = DateTimeOffset.UnixEpoch }, new DiagnosticBag());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes.ToArray());
        // Compared without spaces: how a reader splits words differs between PDF writers.
        string Text(int page) => string.Concat(pdf.GetPage(page).GetWords().Select(w => w.Text));
        Assert.Contains("RiversoftheWorld,book2", Text(1), StringComparison.Ordinal);
        Assert.Contains("ISBN978-0-306-40615-7", Text(2), StringComparison.Ordinal);
        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(Text).ToList();
        // The introduction opens under its title alone, the first chapter as "Chapter 1"; no section is numbered.
        var introduction = pages.FindIndex(p => p.Contains("Astart.", StringComparison.Ordinal));
        Assert.True(introduction > 2, string.Join("\n", pages));
        Assert.StartsWith("IntroductionWhy", pages[introduction], StringComparison.Ordinal);
        Assert.Contains("CHAPTER1FirstChapter", pages[introduction + 1], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("EarlyDays", pages[introduction + 1], StringComparison.Ordinal);
        Assert.DoesNotContain(pages, p => p.Contains("1.1EarlyDays", StringComparison.Ordinal));
    }
}
