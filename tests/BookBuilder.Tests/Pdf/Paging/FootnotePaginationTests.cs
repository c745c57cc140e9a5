using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Plan;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Tests.Typography;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// Footnotes set as TeX sets inserts, on real text with the real fonts: many short notes pack at
/// the foot of their pages, a note longer than a page splits and goes on over the next pages, a
/// note cited inside another note is set, and nothing overlaps or leaves the text block.
/// </summary>
[Collection(FontsCollection.Name)]
public sealed class FootnotePaginationTests(FontsFixture fonts)
{
    private static readonly string[] Sentences = File.ReadAllText(RepoPaths.Seed)
        .Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(s => s.Length > 40 && char.IsLetter(s[0]) && !s.Contains('#') && !s.Contains('|'))
        .Select(s => s + ".").ToArray();

    private static string Sentence(int i) => Sentences[i % Sentences.Length];

    private TypesetResult Typeset(string chapter, Theme theme)
    {
        using var dir = new TempManuscript(populate: false);
        dir.Write("book.yml", TempManuscript.OneChapterYaml("Notes"));
        dir.Write("one.md", chapter);
        var diagnostics = new DiagnosticBag();
        var book = ManuscriptLoader.Load(dir.Root, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        return BookTypesetter.Typeset(BookPlanner.Plan(book), theme, fonts.Measurer, TestText.English.Value);
    }

    /// <summary>The page of note <paramref name="number"/> ("fn") or of its first call ("fnref").</summary>
    private static int PageOf(TypesetResult r, string kind, int number)
    {
        var pattern = new System.Text.RegularExpressions.Regex($"^{kind}-.*-{number}$");
        return r.Pages.ToList().FindIndex(p => p.Ops.OfType<AnchorOp>().Any(a => pattern.IsMatch(a.Id)));
    }

    private static AnchorOp NoteAnchor(PageFrame page, int number) =>
        page.Ops.OfType<AnchorOp>().First(a => a.Id.StartsWith("fn-", StringComparison.Ordinal) && a.Id.EndsWith($"-{number}", StringComparison.Ordinal));

    private static int BodyPages(TypesetResult r) => r.Pages.Count(p => p.Label is { } l && char.IsDigit(l[0]));

    public static TheoryData<string> Sizes() => ["a4", "6x9"];

    private static Theme ThemeOf(string size) => size == "a4" ? Theme.A4 : Theme.Trade6x9;

    private void NothingOverlapsOrLeavesTheTextBlock(TypesetResult result, Theme theme)
    {
        Assert.Empty(TextArea.Outside(result.Pages, theme, fonts.Measurer));
        foreach (var page in result.Pages)
        {
            // The foot's rule is below every line of the body.
            var rules = page.Ops.OfType<RuleOp>().Where(r => r.Y1 == r.Y2 && r.X2 - r.X1 <= 72.5f).ToList();
            if (rules.Count == 0) continue;
            var ruleY = rules.Max(r => r.Y1);
            var body = page.Ops.OfType<TextOp>().Where(t => t.Baseline < ruleY && t.Text.Style.Size > theme.FootnoteSize + 0.1f);
            Assert.All(body, t => Assert.True(t.Baseline - fonts.Measurer.Metrics(t.Text.Style).Descent <= ruleY, $"p. {page.Label}: \"{t.Text.Text}\" runs into the notes"));
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_chapter_with_a_hundred_one_line_notes_takes_about_as_many_pages_as_the_same_text_with_the_notes_as_paragraphs(string size)
    {
        var theme = ThemeOf(size);
        var cited = new System.Text.StringBuilder("# Notes\n\n");
        var inline = new System.Text.StringBuilder("# Notes\n\n");
        var notes = new System.Text.StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            var paragraph = Sentence(3 * i) + " " + Sentence(3 * i + 1);
            var note = Sentence(7 * i + 2);
            note = note.Length > 70 ? note[..note.LastIndexOf(' ', 70)] + "." : note;
            cited.Append(paragraph).Append($"[^n{i}]\n\n");
            notes.Append($"[^n{i}]: {note}\n");
            inline.Append(paragraph).Append("\n\n").Append(note).Append("\n\n");
        }
        var withNotes = Typeset(cited + "\n" + notes, theme);
        var asParagraphs = Typeset(inline.ToString(), theme);
        var pages = BodyPages(withNotes);
        var reference = BodyPages(asParagraphs);
        Assert.InRange(pages, 1, reference * 1.15);
        // Every note is set, on the page of its call.
        foreach (var n in Enumerable.Range(1, 100))
        {
            Assert.NotEqual(-1, PageOf(withNotes, "fn", n));
            Assert.Equal(PageOf(withNotes, "fnref", n), PageOf(withNotes, "fn", n));
        }
        NothingOverlapsOrLeavesTheTextBlock(withNotes, theme);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_note_of_four_thousand_characters_splits_over_pages_with_the_body_going_on_beside_it(string size)
    {
        var theme = ThemeOf(size);
        var longNote = string.Join(' ', Enumerable.Range(0, 60).Select(i => Sentence(i + 5)));
        longNote = longNote[..longNote.LastIndexOf(' ', 4000)];
        Assert.InRange(longNote.Length, 3900, 4000);
        var body = Enumerable.Range(0, 14).Select(i => string.Join(' ', Enumerable.Range(0, 4).Select(k => Sentence(5 * i + k)))).ToList();
        body[1] += "[^long]";
        var result = Typeset("# Long\n\n" + string.Join("\n\n", body) + "\n\n[^long]: " + longNote + "\n", theme);
        var pages = result.Pages;
        var call = PageOf(result, "fnref", 1);
        Assert.Equal(call, PageOf(result, "fn", 1));
        // The note goes on at the foot of the next page under a label, and the body goes on above it.
        var next = pages[call + 1];
        Assert.Contains(next.Ops.OfType<TextOp>(), t => t.Text.Text == "(continued)");
        Assert.Contains(next.Ops.OfType<TextOp>(), t => t.Text.Style.Size == theme.BodySize);
        // Every word of the note is set once.
        var words = longNote.Split(' ').Length;
        var noteWords = pages.Sum(p => p.Ops.OfType<TextOp>().Count(t => t.Text.Style.Size == theme.FootnoteSize && !t.Text.Style.Italic));
        Assert.InRange(noteWords, words - 10, words + 10);
        NothingOverlapsOrLeavesTheTextBlock(result, theme);
        // The body pages are about as many as the text needs: no page of one body line.
        Assert.InRange(BodyPages(result), 2, 8);
    }

    [Fact]
    public void A_note_taller_than_a_page_is_reported_with_its_place()
    {
        var longNote = string.Join(' ', Enumerable.Range(0, 90).Select(i => Sentence(i)));
        var chapter = "# Long\n\nA call.[^long]\n\n" + string.Join("\n\n", Enumerable.Range(0, 8).Select(Sentence)) + "\n\n[^long]: " + longNote + "\n";
        var result = Typeset(chapter, Theme.Trade6x9);
        var d = Assert.Single(result.Preflight.ToDiagnostics(), d => d.Message.Contains("taller than a page"));
        Assert.Equal("one.md", d.File);
        Assert.Equal(chapter[..chapter.IndexOf("[^long]:", StringComparison.Ordinal)].Count(c => c == '\n') + 1, d.Line);
        NothingOverlapsOrLeavesTheTextBlock(result, Theme.Trade6x9);
    }

    [Fact]
    public void A_note_cited_only_inside_another_note_is_set_right_after_it()
    {
        var result = Typeset("# Nested\n\nText with a note.[^outer]\n\n[^outer]: The outer note cites another.[^inner]\n\n[^inner]: The inner note.\n", Theme.A4);
        var pages = result.Pages;
        var outer = PageOf(result, "fn", 1);
        Assert.NotEqual(-1, outer);
        Assert.Equal(outer, PageOf(result, "fn", 2));
        Assert.True(NoteAnchor(pages[outer], 2).Y > NoteAnchor(pages[outer], 1).Y);
        Assert.Contains(pages[outer].Ops.OfType<TextOp>(), t => t.Text.Text == "inner");
    }
}
