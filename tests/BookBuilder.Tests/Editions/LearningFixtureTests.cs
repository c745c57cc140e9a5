using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Pdf;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Editions;

/// <summary>The editions of the learning fixture (tests/fixtures/learning), built once and written to files for the validators.</summary>
public sealed class LearningEditions : IDisposable
{
    private static readonly DateTimeOffset Date = new(2026, 3, 14, 0, 0, 0, TimeSpan.Zero);

    public LearningEditions()
    {
        var (book, diagnostics) = LoadedBooks.Get(RepoPaths.Learning);
        Diagnostics = diagnostics;
        var built = new FixtureEdition(BookPlanner.Plan(book), Date, Folder, "learning");
        (Epub, Pdf, Print, PrintReport) = (built.Epub, built.Pdf, built.Print, built.PrintReport);
        (EpubPath, PdfPath, PrintPath) = (built.EpubPath, built.PdfPath, built.PrintPath);
    }

    public DiagnosticBag Diagnostics { get; }
    public byte[] Epub { get; }
    public byte[] Pdf { get; }
    public byte[] Print { get; }
    public PdfEditionReport PrintReport { get; }
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"learning-{Guid.NewGuid():N}");
    public string EpubPath { get; }
    public string PdfPath { get; }
    public string PrintPath { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// Callouts in both editions of the learning fixture: an aside or a section with its role and a
/// visible label in the EPUB, a ruled box tagged as a section headed by its label in the PDF, in
/// black in print; and the editions pass the validators.
/// </summary>
public sealed class LearningFixtureTests(LearningEditions editions, ITestOutputHelper output) : IClassFixture<LearningEditions>
{
    private static readonly XNamespace X = EpubFile.Xhtml;
    private static readonly XNamespace Ops = EpubFile.Ops;

    [Fact]
    public void The_fixture_reads_without_diagnostics()
    {
        Assert.Empty(editions.Diagnostics.Items);
    }

    [Fact]
    public void Each_callout_kind_is_an_aside_or_a_section_with_its_semantics_and_visible_label()
    {
        var page = new EpubFile(editions.Epub).Xml("OEBPS/chapter-01.xhtml");
        var callouts = page.Descendants().Where(e => ((string?)e.Attribute("class"))?.StartsWith("callout ", StringComparison.Ordinal) == true).ToList();
        string?[] Row(XElement e) =>
        [
            e.Name.LocalName, (string?)e.Attribute("class"), (string?)e.Attribute(Ops + "type"), (string?)e.Attribute("role"),
            (string?)e.Attribute("aria-label"), e.Element(X + "p")!.Value,
        ];
        Assert.Equal(
        [
            ["section", "callout callout-objectives", "learning-objectives", null, "In this chapter you will learn", "In this chapter you will learn"],
            ["section", "callout callout-definition", null, null, "Definition: Catchment", "Definition: Catchment"],
            ["aside", "callout callout-note", null, null, "Note", "Note"],
            ["aside", "callout callout-tip", "tip", "doc-tip", "Tip: Before you start", "Tip: Before you start"],
            ["aside", "callout callout-example", null, "doc-example", "Example: A float and a watch", "Example: A float and a watch"],
            ["section", "callout callout-warning", "notice", "doc-notice", "Warning", "Warning"],
            ["section", "callout callout-important", "notice", "doc-notice", "Important: Ask first", "Important: Ask first"],
            ["section", "callout callout-summary", null, null, "Summary", "Summary"],
            ["section", "callout callout-key-takeaways", null, null, "Key takeaways", "Key takeaways"],
        ], callouts.Select(Row).ToArray());
        // The label is bold text, and the callout's blocks follow it inside.
        Assert.All(callouts, c => Assert.Equal("strong", c.Element(X + "p")!.Elements().First().Name.LocalName));
        Assert.Equal(2, callouts[4].Elements(X + "p").Count(p => (string?)p.Attribute("class") is null));
        Assert.Equal("ul", callouts[0].Elements().Last().Name.LocalName);
    }

    [Fact]
    public void A_callout_in_another_language_keeps_its_label_in_the_book_s()
    {
        var page = new EpubFile(editions.Epub).Xml("OEBPS/chapter-02.xhtml");
        var note = page.Descendants(X + "aside").Single(a => ((string?)a.Attribute("class"))?.StartsWith("callout ", StringComparison.Ordinal) == true);
        Assert.Equal(("ru", "ru"), ((string?)note.Attribute("lang"), (string?)note.Attribute(XNamespace.Xml + "lang")));
        var label = note.Element(X + "p")!;
        Assert.Equal(("en", "Note: In the original"), ((string?)label.Attribute("lang"), label.Value));
    }

    [Fact]
    public void Language_spans_and_containers_carry_lang_and_xml_lang_in_the_epub()
    {
        var page = new EpubFile(editions.Epub).Xml("OEBPS/chapter-02.xhtml");
        (string?, string?, string) Row(XElement e) => ((string?)e.Attribute("lang"), (string?)e.Attribute(XNamespace.Xml + "lang"), e.Value.Trim());
        Assert.Equal([("ru", "ru", "Волга"), ("he", "he", "הירדן"), ("uk", "uk", "Дніпро")],
            page.Descendants(X + "span").Where(e => e.Attribute("lang") is not null).Select(Row).ToArray());
        Assert.Equal([("he", "he", "הירדן זורם מצפון לדרום."), ("uk", "uk", "Дніпро тече до Чорного моря.")],
            page.Descendants(X + "div").Where(e => e.Attribute("lang") is not null).Select(Row).ToArray());
        // Hebrew is set right to left, at the span and at the block; the others keep the page's direction.
        Assert.Equal(["rtl", "rtl"], page.Descendants().Where(e => (string?)e.Attribute("lang") == "he").Select(e => (string?)e.Attribute("dir")));
        Assert.All(page.Descendants().Where(e => (string?)e.Attribute("lang") is "ru" or "uk"), e => Assert.Null(e.Attribute("dir")));
    }

    [Fact]
    public void In_the_pdf_the_author_s_language_wins_over_the_guess_by_script()
    {
        var nodes = TaggedPdf.Read(editions.Pdf).Root.Descendants().ToList();
        string? Lang(StructNode n) => n.Dict.Elements.GetString("/Lang") is { Length: > 0 } l ? l : null;
        // In the running text: the three spans the author marked, the Ukrainian one not guessed as Russian.
        var spans = nodes.Where(n => n.Role == "Span" && n.Parent!.Role == "P" && n.Parent.Parent!.Role == "Sect" && Lang(n.Parent) is null).Select(Lang).ToList();
        Assert.Equal(["ru", "he", "uk"], spans.Where(l => l is not null).Take(3));
        // A block in Ukrainian is a Div with its language, and no word in it is declared Russian (the blocks of chapter 2).
        var divs = nodes.Where(n => n.Role == "Div").ToList();
        Assert.Equal(["he", "uk"], divs.Take(2).Select(Lang));
        Assert.DoesNotContain(divs[1].Descendants(), n => n.Role == "Span");
        Assert.Empty(TaggedPdfRules.Check(TaggedPdf.Read(editions.Pdf)));
    }

    [Fact]
    public void The_style_sheet_boxes_callouts_only_in_a_book_that_has_them()
    {
        var css = new EpubFile(editions.Epub).Text("OEBPS/css/book.css");
        Assert.Contains(".callout {", css);
        Assert.Contains("border: 1px solid;", css);
        using var plain = new BookBuilder.Tests.Apparatus.SmallBook(["# One\n\nText.\n"]);
        Assert.DoesNotContain(".callout", plain.Epub().Text("OEBPS/css/book.css"));
    }

    [Fact]
    public void In_the_pdf_a_callout_is_a_section_that_opens_with_its_label()
    {
        var pdf = TaggedPdf.Read(editions.Pdf);
        Assert.Empty(TaggedPdfRules.Check(pdf));
        // The divisions that open with a title: the title page and the contents, then the chapters (the first two hold the callouts).
        var chapters = pdf.Root.Descendants().Where(n => n.Role == "Sect" && n.Children.FirstOrDefault()?.Role == "H1").ToList()[2..4];
        // Boxes tagged as a section headed by its label: in the first chapter nine callouts (one of
        // them in its section), three exercises (two holding a hint's section), review questions and
        // an FAQ; in the second two callouts, three exercises (one with a hint), review questions and an FAQ.
        var callouts = pdf.Root.Descendants().Where(n => n.Role == "Sect" && n.Children.Count > 1 && n.Children[0].Role == "P"
            && n.Parent!.Role == "Sect").ToList();
        Assert.Equal(9 + 3 + 2 + 2, chapters[0].Descendants().Count(callouts.Contains));
        Assert.Equal(2 + 3 + 1 + 2, chapters[1].Descendants().Count(callouts.Contains));
        var inRussian = Assert.Single(callouts, c => c.Dict.Elements.GetString("/Lang") == "ru");
        Assert.Equal("en", inRussian.Children[0].Dict.Elements.GetString("/Lang"));
    }

    [Fact]
    public async Task The_pdf_prints_each_label_before_its_text()
    {
        var text = await Validators.PdfToText(editions.PdfPath, output);
        if (text is null) return;
        var flat = string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        foreach (var (label, after) in new[]
                 {
                     ("In this chapter you will learn", "• Tell a river"), ("Definition: Catchment", "The whole area"),
                     ("Tip: Before you start", "Choose a straight"), ("Warning", "Never wade"), ("Key takeaways", "• A catchment is an area"),
                 })
            Assert.Contains(label + " " + after, flat);
    }

    [Fact]
    public void The_print_edition_sets_callouts_in_black()
    {
        Assert.Equal(0, editions.PrintReport.Print!.ColourOperations);
    }

    [Fact]
    public async Task Both_epubchecks_pass()
    {
        await Validators.AssertEpubcheckPasses(editions.EpubPath, output);
        const string debian = "/usr/share/java/epubcheck.jar";
        if (File.Exists(debian) && Validators.FindOnPath("java") is { } java)
            await Validators.AssertEpubcheckPasses(editions.EpubPath, output, new ValidatorEnvironment(debian, java, false));
    }

    [Fact]
    public async Task Qpdf_checks_both_pdfs_and_poppler_reads_them_as_tagged()
    {
        var qpdf = Validators.FindOnPath("qpdf");
        var pdfinfo = Validators.FindOnPath("pdfinfo");
        if (qpdf is null || pdfinfo is null)
        {
            output.WriteLine("SKIPPED: qpdf or pdfinfo is not on PATH");
            return;
        }
        foreach (var path in new[] { editions.PdfPath, editions.PrintPath })
        {
            var check = await ChildProcess.Run([qpdf, "--check", path]);
            Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
            var info = await ChildProcess.Run([pdfinfo, path]);
            Assert.Matches(@"Tagged:\s+yes", info.Stdout);
        }
    }
}
