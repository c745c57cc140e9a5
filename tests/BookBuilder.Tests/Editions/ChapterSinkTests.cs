using BookBuilder.Diagnostics;
using BookBuilder.Pdf;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Tests.Apparatus;
using BookBuilder.Tests.Pdf.Paging;
using BookBuilder.Tests.Support;
using BookBuilder.Typography;
using UglyToad.PdfPig;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The chapter sink: every opening of a division of the body (chapters, with or without an
/// ornament, the FAQ, the glossary, the index) sets its title at the same height, read back from
/// the PDF of every manuscript of the repository, in the screen and the print edition.
/// </summary>
public sealed class ChapterSinkTests
{
    private static readonly FontLibrary Fonts = new();

    public static TheoryData<string, bool> Books()
    {
        var data = new TheoryData<string, bool>();
        foreach (var book in Fixtures.All)
        {
            data.Add(book, false);
            data.Add(book, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Every_division_title_sits_at_the_same_height(string path, bool print)
    {
        var (book, _) = LoadedBooks.Get(Path.Combine(RepoPaths.Root, path));
        var plan = BookPlanner.Plan(book);
        using var ms = new MemoryStream();
        var options = new BuildOptions { Timestamp = DateTimeOffset.UnixEpoch, TrimSize = PageSize.Trade6x9 };
        new PdfEditionWriter(Fonts, print).Write(plan, ms, options, new DiagnosticBag());
        var pdf = ms.ToArray();
        var printed = new PrintedBook(pdf);
        using var doc = PdfDocument.Open(pdf);
        var titles = new List<(string Division, double Baseline)>();
        foreach (var division in plan.Body)
        {
            var page = doc.GetPage(printed.Destinations[division.Id] + 1);
            // The title is the largest type on its opening page; its first line is the highest.
            var size = page.Letters.Max(l => l.PointSize);
            var baseline = page.Letters.Where(l => Math.Abs(l.PointSize - size) < 0.01).Max(l => l.StartBaseLine.Y);
            titles.Add((division.PlainTitle, baseline));
        }
        Assert.True(titles.Count >= 2, $"{titles.Count} divisions");
        var first = titles[0].Baseline;
        Assert.All(titles, t => Assert.True(Math.Abs(t.Baseline - first) < 0.1,
            $"{string.Join("; ", titles.Select(x => $"{x.Division}: {x.Baseline:F2}"))}"));
    }
}
