using BookBuilder.Diagnostics;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;
using UglyToad.PdfPig;
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
}
