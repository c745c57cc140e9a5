using BookBuilder.Plan.Index;

namespace BookBuilder.Tests.Apparatus;

/// <summary>The index's own collation: the same order on every machine, without ICU.</summary>
public sealed class IndexCollationTests
{
    [Fact]
    public void Letters_sort_without_case_and_diacritics_word_by_word_digits_first()
    {
        string[] words = ["Zürich", "zebra", "Éclair", "eclair", "Newark", "New York", "1948 war", "apple", "Apple", "Ångström", "angle", "straße", "strasse", "Øresund", "Ohio"];
        var sorted = words.Order(IndexCollation.Comparer).ToList();
        Assert.Equal(["1948 war", "angle", "Ångström", "apple", "Apple", "eclair", "Éclair", "New York", "Newark", "Ohio", "Øresund", "strasse", "straße", "zebra", "Zürich"], sorted);
    }

    [Fact]
    public void Groups_are_first_letters_without_diacritics()
    {
        Assert.Equal("E", IndexCollation.Group("Émigré"));
        Assert.Equal("A", IndexCollation.Group("“Apple”"));
        Assert.Null(IndexCollation.Group("1948 war"));
        Assert.Equal("Р", IndexCollation.Group("Россия"));
        Assert.Equal("ss", IndexCollation.PrimaryKey("ß"));
        Assert.Equal("new york", IndexCollation.PrimaryKey("New-York"));
    }
}
