using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Paging;
using BookBuilder.Publishing;
using BookBuilder.Tests.Typography;

namespace BookBuilder.Tests.Pdf.Paging;

/// <summary>
/// No runt (the last line of a paragraph of several lines holding a single word, as preflight
/// counts them) in the first book or any fixture, in the screen PDF (A4 and 6 × 9) and in the
/// print PDF (6 × 9 trim), and no line of running text very loose for it; and no address
/// hyphenated where a line breaks inside it.
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

    private static Theme ThemeOf(string edition) => edition switch
    {
        "a4" => Theme.A4,
        "6x9" => Theme.Trade6x9,
        _ => Theme.ForPrint(PageSize.Trade6x9, 0) with { Name = edition },
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public void No_paragraph_of_running_text_ends_with_a_word_alone_on_its_line(string book, string edition)
    {
        var theme = ThemeOf(edition);
        var result = Fixtures.Typeset(book, theme, fonts.Measurer);
        Assert.True(result.Preflight.LineCount > 0);
        var report = result.Preflight;
        Assert.True(report.Runts == 0, $"{report.Runts} runts ({report.RuntsKept} kept): {report}");
        Assert.True(report.LooseLines == report.LooseNoteLines, $"{report.LooseLines - report.LooseNoteLines} very loose lines of running text: {report}");
        Assert.InRange(report.MaxGlyphScaling, 0, Justification.Default.MaxGlyphScaling + 1e-5f);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void No_address_is_hyphenated_where_a_line_breaks_inside_it(string book, string edition)
    {
        var theme = ThemeOf(edition);
        var report = Fixtures.Typeset(book, theme, fonts.Measurer).Preflight;
        Assert.True(report.HyphenatedUrls == 0, $"{report.HyphenatedUrls} addresses hyphenated of {report.UrlBreaks} broken: {report}");
    }
}
