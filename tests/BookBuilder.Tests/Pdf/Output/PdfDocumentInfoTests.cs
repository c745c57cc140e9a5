using BookBuilder.Model;
using BookBuilder.Pdf.Output;

namespace BookBuilder.Tests.Pdf.Output;

public sealed class PdfDocumentInfoTests
{
    [Fact]
    public void Book_metadata_maps_to_document_info()
    {
        var meta = new BookMetadata
        {
            Title = "Israel and Russia",
            Subtitle = "A Complicated Friendship",
            Creators = [new Contributor("Jane Doe"), new Contributor("John Roe", "edt")],
            Language = "en",
            Identifier = "urn:uuid:1",
            Date = new DateOnly(2024, 1, 2),
            Subjects = ["Israel", "Russia"],
            Description = "An essay.",
            Slug = "israel-russia",
        };

        var info = PdfDocumentInfo.From(meta);

        Assert.Equal("Israel and Russia: A Complicated Friendship", info.Title);
        Assert.Equal("Jane Doe, John Roe", info.Author);
        Assert.Equal("Israel, Russia", info.Keywords);
        Assert.Equal("An essay.", info.Subject);
        Assert.Equal("en", info.Language);
        Assert.Equal(info.Created, info.EffectiveModified);
    }
}
