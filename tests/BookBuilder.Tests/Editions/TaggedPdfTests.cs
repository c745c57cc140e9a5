using System.Text.RegularExpressions;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The books' PDFs as tagged PDF/UA-1: the structure rules (<see cref="TaggedPdfRules"/>) on the
/// first book and the field guide (the fuzzed manuscripts are checked in the fuzz tests), the
/// roles the layout gives (headings, notes after the paragraph that calls them, artifacts), and
/// what poppler reads from the structure tree.
/// </summary>
public sealed class TaggedPdfTests(FirstBookPdfFixture firstBook, FieldGuidePdfFile fieldGuide, ITestOutputHelper output)
    : IClassFixture<FirstBookPdfFixture>, IClassFixture<FieldGuidePdfFile>
{
    [Fact]
    public void The_first_book_keeps_the_rules_of_tagged_pdf()
    {
        var breaches = TaggedPdfRules.Check(TaggedPdf.Read(firstBook.Bytes));
        Assert.True(breaches.Count == 0, string.Join("\n", breaches.Take(30)));
    }

    [Fact]
    public void The_field_guide_keeps_the_rules_of_tagged_pdf()
    {
        var breaches = TaggedPdfRules.Check(TaggedPdf.Read(fieldGuide.Bytes));
        Assert.True(breaches.Count == 0, string.Join("\n", breaches.Take(30)));
    }

    [Fact]
    public void The_field_guide_has_every_kind_of_element_the_layout_tags()
    {
        var roles = TaggedPdf.Read(fieldGuide.Bytes).Root.Descendants().Select(n => n.Role).ToHashSet();
        foreach (var role in new[] { "Document", "Sect", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
                     "Figure", "Caption", "Note", "Reference", "TOC", "TOCI", "Link", "BlockQuote", "Code", "Index" })
            Assert.Contains(role, roles);
    }

    [Fact]
    public void Captions_are_in_their_figure_or_table_and_the_index_is_an_index_of_lists()
    {
        var nodes = TaggedPdf.Read(fieldGuide.Bytes).Root.Descendants().ToList();
        // A table's caption is its Table's first child; a figure's is inside its Figure; no caption stands alone.
        var tableCaptions = nodes.Where(n => n.Role == "Caption" && n.Parent!.Role == "Table").ToList();
        Assert.NotEmpty(tableCaptions);
        Assert.All(tableCaptions, c => Assert.Same(c, c.Parent!.Children[0]));
        Assert.Contains(nodes, n => n.Role == "Caption" && n.Parent!.Role == "Figure");
        Assert.DoesNotContain(nodes, n => n.Role == "Caption" && n.Parent!.Role is not ("Table" or "Figure"));

        // The index follows its heading in its section: letters as H2, each letter's entries a list, one item an entry.
        var index = Assert.Single(nodes, n => n.Role == "Index");
        var section = index.Parent!.Children;
        Assert.Equal("H1", section[section.IndexOf(index) - 1].Role);
        Assert.Equal(["H2", "L"], index.Children.Select(c => c.Role).Distinct().Order());
        Assert.Equal(index.Children.Count(c => c.Role == "H2"), index.Children.Count(c => c.Role == "L"));
        var entries = LoadedBooks.Get(RepoPaths.FieldGuide).Book.Glossary!.Entries.Count;
        Assert.True(index.Descendants().Count(n => n.Role == "LI") >= entries, "an index item for each glossary term at least");
        Assert.All(index.Descendants().Where(n => n.Role == "LI"), li => Assert.Equal(["LBody"], li.Children.Select(c => c.Role)));
    }

    [Fact]
    public void A_list_of_figures_is_tagged_as_the_contents_are()
    {
        using var b = new BookBuilder.Tests.Apparatus.SmallBook(
            ["# One\n\n![A bend](bend.png \"A bend.\")\n", "# Two\n\n^^^\n![A bend](bend.png)\n^^^ Another bend. {#fig-another}\n"],
            yaml: "list-of-figures: true", files: [("bend.png", TestImages.Png(40, 30))]);
        using var ms = new MemoryStream();
        new BookBuilder.Pdf.PdfEditionWriter().Write(b.Plan, ms, new BookBuilder.Publishing.BuildOptions { Timestamp = DateTimeOffset.UnixEpoch }, new BookBuilder.Diagnostics.DiagnosticBag());
        var pdf = TaggedPdf.Read(ms.ToArray());
        Assert.Empty(TaggedPdfRules.Check(pdf));
        var tocs = pdf.Root.Descendants().Where(n => n.Role == "TOC").ToList();
        Assert.Equal(2, tocs.Count);
        var figures = tocs[1];
        Assert.Equal(["H1", "TOC"], figures.Parent!.Children.Select(c => c.Role));
        Assert.Equal(2, figures.Children.Count(c => c.Role == "TOCI"));
        Assert.All(figures.Children, item => Assert.Equal("Link", Assert.Single(item.Children).Role));
    }

    [Fact]
    public void Each_footnote_comes_right_after_the_block_that_calls_it()
    {
        var pdf = TaggedPdf.Read(fieldGuide.Bytes);
        var notes = pdf.Root.Descendants().Where(n => n.Role == "Note").ToList();
        Assert.NotEmpty(notes);
        foreach (var note in notes)
        {
            var siblings = note.Parent!.Children;
            var at = siblings.IndexOf(note);
            // Before the note: other notes of the same block, then the block holding the reference.
            var before = at - 1;
            while (before >= 0 && siblings[before].Role == "Note") before--;
            Assert.True(before >= 0, "a note with no block before it");
            var id = note.Dict.Elements.GetString("/ID");
            var references = siblings[before].Descendants().Where(n => n.Role == "Reference").ToList();
            Assert.True(references.Count > 0, $"the block before note {id} calls no footnote");
        }
    }

    [Fact]
    public void Words_in_another_script_are_spans_with_their_language()
    {
        var spans = TaggedPdf.Read(fieldGuide.Bytes).Root.Descendants().Where(n => n.Role == "Span").ToList();
        var langs = spans.Select(s => s.Dict.Elements.GetString("/Lang")).ToHashSet();
        Assert.Contains("he", langs);
        Assert.Contains("ar", langs);
        Assert.Contains("ru", langs);
        Assert.Contains("el", langs);
        // "נהר הירדן" is one span of two words, not two spans side by side.
        foreach (var parent in spans.Select(s => s.Parent!).Distinct())
            for (int i = 1; i < parent.Children.Count; i++)
                Assert.False(parent.Children[i].Role == "Span" && parent.Children[i - 1].Role == "Span"
                    && parent.Children[i].Dict.Elements.GetString("/Lang") == parent.Children[i - 1].Dict.Elements.GetString("/Lang")
                    && parent.Children[i].Content.Count > 0 && parent.Children[i - 1].Content.Count > 0
                    && parent.Children[i].Content[0].Page == parent.Children[i - 1].Content[^1].Page
                    && parent.Children[i].Content[0].Mcid == parent.Children[i - 1].Content[^1].Mcid + 1,
                    "two neighbouring spans in one language");
    }

    [Fact]
    public void Running_heads_folios_and_ornaments_are_artifacts_and_the_xmp_names_the_book()
    {
        var pdf = TaggedPdf.Read(firstBook.Bytes);
        // Every page after the front matter has its folio (and most a running head) as pagination artifacts.
        var pages = pdf.Pages.Skip(4).ToList();
        Assert.All(pages, p => Assert.Contains(p, s => s.Artifact && s.TextShows > 0));
        // The title page's flags are drawn, and as an artifact.
        Assert.Contains(pdf.Pages[0], s => s.Artifact && s.XObjects > 0);
        var xmp = pdf.Xmp();
        var meta = firstBook.Book.Metadata;
        Assert.Contains($"<dc:identifier>{meta.Identifier}</dc:identifier>", xmp);
        Assert.Contains($"<rdf:li>{meta.Language}</rdf:li>", xmp);
        foreach (var creator in meta.Creators) Assert.Contains($">{System.Security.SecurityElement.Escape(creator.Name)}</rdf:li>", xmp);
        Assert.Contains("<dc:date>", xmp);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
    }

    [Fact]
    public async Task Poppler_reads_the_structure_tree_in_reading_order_without_running_heads_or_folios()
    {
        var text = await StructText(firstBook.Bytes);
        if (text is null) return;
        var flat = Squash(text);
        // The paragraphs of the chapters and the FAQ, in the order of the book.
        var at = 0;
        foreach (var paragraph in FirstBookPdfTests.ReadingOrder(firstBook.Book))
        {
            var found = flat.IndexOf(Squash(paragraph), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not found in order: {paragraph[..Math.Min(60, paragraph.Length)]}");
            at = found;
        }
        // The running title is on every left-hand page; read as content it would come back dozens of times.
        var title = BookPlanner.Plan(firstBook.Book).RunningTitle;
        Assert.InRange(Regex.Count(flat, Regex.Escape(Squash(title))), 1, 3);
    }

    [Fact]
    public async Task Lines_that_end_without_a_word_space_still_read_as_separate_words()
    {
        // A chapter's label and title are two paragraphs of one heading; the copyright page's
        // lines are set one by one. Poppler joins the text of one structure element as it is.
        var tree = await RawStructText(firstBook.Bytes);
        if (tree is null) return;
        var plan = BookPlanner.Plan(firstBook.Book);
        // Numbered chapters only: an introduction or a conclusion has a title and no label.
        var labelled = plan.Divisions.OfType<ChapterDivision>().Where(c => c.Label is not null).ToList();
        Assert.NotEmpty(labelled);
        foreach (var chapter in labelled)
            Assert.Contains($"\"{chapter.Label!.ToUpperInvariant()} {chapter.PlainTitle}\"", tree);
        Assert.Contains(plan.Copyright.Paragraphs, p => p.Count > 1);
        foreach (var paragraph in plan.Copyright.Paragraphs)
            Assert.Contains($"\"{string.Join(" ", paragraph)} \"", tree);
    }

    [Fact]
    public async Task Code_keeps_its_spaces_and_indentation_in_the_text()
    {
        var tree = await Validators.PdfStructText(fieldGuide.Path, output);
        if (tree is null) return;
        // Each line of code ends with a space (the line break), and its own four spaces follow.
        Assert.Contains("slices = [     (0.5, 0.20, 0.30),     (0.5, 0.45, 0.62),", tree);
        Assert.Contains("Q  discharge              m³/s", tree);
    }

    /// <summary>The text of each structure element, joined as poppler gives it.</summary>
    private async Task<string?> StructText(byte[] pdf) =>
        await RawStructText(pdf) is { } tree ? string.Join("", Regex.Matches(tree, "\"(.*)\"").Select(m => m.Groups[1].Value)) : null;

    /// <summary>What <c>pdfinfo -struct-text</c> prints for <paramref name="pdf"/>; null when poppler is missing outside CI.</summary>
    private async Task<string?> RawStructText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tagged-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try { return await Validators.PdfStructText(path, output); }
        finally { File.Delete(path); }
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != '\u00AD'));
}
