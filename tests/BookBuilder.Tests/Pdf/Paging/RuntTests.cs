using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Publishing;
using BookBuilder.Tests.Typography;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// No runt (the last line of a paragraph of several lines holding a single word, as preflight
/// counts them) in the first book or any fixture, in the screen PDF (A4 and 6 × 9) and in the
/// print PDF (6 × 9 trim), but where every setting of the paragraph without it has a very loose
/// line, and no justified line very loose for it.
/// </summary>
[Collection(FontsCollection.Name)]
public sealed class RuntTests(FontsFixture fonts)
{
    public static TheoryData<string, string> Editions()
    {
        var data = new TheoryData<string, string>();
        foreach (var book in Fixtures.All)
            foreach (var edition in new[] { "a4", "6x9", "print-6x9" })
                data.Add(book, edition);
        return data;
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void No_paragraph_of_running_text_ends_with_a_word_alone_on_its_line_unless_only_a_very_loose_line_avoids_it(string book, string edition)
    {
        var theme = edition switch
        {
            "a4" => Theme.A4,
            "6x9" => Theme.Trade6x9,
            _ => Theme.ForPrint(PageSize.Trade6x9, 0) with { Name = edition },
        };
        var result = Fixtures.Typeset(book, theme, fonts.Measurer);
        Assert.True(result.Preflight.LineCount > 0);
        var report = result.Preflight;
        Assert.True(report.Runts == report.RuntsKept, $"{report.Runts - report.RuntsKept} avoidable runts: {report}");
        Assert.Equal(report.Runts, report.RuntPlaces.Count);
        Assert.All(report.RuntPlaces, r => Assert.True(r.Source.Line > 0, $"p. {r.Page}: a runt without its place"));
    }
}
