using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>A title longer than <see cref="InputLimits.TitleCharacters"/> is an error at its place, wherever it stands.</summary>
public class TitleLengthTests
{
    private static readonly string Long = string.Join(' ', Enumerable.Repeat("word", InputLimits.TitleCharacters / 5 + 1));

    private static IReadOnlyList<Diagnostic> Diagnose(TempManuscript m)
    {
        var d = new DiagnosticBag();
        ManuscriptLoader.Load(m.Root, d);
        return d.Sorted();
    }

    [Theory]
    [InlineData("two.md", "# {0}\n\nText.\n", 1)]
    [InlineData("two.md", "# Second Chapter\n\n## {0}\n\nText.\n", 3)]
    [InlineData("two.md", "# Second Chapter\n\n### {0}\n\nText.\n", 3)]
    [InlineData("faq.md", "# Questions\n\n## {0}?\n\nYes.\n", 3)]
    [InlineData("glossary.md", "# Glossary\n\nCold War\n:   A rivalry.\n\n{0}\n:   Too long.\n", 6)]
    public void A_heading_or_term_too_long_for_a_title_is_an_error_at_its_line(string file, string template, int line)
    {
        using var m = new TempManuscript();
        m.Write(file, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Long));
        var error = Assert.Single(Diagnose(m), d => d.Code == "BB022");
        Assert.Equal((file, line, Severity.Error), (error.File, error.Line, error.Severity));
        Assert.Contains($"at most {InputLimits.TitleCharacters}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"A Test Book\"", "title: \"{0}\"", 1)]
    [InlineData("rights: \"© 2026 Ada Author\"", "rights: \"© 2026 Ada Author\"\nsubtitle: \"{0}\"", 10)]
    public void A_book_title_or_subtitle_too_long_is_an_error_in_book_yml(string from, string to, int line)
    {
        using var m = new TempManuscript();
        m.Write("book.yml", TempManuscript.MinimalYaml.Replace(from, string.Format(System.Globalization.CultureInfo.InvariantCulture, to, Long)));
        var error = Assert.Single(Diagnose(m), d => d.Code == "BB022");
        Assert.Equal(("book.yml", line), (error.File, error.Line));
    }

    [Fact]
    public void A_title_of_exactly_the_limit_is_accepted()
    {
        using var m = new TempManuscript();
        m.Write("two.md", $"# {new string('x', InputLimits.TitleCharacters)}\n\n## Later Days\n\nText.\n");
        Assert.DoesNotContain(Diagnose(m), d => d.Severity == Severity.Error);
    }
}
