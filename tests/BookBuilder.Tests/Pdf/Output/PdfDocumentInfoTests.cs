using BookBuilder.Model;
using BookBuilder.Pdf.Output;

namespace BookBuilder.Tests.Pdf.Output;

public sealed class PdfDocumentInfoTests
{
    [Fact]
    public void Source_date_epoch_wins_over_the_book_date()
    {
        var t = PdfDocumentInfo.ResolveTimestamp(new DateOnly(2024, 3, 9), "1700000000");
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), t);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("-5")]
    public void Invalid_epoch_falls_back_to_midnight_utc_of_the_book_date(string epoch)
    {
        var t = PdfDocumentInfo.ResolveTimestamp(new DateOnly(2024, 3, 9), epoch);
        Assert.Equal(new DateTimeOffset(2024, 3, 9, 0, 0, 0, TimeSpan.Zero), t);
    }

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
