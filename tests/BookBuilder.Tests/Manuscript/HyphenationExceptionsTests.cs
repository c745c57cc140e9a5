using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Tests.Support;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// book.yml's 'hyphenation' list: the author's hyphenation exceptions, as TeX's \hyphenation
/// takes them, checked on their line and applied before the patterns.
/// </summary>
public class HyphenationExceptionsTests
{
    private static (BookBuilder.Model.Book? Book, IReadOnlyList<Diagnostic> Diagnostics) Load(string yamlTail)
    {
        using var m = new TempManuscript();
        m.Write("book.yml", TempManuscript.MinimalYaml + "\n" + yamlTail);
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        return (book, d.Sorted());
    }

    [Fact]
    public void The_list_is_read_into_the_metadata()
    {
        var (book, diagnostics) = Load("hyphenation:\n  - Vla-di-mir\n  - Tel-Aviv\n  - table\n");
        Assert.DoesNotContain(diagnostics, d => d.File == "book.yml");
        Assert.Equal(["Vla-di-mir", "Tel-Aviv", "table"], book!.Metadata.Hyphenation);
        Assert.Empty(Load("").Book!.Metadata.Hyphenation);
    }

    [Theory]
    [InlineData("hyphenation:\n  - Vla-di-mir\n  - two words\n", "two words", 3, "BB017")]
    [InlineData("hyphenation:\n  - -leading\n", "-leading", 2, "BB017")]
    [InlineData("hyphenation:\n  - a1-b2\n", "a1-b2", 2, "BB017")]
    [InlineData("hyphenation:\n  - [x]\n", "'list'", 2, "BB017")]
    [InlineData("hyphenation:\n  key: value\n", "must be a list", 2, "BB005")]
    public void A_bad_entry_is_an_error_on_its_line(string yaml, string messagePart, int lineInTail, string code)
    {
        var (_, diagnostics) = Load(yaml);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal("book.yml", error.File);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.Equal(TempManuscript.MinimalYaml.Split('\n').Length + lineInTail, error.Line);
    }

    [Fact]
    public void Exceptions_override_the_patterns_in_any_capitalisation()
    {
        var patterns = TestText.English.Value;
        Assert.Equal("Vladimir", patterns.Show("Vladimir")); // the patterns find no break
        Assert.Equal("hy-phen-ation", patterns.Show("hyphenation"));

        var withExceptions = patterns.WithExceptions(["Vla-di-mir", "hyphenation"]);
        Assert.Equal("Vla-di-mir", withExceptions.Show("Vladimir"));
        Assert.Equal("VLA-DI-MIR", withExceptions.Show("VLADIMIR"));
        // A word given without hyphens is never broken.
        Assert.Equal("hyphenation", withExceptions.Show("hyphenation"));
        // Other words still follow the patterns, and other word rules keep the exceptions.
        Assert.Equal("pro-found", withExceptions.Show("profound"));
        Assert.Equal("Vla-di-mir", withExceptions.WithOptions(minWordLength: 7).Show("Vladimir"));
        // Without patterns, the exceptions still apply.
        Assert.Equal("Vla-di-mir", Hyphenator.None.WithExceptions(["Vla-di-mir"]).Show("Vladimir"));
    }

    [Fact]
    public void Malformed_entries_are_ignored_by_the_hyphenator()
    {
        var h = TestText.English.Value.WithExceptions(["Vla--dimir", "-Vladimir", "Vla-di-mir-", "Vla di-mir"]);
        Assert.Equal("Vladimir", h.Show("Vladimir"));
    }
}
