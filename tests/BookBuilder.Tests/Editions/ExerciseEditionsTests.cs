using System.Text.RegularExpressions;
using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Model;
using BookBuilder.Pdf;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Apparatus;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using Xunit.Abstractions;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace BookBuilder.Tests.Editions;

/// <summary>The instructor's and the student's editions of the learning fixture, from the one manuscript.</summary>
public sealed class LearningEditionPair : IDisposable
{
    private static readonly DateTimeOffset Date = new(2026, 3, 14, 0, 0, 0, TimeSpan.Zero);

    public LearningEditionPair()
    {
        var (book, diagnostics) = LoadedBooks.Get(RepoPaths.Learning);
        Diagnostics = diagnostics;
        Instructor = new FixtureEdition(BookPlanner.Plan(book, BookEdition.Instructor), Date, Folder, "learning");
        Student = new FixtureEdition(BookPlanner.Plan(book, BookEdition.Student), Date, Folder, "learning.student");
    }

    public DiagnosticBag Diagnostics { get; }
    public FixtureEdition Instructor { get; }
    public FixtureEdition Student { get; }
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"learning-pair-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// Exercises, hints, solutions, review questions and FAQs in chapters, read back from both
/// editions of the learning fixture: numbering, the Solutions appendix, links both ways in the
/// EPUB and the PDF, the print edition's printed pages, and a student edition without any
/// solution and without a dangling link.
/// </summary>
public sealed partial class ExerciseEditionsTests(LearningEditionPair editions, ITestOutputHelper output) : IClassFixture<LearningEditionPair>
{
    private static readonly XNamespace X = EpubFile.Xhtml;
    private static readonly XNamespace Ops = EpubFile.Ops;

    /// <summary>The first words of each solution as the manuscript writes them (what must not reach a student).</summary>
    private static IReadOnlyList<string> SolutionOpenings()
    {
        var openings = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Learning, "chapters"), "*.md").Order(StringComparer.Ordinal))
            foreach (Match m in SolutionContainer().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
                openings.Add(string.Join(' ', m.Groups["text"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)));
        return openings;
    }

    [GeneratedRegex(@"^:{3} solution\n(?<text>[^\n]+)", RegexOptions.Multiline)]
    private static partial Regex SolutionContainer();

    private static string Squash(string text) => Regex.Replace(text, @"\s+", " ");

    /// <summary>The text of every XHTML page of an EPUB, in spine order.</summary>
    private static string EpubText(EpubFile epub) => Squash(string.Join(" ", epub.XhtmlPaths.Select(p => epub.Xml(p).Root!.Value)));

    private static string PdfText(byte[] pdf)
    {
        using var doc = PigDocument.Open(pdf);
        return Squash(string.Join(" ", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
    }

    [Fact]
    public void The_fixture_has_solutions_to_look_for()
    {
        Assert.Empty(editions.Diagnostics.Items);
        // Four exercises of six have a solution; one of the others has a hint only, one nothing.
        Assert.Equal(4, SolutionOpenings().Count);
    }

    [Fact]
    public void Exercises_are_numbered_per_chapter_in_both_editions()
    {
        foreach (var edition in new[] { editions.Instructor, editions.Student })
        {
            var epub = new EpubFile(edition.Epub);
            string[] Labels(string page) => epub.Xml("OEBPS/" + page).Descendants(X + "section")
                .Where(s => (string?)s.Attribute("class") == "exercise").Select(s => s.Element(X + "p")!.Element(X + "strong")!.Value).ToArray();
            Assert.Equal(["Exercise 1.1", "Exercise 1.2", "Exercise 1.3"], Labels("chapter-01.xhtml"));
            Assert.Equal(["Exercise 2.1", "Exercise 2.2", "Exercise 2.3"], Labels("chapter-02.xhtml"));
            // The PDF prints them in that order, each with its title where it has one.
            var text = PdfText(edition.Pdf);
            var at = new[] { "Exercise 1.1: Timing a float", "Exercise 1.2: Drawing a catchment", "Exercise 1.3 ", "Exercise 2.1: A river in three languages", "Exercise 2.2: Older names", "Exercise 2.3: Reading a tag" }
                .Select(l => text.IndexOf(l, StringComparison.Ordinal)).ToArray();
            Assert.All(at, i => Assert.True(i >= 0));
            Assert.Equal(at.Order(), at);
        }
    }

    [Fact]
    public void The_solutions_appendix_is_back_matter_in_the_spine_the_nav_and_the_ncx()
    {
        var epub = new EpubFile(editions.Instructor.Epub);
        // Right after the last chapter.
        var lastChapter = epub.Spine.Last(s => s.StartsWith("chapter-", StringComparison.Ordinal));
        Assert.Equal("solutions.xhtml", epub.Spine.SkipWhile(s => s != lastChapter).Skip(1).First());
        var page = epub.Xml("OEBPS/solutions.xhtml");
        Assert.Equal("backmatter", (string?)page.Root!.Element(X + "body")!.Attribute(Ops + "type"));
        var appendix = page.Descendants(X + "section").First();
        Assert.Equal(("appendix", "doc-appendix", "Solutions"), ((string?)appendix.Attribute(Ops + "type"), (string?)appendix.Attribute("role"), appendix.Element(X + "h1")!.Value));
        Assert.Equal(["Chapter 1: Where Water Goes", "Chapter 2: The Names of Rivers"], appendix.Descendants(X + "h2").Select(h => h.Value));
        // Only the exercises that have a solution are answered, each in a section of its own.
        Assert.Equal(["Solution 1.1", "Solution 1.2", "Solution 2.1", "Solution 2.3"],
            page.Descendants(X + "section").Where(s => (string?)s.Attribute(Ops + "type") == "answer").Select(s => s.Element(X + "p")!.Element(X + "strong")!.Value));
        var nav = epub.Xml("OEBPS/nav.xhtml").Descendants(X + "nav").First(n => (string?)n.Attribute(Ops + "type") == "toc");
        Assert.Contains(nav.Descendants(X + "a"), a => (string?)a.Attribute("href") == "solutions.xhtml" && a.Value == "Solutions");
        Assert.Contains("solutions.xhtml", epub.Text("OEBPS/toc.ncx"));
        // The PDF's outline has it after the chapters.
        using var pdf = PigDocument.Open(editions.Instructor.Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal("Solutions", bookmarks.Roots.Select(b => b.Title).SkipWhile(t => !t.Contains("Rivers and Their Banks", StringComparison.OrdinalIgnoreCase)).Skip(1).First());
    }

    [Fact]
    public void Each_exercise_links_to_its_solution_and_each_solution_back_in_the_epub()
    {
        var epub = new EpubFile(editions.Instructor.Epub);
        var pairs = 0;
        foreach (var chapter in new[] { "OEBPS/chapter-01.xhtml", "OEBPS/chapter-02.xhtml" })
        {
            foreach (var exercise in epub.Xml(chapter).Descendants(X + "section").Where(s => (string?)s.Attribute("class") == "exercise"))
            {
                var link = exercise.Elements(X + "p").SingleOrDefault(p => (string?)p.Attribute("class") == "exercise-solution-link")?.Element(X + "a");
                if (link is null) continue;
                var number = exercise.Element(X + "p")!.Element(X + "strong")!.Value["Exercise ".Length..];
                var (file, id) = EpubFile.Resolve(chapter, (string)link.Attribute("href")!);
                Assert.Equal("OEBPS/solutions.xhtml", file);
                var solution = epub.Xml(file).Descendants().Single(e => (string?)e.Attribute("id") == id);
                Assert.Equal("Solution " + number, solution.Element(X + "p")!.Element(X + "strong")!.Value);
                Assert.Equal("Solution " + number, link.Value);
                var back = solution.Descendants(X + "a").Single(a => (string?)a.Attribute("role") == "doc-backlink");
                Assert.Equal((chapter, (string?)exercise.Attribute("id")), EpubFile.Resolve(file, (string)back.Attribute("href")!));
                Assert.EndsWith("Exercise " + number, back.Value, StringComparison.Ordinal);
                pairs++;
            }
        }
        Assert.Equal(SolutionOpenings().Count, pairs);
    }

    [Fact]
    public void No_link_of_either_epub_leads_nowhere()
    {
        foreach (var edition in new[] { editions.Instructor, editions.Student })
        {
            var epub = new EpubFile(edition.Epub);
            var links = 0;
            foreach (var path in epub.XhtmlPaths)
                foreach (var a in epub.Xml(path).Descendants(X + "a"))
                {
                    var href = (string?)a.Attribute("href");
                    if (href is null || href.Contains(':', StringComparison.Ordinal)) continue;
                    var (file, id) = EpubFile.Resolve(path, href);
                    Assert.True(epub.Has(file), $"{path}: {href} leads to {file}, a file the EPUB lacks");
                    if (id is not null) Assert.Contains(id, epub.Ids(file));
                    links++;
                }
            // The navigation's links at least; in the instructor's edition the four exercises' and their solutions' too.
            Assert.True(links >= (edition == editions.Instructor ? 8 + 4 : 4), $"{links} links");
        }
    }

    [Fact]
    public void In_the_pdf_each_link_lands_on_the_page_of_its_target_and_prints_that_page()
    {
        var book = new PrintedBook(editions.Instructor.Pdf);
        var text = PdfText(editions.Instructor.Pdf);
        var toSolutions = book.Links.SelectMany((l, page) => l.Select(link => (link, page))).Where(x => Regex.IsMatch(x.link.Text, @"^Solution \d")).ToList();
        var backs = book.Links.SelectMany((l, page) => l.Select(link => (link, page))).Where(x => Regex.IsMatch(x.link.Text, @"^Exercise \d")).ToList();
        Assert.Equal(SolutionOpenings().Count, toSolutions.Count);
        Assert.Equal(SolutionOpenings().Count, backs.Count);
        foreach (var (link, page) in toSolutions.Concat(backs))
        {
            var label = Regex.Match(link.Text, @"^(Solution|Exercise) \d+\.\d+").Value;
            // The destination is on the page that prints the target's label, and the link says which.
            Assert.Equal(book.Destinations[link.Destination!], link.TargetPage);
            var heading = label.StartsWith("Solution", StringComparison.Ordinal) ? label + " (" : label + ":";
            Assert.Contains(heading, Squash(book.Texts[link.TargetPage]));
            Assert.NotEqual(page, link.TargetPage);
            Assert.Equal($"{label} on p. {book.Labels[link.TargetPage]}", Squash(link.Text.Replace('\u00A0', ' ')));
        }
        Assert.Contains("Solutions", text);
        // Every link annotation is held by a Link element of the structure tree.
        Assert.Empty(TaggedPdfRules.Check(TaggedPdf.Read(editions.Instructor.Pdf)));
    }

    [Fact]
    public void The_print_edition_prints_the_pages_of_solutions_and_exercises_without_link_annotations()
    {
        var book = new PrintedBook(editions.Instructor.Print);
        using (var doc = PigDocument.Open(editions.Instructor.Print))
            Assert.All(doc.GetPages(), p => Assert.Empty(p.GetAnnotations()));
        var texts = book.Texts.Select(t => Squash(t.Replace('\u00A0', ' '))).ToList();
        foreach (var number in new[] { "1.1", "1.2", "2.1", "2.3" })
        {
            var solutionPage = texts.FindIndex(t => t.Contains($"Solution {number} (", StringComparison.Ordinal));
            var exercisePage = texts.FindIndex(t => t.Contains($"Exercise {number}:", StringComparison.Ordinal));
            Assert.True(solutionPage > exercisePage && exercisePage >= 0);
            var all = string.Join(" ", texts);
            Assert.Equal(book.Labels[solutionPage], Regex.Match(all, $@"Solution {Regex.Escape(number)} on p\. (\w+)").Groups[1].Value);
            Assert.Equal(book.Labels[exercisePage], Regex.Match(texts[solutionPage], $@"Exercise {Regex.Escape(number)} on p\. (\w+)").Groups[1].Value);
        }
    }

    [Fact]
    public void The_student_edition_has_no_solution_text_and_no_link_to_one()
    {
        var openings = SolutionOpenings();
        var instructorEpub = EpubText(new EpubFile(editions.Instructor.Epub));
        var instructorPdf = PdfText(editions.Instructor.Pdf);
        var student = new EpubFile(editions.Student.Epub);
        var studentEpub = EpubText(student);
        var studentPdf = PdfText(editions.Student.Pdf);
        var studentPrint = PdfText(editions.Student.Print);
        foreach (var opening in openings)
        {
            // What the instructor's edition prints, the student's does not.
            Assert.Contains(opening, instructorEpub);
            Assert.Contains(opening, instructorPdf);
            Assert.DoesNotContain(opening, studentEpub);
            Assert.DoesNotContain(opening, studentPdf);
            Assert.DoesNotContain(opening, studentPrint);
        }
        Assert.DoesNotContain("Solution", studentEpub);
        Assert.DoesNotContain("Solution", studentPdf);
        Assert.DoesNotContain(student.Names, n => n.Contains("solution", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("solution", student.Text("OEBPS/content.opf"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("solution", student.Text("OEBPS/nav.xhtml"), StringComparison.OrdinalIgnoreCase);
        // The exercises keep their hints.
        Assert.Equal(3, student.XhtmlPaths.Sum(p => student.Xml(p).Descendants(X + "aside").Count(a => (string?)a.Attribute("class") == "exercise-hint")));
        var book = new PrintedBook(editions.Student.Pdf);
        Assert.DoesNotContain(book.Destinations.Keys, d => d.StartsWith("solution", StringComparison.Ordinal));
        Assert.All(book.Links.SelectMany(l => l), l => Assert.True(l.Destination is not null && book.Destinations.ContainsKey(l.Destination)));
        using var pdf = PigDocument.Open(editions.Student.Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.DoesNotContain(bookmarks.Roots, b => b.Title.Contains("Solution", StringComparison.Ordinal));
        Assert.DoesNotContain(editions.Student.Diagnostics, d => d.Code == "PDF006");
    }

    [Fact]
    public void The_student_edition_is_a_publication_of_its_own_identifier_and_edition_line()
    {
        static string Identifier(EpubFile epub) =>
            (string)epub.Package.Root!.Element(EpubFile.Opf + "metadata")!.Elements(EpubFile.Dc + "identifier").Single(i => (string?)i.Attribute("id") == (string?)epub.Package.Root!.Attribute("unique-identifier"));
        var instructor = Identifier(new EpubFile(editions.Instructor.Epub));
        var student = Identifier(new EpubFile(editions.Student.Epub));
        // The instructor's edition is the book as book.yml names it; the student's another
        // publication, whose identifier is a name-based (version 5) UUID, the same at every build.
        Assert.Equal(editions.Instructor.Plan.Book.Metadata.Identifier, instructor);
        Assert.NotEqual(instructor, student);
        Assert.StartsWith("urn:uuid:", student, StringComparison.Ordinal);
        Assert.True(Guid.TryParse(student["urn:uuid:".Length..], out var uuid));
        Assert.Equal('5', uuid.ToString()[14]);
        Assert.Equal(student, BookPlanner.Plan(editions.Instructor.Plan.Book, BookEdition.Student).Book.Metadata.Identifier);
        // The copyright page says which edition it is, in both formats.
        Assert.Contains("Student edition", PdfText(editions.Student.Pdf), StringComparison.Ordinal);
        Assert.Contains("Student edition", PdfText(editions.Student.Print), StringComparison.Ordinal);
        Assert.DoesNotContain("Student edition", PdfText(editions.Instructor.Pdf), StringComparison.Ordinal);
        Assert.Contains("Student edition", EpubText(new EpubFile(editions.Student.Epub)), StringComparison.Ordinal);
        Assert.DoesNotContain("Student edition", EpubText(new EpubFile(editions.Instructor.Epub)), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_questions_and_an_faq_in_a_chapter_have_their_labels_and_roles()
    {
        var epub = new EpubFile(editions.Instructor.Epub);
        foreach (var (page, review, items, questions) in new[]
                 {
                     ("chapter-01.xhtml", "Review questions", 3, "h3"), ("chapter-02.xhtml", "Check your understanding", 2, "h3"),
                 })
        {
            var xml = epub.Xml("OEBPS/" + page);
            var box = xml.Descendants(X + "section").Single(s => (string?)s.Attribute("class") == "review");
            Assert.Equal(("assessment", review, review), ((string?)box.Attribute(Ops + "type"), (string?)box.Attribute("aria-label"), box.Element(X + "p")!.Value));
            Assert.Equal(items, box.Element(X + "ol")!.Elements(X + "li").Count());
            var faq = xml.Descendants(X + "section").Single(s => (string?)s.Attribute("class") == "faq-block");
            Assert.Equal(("qna", "doc-qna"), ((string?)faq.Attribute(Ops + "type"), (string?)faq.Attribute("role")));
            // Two questions, headings one level below the section they stand in, with ids.
            var heads = faq.Descendants().Where(e => (string?)e.Attribute("class") == "faq-question").ToList();
            Assert.Equal(2, heads.Count);
            Assert.All(heads, h => Assert.Equal(questions, h.Name.LocalName));
            Assert.All(heads, h => Assert.NotNull(h.Attribute("id")));
        }
        Assert.Equal("Questions from the field", epub.Xml("OEBPS/chapter-01.xhtml").Descendants(X + "section").Single(s => (string?)s.Attribute("class") == "faq-block").Element(X + "p")!.Value);
        Assert.Equal("Questions and answers", epub.Xml("OEBPS/chapter-02.xhtml").Descendants(X + "section").Single(s => (string?)s.Attribute("class") == "faq-block").Element(X + "p")!.Value);
        // In the PDF the questions are H3 under the section's H2: no level skipped.
        var pdf = TaggedPdf.Read(editions.Instructor.Pdf);
        Assert.Empty(TaggedPdfRules.Check(pdf));
        Assert.Equal(4, pdf.Root.Descendants().Count(n => n.Role == "H3"));
    }

    [Fact]
    public async Task Both_epubchecks_pass_on_both_editions()
    {
        foreach (var path in new[] { editions.Instructor.EpubPath, editions.Student.EpubPath })
        {
            await Validators.AssertEpubcheckPasses(path, output);
            const string debian = "/usr/share/java/epubcheck.jar";
            if (File.Exists(debian) && Validators.FindOnPath("java") is { } java)
                await Validators.AssertEpubcheckPasses(path, output, new ValidatorEnvironment(debian, java, false));
        }
    }
}
