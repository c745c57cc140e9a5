using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// book.yml is read as YAML means it (merge keys, one document), language tags as BCP 47 defines
/// them, and its problems are reported together with the chapters' instead of hiding them.
/// </summary>
public class ManifestReadingTests
{
    private static (Book? Book, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml, Action<TempManuscript>? more = null)
    {
        using var m = new TempManuscript();
        m.Write("book.yml", yaml);
        more?.Invoke(m);
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d), d.Sorted());
    }

    private const string Tail = """
        identifier: "urn:uuid:0f5b3a3c-5d7e-4a8b-9c1d-2e3f4a5b6c7d"
        date: 2026-01-15
        chapters: [one.md, two.md]
        faq: faq.md
        glossary: glossary.md
        """;

    [Fact]
    public void Merge_keys_bring_in_the_fields_of_their_anchor()
    {
        var (book, diagnostics) = Load($"""
            title: "A Test Book"
            shared: &shared
              language: en-GB
              authors:
                - name: "Ada Author"
            <<: *shared
            {Tail}
            """);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("Ada Author", Assert.Single(book!.Metadata.Creators).Name);
        Assert.Equal("en-GB", book.Metadata.Language);
    }

    [Fact]
    public void A_merged_mapping_fills_in_what_an_entry_does_not_set()
    {
        var (book, diagnostics) = Load($"""
            title: "A Test Book"
            language: en
            authors:
              - &editor
                name: "Ed Editor"
                role: edt
              - <<: *editor
                name: "Second Editor"
            {Tail}
            """);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal([("Ed Editor", "edt"), ("Second Editor", "edt")], book!.Metadata.Creators.Select(c => (c.Name, c.Role)));
    }

    [Fact]
    public void A_second_yaml_document_is_an_error_at_its_start()
    {
        var (_, diagnostics) = Load(TempManuscript.MinimalYaml + "\n---\nsubtitle: \"Never read\"\n");
        var error = Assert.Single(diagnostics, d => d.Code == "BB002");
        Assert.Equal(("book.yml", 16), (error.File, error.Line));
        Assert.Contains("more than one YAML document", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("en-Latn-US-x-private")]
    [InlineData("sr-Latn-RS")]
    [InlineData("zh-yue-HK")]
    [InlineData("de-CH-1996")]
    [InlineData("es-419")]
    [InlineData("en-US-u-ca-gregory")]
    [InlineData("x-klingon")]
    [InlineData("i-klingon")]
    [InlineData("sgn-BE-FR")]
    public void Well_formed_bcp47_tags_are_accepted(string tag)
    {
        var (book, diagnostics) = Load(TempManuscript.MinimalYaml.Replace("language: en", $"language: {tag}"));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(tag, book!.Metadata.Language);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    [InlineData("e")]
    [InlineData("en-GB-x")]
    [InlineData("en-a")]
    public void Malformed_tags_are_refused(string tag)
    {
        var (_, diagnostics) = Load(TempManuscript.MinimalYaml.Replace("language: en", $"language: {tag}"));
        Assert.Single(diagnostics, d => d.Code == "BB012");
    }

    [Fact]
    public void A_bad_value_in_book_yml_does_not_hide_the_chapters_problems()
    {
        var (_, diagnostics) = Load(TempManuscript.MinimalYaml.Replace("date: 2026-01-15", "date: 2026-13-45"),
            m => m.Write("two.md", "# Second Chapter\n\nSee [x](#missing).\n"));
        Assert.Contains(diagnostics, d => d is { Code: "BB015", File: "book.yml" });
        Assert.Contains(diagnostics, d => d is { Code: "BB052", File: "two.md", Line: 3 });
    }

    [Fact]
    public void Missing_fields_do_not_hide_the_chapters_problems_either()
    {
        var (_, diagnostics) = Load("title: \"Only a title\"\nchapters: [one.md, two.md]\n",
            m => m.Write("two.md", "# Second Chapter\n\nSee [x](#missing).\n"));
        Assert.Contains(diagnostics, d => d is { Code: "BB004", File: "book.yml" } && d.Message.Contains("'language'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d is { Code: "BB052", File: "two.md", Line: 3 });
    }
}
