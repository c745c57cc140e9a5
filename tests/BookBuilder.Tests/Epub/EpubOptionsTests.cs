using BookBuilder.Epub;

namespace BookBuilder.Tests.Epub;

public sealed class EpubOptionsTests
{
    private static readonly DateOnly BookDate = new(2024, 1, 15);

    [Fact]
    public void Source_date_epoch_wins_when_it_is_a_number()
    {
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), EpubOptions.ModifiedFrom("1700000000", BookDate));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void Otherwise_the_book_date_at_midnight_utc(string? epoch)
    {
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero), EpubOptions.ModifiedFrom(epoch, BookDate));
    }
}
