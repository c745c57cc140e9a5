using System.Globalization;
using BookBuilder.Epub.Content;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>
/// The cover page: the cover picture, described for readers who cannot see it, scaled to fit the
/// screen whatever its shape. An SVG as large as the page holds it, as pandoc and Calibre do: an
/// image set in the text is as tall as the screen's width makes it plus a line's descent, and a
/// paginated reader then shows a second, blank cover page.
/// </summary>
internal static class CoverPage
{
    private const string Svg = "http://www.w3.org/2000/svg";
    private const string XLink = "http://www.w3.org/1999/xlink";

    /// <param name="width">The cover picture's width in pixels.</param>
    /// <param name="height">The cover picture's height in pixels.</param>
    public static byte[] Write(BookPlan plan, EpubFileMap map, string href, int width, int height) =>
        XhtmlWriter.Page(plan, map, EpubFileMap.CoverPage, plan.Labels.Cover, "frontmatter", w =>
        {
            var (x, y) = (width.ToString(CultureInfo.InvariantCulture), height.ToString(CultureInfo.InvariantCulture));
            w.Start("section").EpubType("cover").Class("cover").Line();
            w.Start(Svg, "svg").Attr("version", "1.1").Attr("width", "100%").Attr("height", "100%")
                .Attr("viewBox", $"0 0 {x} {y}").Attr("preserveAspectRatio", "xMidYMid meet")
                .Role("img").Attr("aria-label", AltText(plan)).Class("cover-image");
            w.Start(Svg, "title").Text(AltText(plan)).End();
            w.Start(Svg, "image").Attr("width", x).Attr("height", y).Attr("xlink", XLink, "href", href).EndVoid();
            w.End().Line();
            w.End().Line();
        }, pageClass: "cover-page");

    /// <summary>The cover's alternative text: what the image says.</summary>
    public static string AltText(BookPlan plan) => plan.Labels.CoverAlt(plan.Metadata.FullTitle, plan.TitlePage.Byline);
}
