using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Output;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Pdf.Output;

/// <summary>A small hand-made book: a title page, two body pages, links, anchors and an outline.</summary>
internal static class SampleDocument
{
    public const float Width = 432, Height = 648; // 6 x 9 in

    public const string TitleLine = "Israel and Russia 🇮🇱🤝🇷🇺🤔";
    public const string BodyLine1 = "The office was affluent; the fjord fluffy and final.";
    public const string BodyLine2 = "A VAT Away from “Tokyo” — efficient.";
    public const string LinkLine = "See the notes.";
    public const string SansHeading = "Chapter One";

    public static PdfDocumentInfo Info => new()
    {
        Title = "Sample Book",
        Author = "A. Writer",
        Subject = "Testing",
        Keywords = "pdf, test",
        Language = "en-GB",
        Created = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static IReadOnlyList<PageFrame> Build(ITextMeasurer m)
    {
        var body = new TextStyle(FontFamilyRole.Serif, 11);
        var heading = new TextStyle(FontFamilyRole.Sans, 18, Bold: true);
        var title = m.Shape(TitleLine, heading);
        var link = m.Shape(LinkLine, body);
        return
        [
            new PageFrame(0, Width, Height,
            [
                new OutlineOp(72, 0, "Title page"),
                new TextOp(72, 120, title),
                new RuleOp(72, 130, 360, 130, 0.5f),
            ], "i"),
            new PageFrame(1, Width, Height,
            [
                new OutlineOp(90, 0, "Chapter One"),
                new AnchorOp(72, 90, "ch1"),
                new TextOp(72, 110, m.Shape(SansHeading, heading)),
                new OutlineOp(140, 1, "A section"),
                new RectOp(70, 140, 292, 40, 0xFFEEEEEE),
                new TextOp(72, 160, m.Shape(BodyLine1, body)),
                new TextOp(72, 175, m.Shape(BodyLine2, body.WithItalic())),
                new TextOp(72, 200, link),
                new UrlLinkOp(72, 190, link.Width, 12, "https://example.org/notes"),
            ], "1"),
            new PageFrame(2, Width, Height,
            [
                new OutlineOp(80, 1, "Another section"),
                new OutlineOp(100, 0, "Notes"),
                new AnchorOp(72, 100, "notes"),
                new TextOp(72, 120, m.Shape("Back to chapter one.", body.WithBold())),
                new InternalLinkOp(72, 110, 100, 12, "ch1"),
            ], "2"),
        ];
    }
}
