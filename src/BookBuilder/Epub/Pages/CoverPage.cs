using BookBuilder.Epub.Content;
using BookBuilder.Epub.Cover;
using BookBuilder.Model;

namespace BookBuilder.Epub.Pages;

/// <summary>The cover page: the generated cover image, described for readers who cannot see it.</summary>
internal static class CoverPage
{
    public static byte[] Write(Book book, EpubFileMap map) =>
        XhtmlWriter.Page(book, map, EpubFileMap.CoverPage, EpubLabels.Cover, "frontmatter", w =>
        {
            w.Start("section").EpubType("cover").Class("cover").Line();
            w.Start("img").Attr("src", EpubFileMap.CoverImage).Attr("alt", AltText(book.Metadata))
                .Role("doc-cover").Class("cover-image").EndVoid().Line();
            w.End().Line();
        });

    /// <summary>The cover's alternative text: what the image says.</summary>
    public static string AltText(BookMetadata metadata) =>
        EpubLabels.CoverAlt(metadata.FullTitle, string.Join(", ", CoverImage.CoverNames(metadata)));
}
