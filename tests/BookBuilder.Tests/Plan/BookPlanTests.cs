using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Pdf;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Support;
using UglyToad.PdfPig;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Plan;

/// <summary>
/// The book plan is computed once and both editions render it: divisions in reading order with
/// their kinds, labels and numbers, one labelling of the contents for every navigation, one
/// byline, one copyright page, the glossary's links back, labels by language.
/// </summary>
public sealed class BookPlanTests
{
    private static BookPlan FirstBook => BookPlanner.Plan(LoadedBooks.Get(RepoPaths.Manuscript).Book);

    [Fact]
    public void Divisions_are_in_reading_order_with_their_kind_and_matter()
    {
        var plan = FirstBook;
        Assert.Equal(
            [DivisionKind.TitlePage, DivisionKind.Copyright, DivisionKind.Contents, .. Enumerable.Repeat(DivisionKind.Chapter, 6), DivisionKind.FaqAppendix, DivisionKind.Glossary, DivisionKind.Index],
            plan.Divisions.Select(d => d.Kind));
        Assert.Equal([Matter.Front, Matter.Front, Matter.Front, .. Enumerable.Repeat(Matter.Body, 6), Matter.Back, Matter.Back, Matter.Back], plan.Divisions.Select(d => d.Matter));
        // The introduction and the conclusion are not numbered (book.yml says what they are).
        Assert.Equal([null, "Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4", null], plan.Chapters.Select(c => c.Label));
        Assert.All(plan.Body, d => Assert.Equal(d.Source.File, d switch
        {
            ChapterDivision c => c.Chapter.SourceFile,
            FaqDivision f => f.Faq.SourceFile,
            GlossaryDivision g => g.Glossary.SourceFile,
            IndexDivision => "book.yml", // made from the whole book: its failures name book.yml
            _ => "",
        }));
        Assert.Equal("glossary", plan.DivisionOf(plan.Book.Glossary!.Entries[0].Id)!.Id);
    }

    [Fact]
    public void Contents_entries_carry_number_title_and_one_label()
    {
        var contents = FirstBook.Contents;
        Assert.Equal("Introduction", contents[0].Label);
        Assert.Null(contents[0].Number);
        var history = contents[1];
        Assert.Equal("1", history.Number);
        Assert.Equal("1.1 Soviet Support for Israel’s Formation", history.Children[0].Label);
        Assert.All(history.Children, s => Assert.Equal($"{s.Number} {InlineText.Plain(s.Title)}", s.Label));
        Assert.Equal([ContentsKind.FaqAppendix, ContentsKind.Glossary, ContentsKind.Index], contents.TakeLast(3).Select(e => e.Kind));
        Assert.All(contents[^3].Children, q => Assert.Equal(ContentsKind.Question, q.Kind));
    }

    [Fact]
    public void Both_editions_label_the_contents_alike_in_every_navigation()
    {
        var plan = FirstBook;
        var labels = Flatten(plan.Contents).Select(e => e.Label).ToList();
        var options = new BuildOptions { Timestamp = EpubFixture.Modified };

        using var epubBytes = new MemoryStream();
        new EpubEditionWriter().Write(plan, epubBytes, options, new DiagnosticBag());
        var epub = new EpubFile(epubBytes.ToArray());
        var toc = epub.Xml("OEBPS/nav.xhtml").Descendants(Xhtml + "nav").First(n => (string?)n.Attribute(Ops + "type") == "toc");
        Assert.Equal(labels, toc.Descendants(Xhtml + "a").Select(a => a.Value));
        Assert.Equal(labels, epub.Xml("OEBPS/toc.ncx").Descendants(Ncx + "navLabel").Select(l => l.Value));

        using var pdfBytes = new MemoryStream();
        new PdfEditionWriter().Write(plan, pdfBytes, options, new DiagnosticBag());
        using var pdf = PdfDocument.Open(pdfBytes.ToArray());
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal([plan.Labels.Contents, .. labels], bookmarks.GetNodes().Select(n => n.Title));
    }

    [Fact]
    public void The_byline_names_the_authors_and_the_copyright_page_everyone()
    {
        var plan = BookPlanner.Plan(LoadedBooks.Get(RepoPaths.FieldGuide).Book);
        Assert.Equal("Mira Castellan", plan.TitlePage.Byline); // Tomas Ferreira is the editor
        var paragraphs = plan.Copyright.Paragraphs;
        Assert.Equal(["by Mira Castellan, Tomas Ferreira"], paragraphs[0]);
        Assert.Equal(["© 2026 Test Fixture Press. A test manuscript for the book builder.", "Test edition",
            "Published 14 March 2026 by Test Fixture Press", "Identifier: urn:uuid:d667995f-f0a8-598e-9a90-8b442d05809f"], paragraphs[1]);
        Assert.Equal(plan.Metadata.FullTitle, plan.Copyright.Title);
    }

    [Fact]
    public void Repeated_uses_in_a_division_are_numbered_for_the_links_back()
    {
        using var m = new TempManuscript();
        var book = ManuscriptLoader.Load(m.Root, new DiagnosticBag())!;
        var entry = book.Glossary!.Entries.Single(e => e.Term == "Cold War");
        Assert.Equal(["first-chapter", "second-chapter", "faq"], entry.Uses.Select(u => u.DivisionId)); // the first use in each division
        // A model may hold more than one use in a division: the later ones are numbered.
        var twice = entry with { Uses = [entry.Uses[0], entry.Uses[1], entry.Uses[1] with { UseId = "use-again" }] };
        book = book with { Glossary = book.Glossary with { Entries = [twice] } };

        var references = BookPlanner.Plan(book).Glossary!.References[entry.Id];
        Assert.Equal(["First Chapter", "Second Chapter", "Second Chapter (2)"], references.Select(r => r.Label));
        Assert.Equal([1, 1, 2], references.Select(r => r.Occurrence));
    }

    [Fact]
    public void An_untitled_faq_or_glossary_is_titled_in_the_books_language()
    {
        using var m = new TempManuscript();
        m.Write("faq.md", "## What is a question?\n\nAn answer.\n");
        m.Write("glossary.md", "Cold War\n:   A rivalry.\n");
        var plan = BookPlanner.Plan(ManuscriptLoader.Load(m.Root, new DiagnosticBag())!);
        Assert.Equal("Frequently Asked Questions", plan.Faq!.PlainTitle);
        Assert.Equal("Glossary", plan.Glossary!.PlainTitle);
        Assert.Equal("Glossary", plan.Contents[^2].Label);
        Assert.Equal("Index", plan.Contents[^1].Label);
    }

    [Fact]
    public void Labels_are_looked_up_by_the_primary_language()
    {
        Assert.Same(BookLabels.English, BookLabels.For("en"));
        Assert.Same(BookLabels.English, BookLabels.For("en-GB"));
        // No table of its own yet: English stands in.
        Assert.Same(BookLabels.English, BookLabels.For("he"));
        Assert.Equal("Chapter 12", BookLabels.English.Chapter(12));
        Assert.Equal("Published 25 November 2026", BookLabels.English.Published(new DateOnly(2026, 11, 25), null));
        Assert.Equal("Cover of T by A", BookLabels.English.CoverAlt("T", "A"));
    }

    private static IEnumerable<ContentsEntry> Flatten(IEnumerable<ContentsEntry> entries) =>
        entries.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));
}
