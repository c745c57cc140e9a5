using BookBuilder.Epub.Content;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>The cover page: the generated cover image, described for readers who cannot see it.</summary>
internal static class CoverPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map) =>
        XhtmlWriter.Page(plan, map, EpubFileMap.CoverPage, plan.Labels.Cover, "frontmatter", w =>
        {
            w.Start("section").EpubType("cover").Class("cover").Line();
            w.Start("img").Attr("src", EpubFileMap.CoverImage).Attr("alt", AltText(plan))
                .Role("doc-cover").Class("cover-image").EndVoid().Line();
            w.End().Line();
        });

    /// <summary>The cover's alternative text: what the image says.</summary>
    public static string AltText(BookPlan plan) => plan.Labels.CoverAlt(plan.Metadata.FullTitle, plan.TitlePage.Byline);
}
