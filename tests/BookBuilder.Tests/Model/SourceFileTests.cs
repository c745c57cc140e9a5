using BookBuilder.Model;

namespace BookBuilder.Tests.Model;

/// <summary>Later stages point at a place of the manuscript from the text the book keeps, without reading files again.</summary>
public sealed class SourceFileTests
{
    private static readonly Book Book = new()
    {
        Metadata = new BookMetadata
        {
            Title = "T", Creators = [], Language = "en", Identifier = "x", Date = new DateOnly(2026, 1, 1), Slug = "t",
            Source = new SourceSpan("book.yml", 0, 0),
        },
        Chapters = [],
        Anchors = new Dictionary<string, Anchor>(),
        Sources =
        [
            new SourceFile("one.md", "# One\n\nNo special characters here.\n"),
            new SourceFile("two.md", "# Two\n\nAn ancient sign: \U00012000 and more.\n\U00012000 again.\n"),
            new SourceFile("book.yml", "title: \"ℵ\"\n"),
        ],
    };

    [Fact]
    public void The_first_occurrence_in_reading_order_is_found_with_line_and_column()
    {
        Assert.Equal(new SourceSpan("two.md", 3, 18), Book.Locate("\U00012000"));
        Assert.Equal(new SourceSpan("one.md", 1, 1), Book.Locate("# One"));
        Assert.Equal(new SourceSpan("book.yml", 1, 9), Book.Locate("ℵ"));
    }

    [Fact]
    public void Text_found_nowhere_points_at_the_metadata()
    {
        Assert.Equal(new SourceSpan("book.yml", 0, 0), Book.Locate("ש"));
    }
}
