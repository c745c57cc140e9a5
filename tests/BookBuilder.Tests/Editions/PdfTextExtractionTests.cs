using BookBuilder.Diagnostics;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;
using UglyToad.PdfPig;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Editions;

/// <summary>The field guide's PDF, written once to a temporary file for the external tools.</summary>
public sealed class FieldGuidePdfFile : IDisposable
{
    public FieldGuidePdfFile()
    {
        var book = LoadedBooks.Get(RepoPaths.FieldGuide).Book;
        using var ms = new MemoryStream();
        new PdfEditionWriter().Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = DateTimeOffset.UnixEpoch }, new DiagnosticBag());
        Bytes = ms.ToArray();
        File.WriteAllBytes(Path, Bytes);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"field-guide-{Guid.NewGuid():N}.pdf");
    public byte[] Bytes { get; }

    public void Dispose() => File.Delete(Path);
}

/// <summary>
/// What copy, search and text extraction get back from the PDFs: acronyms set in small capitals
/// read as capitals, and right-to-left phrases in the order they were written.
/// </summary>
public sealed class PdfTextExtractionTests(FirstBookPdfFixture firstBook, FieldGuidePdfFile fieldGuide, ITestOutputHelper output)
    : IClassFixture<FirstBookPdfFixture>, IClassFixture<FieldGuidePdfFile>
{
    private static readonly string[] Acronyms = ["UN General Assembly", "USSR’s dissolution", "NATO expansion", "Soviet KGB"];

    [Fact]
    public async Task Pdftotext_reads_the_small_capital_acronyms_of_the_first_book_as_capitals()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"first-book-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, firstBook.Bytes);
        try
        {
            var text = await Validators.PdfToText(path, output);
            if (text is null) return;
            foreach (var acronym in Acronyms) Assert.Contains(acronym, text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_small_capital_acronyms_carry_their_capitals_as_actual_text()
    {
        using var doc = PdfDocument.Open(firstBook.Bytes);
        var all = string.Concat(doc.GetPages().Select(p => PdfTextReader.ReadWithoutSpaces(p)));
        foreach (var acronym in Acronyms) Assert.Contains(PdfTextReader.Squash(acronym), all);
    }

    [Fact]
    public void Right_to_left_phrases_read_in_logical_order()
    {
        using var doc = PdfDocument.Open(fieldGuide.Bytes);
        var all = string.Concat(doc.GetPages().Select(p => PdfTextReader.ReadWithoutSpaces(p)));

        Assert.Contains("inHebrewנהרהירדן,NeharhaYarden", all);
        Assert.Contains("InArabicitisنهرالأردن(Nahral-Urdunn)", all);
        Assert.Contains("(inHebrewתהלים114)", all);
    }

    [Fact]
    public async Task Pdftotext_reads_a_hebrew_phrase_in_logical_order()
    {
        var text = await Validators.PdfToText(fieldGuide.Path, output);
        if (text is null) return;
        output.WriteLine(string.Join("\n", text.Split('\n').Where(l => l.Any(c => c is >= '\u0590' and <= '\u06FF'))));

        // Poppler finds the right-to-left words by their position and reads them right to left.
        Assert.Contains("נהר הירדן", text);
        Assert.DoesNotContain("הירדן נהר", text);
    }

    [Fact]
    public async Task Mutool_reads_a_hebrew_phrase_in_logical_order()
    {
        var text = await Validators.MutoolText(fieldGuide.Path, output);
        if (text is null) return;
        Assert.Contains("נהר הירדן", text);
        Assert.DoesNotContain("הירדן נהר", text);
        Assert.DoesNotContain("ןדריה", text); // a word's letters reversed
    }

    [Fact]
    public async Task Pdftotext_and_mutool_give_the_first_books_words_with_spaces_apostrophes_and_hyphens_right()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"first-book-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, firstBook.Bytes);
        try
        {
            var manuscript = string.Join("\n", ManuscriptText(firstBook.Book));
            foreach (var (tool, text) in new[] { ("pdftotext", await Validators.PdfToText(path, output)), ("mutool", await Validators.MutoolText(path, output)) })
            {
                if (text is null) continue;
                AssertWordsRight(tool, text, manuscript);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertWordsRight(string tool, string text, string manuscript)
    {
        Assert.DoesNotContain("\u02BC", text); // the apostrophe reads as the text has it
        // Line breaking's hyphens read as soft hyphens at the line end; a real hyphen stays a hyphen.
        var softBreaks = Regex.Matches(text, @"(\w+)\u00AD\s*\n\s*(\w+)");
        Assert.True(softBreaks.Count > 5, $"{tool}: {softBreaks.Count} lines end with a soft hyphen");
        foreach (Match m in softBreaks)
            Assert.True(manuscript.Contains(m.Groups[1].Value + m.Groups[2].Value, StringComparison.Ordinal),
                $"{tool}: '{m.Groups[1].Value}\u00AD{m.Groups[2].Value}' is no word of the book");
        // A word broken at the foot of a page goes on after the page furniture: the folio and a
        // running head, before the page break (mutool) or after it (pdftotext).
        text = Regex.Replace(text, @"([\u00AD\u2010-])[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:\d+|[ivxlcdm]+)[ \t]*\n(?:[ \t]*\n)*(?:[^\n\f]{1,80}\n(?:[ \t]*\n)*)?\f(?:[^\n\f]{1,80}\n)?\s*", "$1\n");
        var joined = Regex.Replace(text, @"\u00AD\s*\n\s*", "");
        // A word's own hyphen at a line end reads as U+2010 (poppler would drop a U+002D there).
        joined = Regex.Replace(joined, @"[-\u2010]\s*\n\s*", "-");
        foreach (Match compound in Regex.Matches(manuscript, @"\b[A-Za-z]{2,}(?:-[A-Za-z]{2,})+\b").DistinctBy(m => m.Value).Take(200))
            Assert.True(joined.Contains(compound.Value, StringComparison.Ordinal), $"{tool}: the compound '{compound.Value}' does not read back");
        // No two neighbouring words of the book run together.
        var words = Regex.Matches(joined, @"[\p{L}\p{N}’']+").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var pairs = Regex.Matches(manuscript, @"([\p{L}]{2,}) ([\p{L}]{2,})").Select(m => m.Groups[1].Value + m.Groups[2].Value);
        var runTogether = pairs.Where(p => words.Contains(p) && !manuscript.Contains(" " + p + " ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(runTogether.Count == 0, $"{tool}: run-together words: {string.Join(", ", runTogether.Take(10))}");
    }

    /// <summary>The plain text of every paragraph, heading and list of the book.</summary>
    private static IEnumerable<string> ManuscriptText(BookBuilder.Model.Book book)
    {
        IEnumerable<string> Blocks(IEnumerable<BookBuilder.Model.Block> blocks)
        {
            foreach (var b in blocks)
                switch (b)
                {
                    case BookBuilder.Model.ParagraphBlock p: yield return BookBuilder.Model.InlineText.Plain(p.Inlines); break;
                    case BookBuilder.Model.HeadingBlock h: yield return BookBuilder.Model.InlineText.Plain(h.Inlines); break;
                    case BookBuilder.Model.ListBlock l: foreach (var t in l.Items.SelectMany(i => Blocks(i.Blocks))) yield return t; break;
                    case BookBuilder.Model.QuoteBlock q: foreach (var t in Blocks(q.Blocks)) yield return t; break;
                }
        }
        foreach (var c in book.Chapters)
        {
            foreach (var t in Blocks(c.Blocks)) yield return t;
            foreach (var s in c.Sections) { yield return BookBuilder.Model.InlineText.Plain(s.Title); foreach (var t in Blocks(s.Blocks)) yield return t; }
            foreach (var t in c.Footnotes.SelectMany(f => Blocks(f.Blocks))) yield return t;
        }
        foreach (var e in book.Faq?.Entries ?? []) { yield return BookBuilder.Model.InlineText.Plain(e.Question); foreach (var t in Blocks(e.Answer)) yield return t; }
        foreach (var e in book.Glossary?.Entries ?? []) { yield return e.Term; foreach (var t in Blocks(e.Definition)) yield return t; }
    }

}
