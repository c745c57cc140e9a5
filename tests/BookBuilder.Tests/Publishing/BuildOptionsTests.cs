using BookBuilder.Publishing;

namespace BookBuilder.Tests.Publishing;

public sealed class BuildOptionsTests
{
    private static readonly DateOnly BookDate = new(2024, 3, 9);

    [Fact]
    public void Source_date_epoch_wins_over_the_book_date()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), BuildOptions.ResolveTimestamp(BookDate, "1700000000"));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), BuildOptions.ResolveTimestamp(BookDate, " 1700000000\n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Otherwise_midnight_utc_of_the_book_date_never_the_clock(string? epoch)
    {
        Assert.Equal(new DateTimeOffset(2024, 3, 9, 0, 0, 0, TimeSpan.Zero), BuildOptions.ResolveTimestamp(BookDate, epoch));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public void A_malformed_source_date_epoch_is_an_error_not_ignored(string epoch)
    {
        var e = Assert.Throws<BookBuilder.Diagnostics.EnvironmentException>(() => BuildOptions.ResolveTimestamp(BookDate, epoch));
        Assert.Equal("BB092", e.Diagnostic.Code);
        Assert.Equal("SOURCE_DATE_EPOCH", e.Diagnostic.File);
        Assert.Contains($"'{epoch}'", e.Diagnostic.Message, StringComparison.Ordinal);
    }
}
