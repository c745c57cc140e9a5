using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// Punctuation is typographic everywhere the book shows text, and right: an apostrophe that
/// begins a word is an apostrophe, and the title, subtitle and other prose of book.yml get the
/// same marks as the body (they are set on the title page, the cover, the contents and in the
/// editions' metadata).
/// </summary>
public class ApostropheAndTitleTests
{
    private static (Book Book, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml, string chapterTwo = "# Second Chapter\n\n## Later Days\n\nText.\n")
    {
        using var m = new TempManuscript();
        m.Write("book.yml", yaml);
        m.Write("two.md", chapterTwo);
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d)!, d.Sorted());
    }

    [Theory]
    [InlineData("'Tis the season.", "’Tis the season.")]
    [InlineData("He said 'em all.", "He said ’em all.")]
    [InlineData("Rock 'n' roll.", "Rock ’n’ roll.")]
    [InlineData("In the '90s, 'twas so.", "In the ’90s, ’twas so.")]
    [InlineData("She said 'yes' and 'no'.", "She said ‘yes’ and ‘no’.")]
    [InlineData("'Tis said: \"'em\".", "’Tis said: “’em”.")]
    public void An_apostrophe_that_begins_a_word_is_an_apostrophe(string text, string expected)
    {
        var (book, _) = Load(TempManuscript.MinimalYaml, $"# Second Chapter\n\n## Later Days\n\n{text}\n");
        var p = Assert.IsType<ParagraphBlock>(Assert.Single(book.Chapters[1].Sections[0].Blocks));
        Assert.Equal(expected, InlineText.Plain(p.Inlines));
    }

    [Fact]
    public void The_title_subtitle_and_prose_of_book_yml_get_typographic_punctuation()
    {
        var yaml = TempManuscript.MinimalYaml
            .Replace("title: \"A Test Book\"", "title: \"Israel, Russia... Are They Friends or Enemies?\"\nsubtitle: \"The '90s -- and 'em\"\ndescription: \"A \\\"short\\\" book---really.\"")
            .Replace("name: \"Ada Author\"", "name: \"Ada O'Brien\"")
            .Replace("file-as: \"Author, Ada\"", "file-as: \"O'Brien, Ada\"");
        var (book, diagnostics) = Load(yaml + "\nsubjects: [\"Israel -- Foreign relations\"]\n");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var m = book.Metadata;
        Assert.Equal("Israel, Russia… Are They Friends or Enemies?", m.Title);
        Assert.Equal("The ’90s – and ’em", m.Subtitle);
        Assert.Equal("A “short” book—really.", m.Description);
        Assert.Equal("Ada O’Brien", m.Creators[0].Name);
        // A sort name and catalogue subjects are data, not prose: as written.
        Assert.Equal("O'Brien, Ada", m.Creators[0].FileAs);
        Assert.Equal(["Israel -- Foreign relations"], m.Subjects);
        // The editions' file name is made from the title as written.
        Assert.Equal("israel-russia-are-they-friends-or-enemies", m.Slug);
    }
}
