using System.Text;

namespace BookBuilder.Tests.Support;

/// <summary>A manuscript folder in a temporary directory, deleted on dispose.</summary>
public sealed class TempManuscript : IDisposable
{
    public const string MinimalYaml = """
        title: "A Test Book"
        authors:
          - name: "Ada Author"
            file-as: "Author, Ada"
        language: en
        identifier: "urn:uuid:0f5b3a3c-5d7e-4a8b-9c1d-2e3f4a5b6c7d"
        date: 2026-01-15
        publisher: "Test Press"
        rights: "© 2026 Ada Author"
        chapters:
          - one.md
          - two.md
        faq: faq.md
        glossary: glossary.md
        """;

    /// <summary>A book.yml with <paramref name="title"/> and one chapter, one.md: for a test of one chapter's setting.</summary>
    public static string OneChapterYaml(string title) => $"""
        title: "{title}"
        authors:
          - name: "Ada Author"
        language: en
        identifier: "urn:uuid:0f5b3a3c-5d7e-4a8b-9c1d-2e3f4a5b6c7d"
        date: 2026-01-15
        chapters:
          - one.md
        """;

    public const string ChapterOne = """
        ::: ornament
        🤔
        :::

        # First Chapter

        The Cold War shaped this chapter. The Cold War is mentioned twice.

        ## Early Days

        Some text with a [link to the second section](two.md#later-days) and a footnote.[^a]

        ::: ornament
        🤝👎
        :::

        ## More Days

        A proxy war broke out. See [the FAQ](#faq).

        [^a]: The footnote text.
        """;

    public const string ChapterTwo = """
        # Second Chapter

        Intro of chapter two; the Cold War again, and proxies.

        ## Later Days

        Text.
        """;

    public const string Faq = """
        # Frequently Asked Questions

        ## What is a question?

        An answer that mentions the Cold War.

        ## Is there a second one?

        Yes.
        """;

    public const string Glossary = """
        # Glossary

        Cold War
        :   The rivalry between the United States and the Soviet Union from about 1947 to 1991.

        Proxy war
        Proxies
        :   A conflict in which powers fight through others.
        """;

    public TempManuscript(bool populate = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "bb-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (!populate) return;
        Write("book.yml", MinimalYaml);
        Write("one.md", ChapterOne);
        Write("two.md", ChapterTwo);
        Write("faq.md", Faq);
        Write("glossary.md", Glossary);
    }

    public string Root { get; }

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string relative, byte[] content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
