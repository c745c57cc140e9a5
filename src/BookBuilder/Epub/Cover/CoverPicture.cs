namespace BookBuilder.Epub.Cover;

/// <summary>
/// The EPUB's cover picture: the author's own (book.yml's <c>cover</c>), or one drawn from the
/// title page with the book's fonts.
/// </summary>
internal sealed record CoverPicture(string Href, string MediaType, byte[] Bytes, int Width, int Height)
{
    /// <summary>The author's picture, stored under a name of its own type.</summary>
    public static CoverPicture Own(Model.BookImage image) => new(
        "images/cover" + (image.MediaType switch { "image/jpeg" => ".jpg", "image/gif" => ".gif", _ => ".png" }),
        image.MediaType, image.Encoded.ToArray(), image.Width, image.Height);

    /// <summary>The picture drawn from the title page.</summary>
    public static CoverPicture Drawn(byte[] png) => new(EpubFileMap.CoverImage, "image/png", png, CoverImage.Width, CoverImage.Height);
}
