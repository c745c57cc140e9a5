using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Plan;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// A chapter file's YAML front matter: its author and description are kept in the model (the plan
/// makes the byline), an unknown key is a warning naming the keys there are, broken YAML or a value
/// of the wrong type an error at its line; the chapter itself is read either way.
/// </summary>
public sealed class ChapterFrontMatterTests
{
    private static (BookBuilder.Model.Book? Book, DiagnosticBag Diagnostics) Load(string frontMatter)
    {
        using var m = new TempManuscript();
        m.Write("two.md", "---\n" + frontMatter + "---\n# Second Chapter\n\n## Later Days\n\nText.\n");
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d), d);
    }

    [Fact]
    public void Author_and_description_are_kept_and_the_plan_prints_the_author_under_the_title()
    {
        var (book, d) = Load("author: \"Dov Amsalem\"\ndescription: >-\n  How banks move --\n  and why.\n");
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error || x.Code is "BB056" or "BB120");
        var chapter = book!.Chapters[1];
        Assert.Equal("Dov Amsalem", chapter.Author);
        Assert.Equal("How banks move \u2013 and why.", chapter.Description);
        Assert.Equal("Second Chapter", chapter.PlainTitle);
        Assert.Null(book.Chapters[0].Author);
        var plan = BookPlanner.Plan(book);
        Assert.Equal(["by Dov Amsalem"], plan.Chapters.Select(c => c.Byline).OfType<string>());
    }

    [Fact]
    public void Several_authors_are_named_together()
    {
        var (book, d) = Load("author:\n  - Ada Author\n  - Dov Amsalem\n");
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        Assert.Equal("Ada Author, Dov Amsalem", book!.Chapters[1].Author);
    }

    [Theory]
    [InlineData("author: A\ntitle: Not here\n", "title", 3)]
    [InlineData("autor: A\n", "autor", 2)]
    public void An_unknown_key_is_a_warning_at_its_line_naming_the_keys_there_are(string yaml, string key, int line)
    {
        var (book, d) = Load(yaml);
        var warning = Assert.Single(d.Items, x => x.Code == "BB120");
        Assert.Equal(("two.md", line, Severity.Warning), (warning.File, warning.Line, warning.Severity));
        Assert.Contains($"'{key}'", warning.Message);
        Assert.Contains("'author'", warning.Message);
        Assert.Contains("'description'", warning.Message);
        Assert.NotNull(book);
    }

    [Theory]
    [InlineData("author: \"unclosed\n", 2)]
    [InlineData("author: A\n  description: [x\n", 3)]
    [InlineData("- a list\n- not a mapping\n", 2)]
    public void Broken_yaml_is_an_error_at_its_line(string yaml, int line)
    {
        var (_, d) = Load(yaml);
        var error = Assert.Single(d.Items, x => x.Code == "BB121");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("two.md", error.File);
        Assert.InRange(error.Line, 2, line);
    }

    [Theory]
    [InlineData("author:\n  name: A\n", "author")]
    [InlineData("description: [a, b]\n", "description")]
    public void A_value_of_the_wrong_type_is_an_error(string yaml, string key)
    {
        var (_, d) = Load(yaml);
        var error = Assert.Single(d.Items, x => x.Code == "BB122");
        Assert.Equal(("two.md", Severity.Error), (error.File, error.Severity));
        Assert.Contains($"'{key}'", error.Message);
    }
}
