using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>Each kind of bad input gives an error or warning naming the file and the line.</summary>
public class BadInputTests
{
    private static IReadOnlyList<Diagnostic> Diagnose(TempManuscript m)
    {
        var d = new DiagnosticBag();
        ManuscriptLoader.Load(m.Root, d);
        return d.Sorted();
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> all, Severity severity, string file, string messagePart)
    {
        var hits = all.Where(d => d.Severity == severity && d.File == file && d.Message.Contains(messagePart, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"expected one {severity} in {file} containing '{messagePart}', got:\n{string.Join("\n", all)}");
        return hits[0];
    }

    [Fact]
    public void Missing_book_yml_is_an_error()
    {
        using var m = new TempManuscript(populate: false);
        var d = Single(Diagnose(m), Severity.Error, "book.yml", "missing book.yml");
        Assert.Equal("BB001", d.Code);
    }

    [Fact]
    public void Malformed_yaml_names_the_line()
    {
        using var m = new TempManuscript();
        m.Write("book.yml", "title: \"Unclosed\nlanguage: en\n  bad: [indent\n");
        var d = Single(Diagnose(m), Severity.Error, "book.yml", "malformed YAML");
        Assert.True(d.Line >= 1);
    }

    [Fact]
    public void Missing_required_field_is_an_error()
    {
        using var m = new TempManuscript();
        m.Write("book.yml", TempManuscript.MinimalYaml.Replace("identifier: \"urn:uuid:0f5b3a3c-5d7e-4a8b-9c1d-2e3f4a5b6c7d\"\n", ""));
        Single(Diagnose(m), Severity.Error, "book.yml", "no 'identifier'");
    }

    [Theory]
    [InlineData("language: en", "language: english language", "BCP 47")]
    [InlineData("date: 2026-01-15", "date: 2026-13-45", "not a valid date")]
    [InlineData("date: 2026-01-15", "date: [2026]", "single text value")]
    [InlineData("identifier: \"urn:uuid:0f5b3a3c-5d7e-4a8b-9c1d-2e3f4a5b6c7d\"", "identifier: \"urn:uuid:not-a-uuid\"", "urn:uuid")]
    public void Wrong_values_are_errors_on_their_line(string from, string to, string message)
    {
        using var m = new TempManuscript();
        var yaml = TempManuscript.MinimalYaml.Replace(from, to);
        m.Write("book.yml", yaml);
        var d = Single(Diagnose(m), Severity.Error, "book.yml", message);
        var expectedLine = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith(to.Split(':')[0] + ":", StringComparison.Ordinal)) + 1;
        Assert.Equal(expectedLine, d.Line);
    }

    [Fact]
    public void Unknown_field_is_a_warning_with_a_suggestion()
    {
        using var m = new TempManuscript();
        m.Write("book.yml", TempManuscript.MinimalYaml + "\npublsher: x\n");
        var d = Single(Diagnose(m), Severity.Warning, "book.yml", "unknown field 'publsher'");
        Assert.Contains("did you mean 'publisher'", d.Message);
    }

    [Fact]
    public void Chapter_listed_but_missing_points_at_its_line_in_book_yml()
    {
        using var m = new TempManuscript();
        File.Delete(Path.Combine(m.Root, "two.md"));
        var d = Single(Diagnose(m), Severity.Error, "book.yml", "'two.md' is listed in book.yml but does not exist");
        Assert.Equal(12, d.Line);
    }

    [Fact]
    public void Empty_chapter_is_an_error()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "  \n\n");
        Single(Diagnose(m), Severity.Error, "two.md", "file is empty");
    }

    [Fact]
    public void Invalid_utf8_names_the_line()
    {
        using var m = new TempManuscript();
        m.WriteBytes("two.md", [.. "# Second\n\nfine line\nbad \xff byte\n"u8.ToArray().Take(24), 0xFF, .. " byte\n"u8.ToArray()]);
        var d = Single(Diagnose(m), Severity.Error, "two.md", "not valid UTF-8");
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void Duplicate_explicit_anchor_is_an_error_naming_the_first()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter {#first-chapter}\n\n## Later Days\n\nText.\n");
        var d = Single(Diagnose(m), Severity.Error, "two.md", "duplicate anchor 'first-chapter'");
        Assert.Equal(1, d.Line);
        Assert.Contains("one.md:5", d.Message);
    }

    [Fact]
    public void Broken_internal_link_is_an_error_at_the_link()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\nSee [nowhere](#no-such-place).\n");
        var d = Single(Diagnose(m), Severity.Error, "two.md", "no anchor 'no-such-place'");
        Assert.Equal(5, d.Line);
        Assert.Equal(5, d.Column);
    }

    [Fact]
    public void Link_to_a_file_outside_the_book_is_an_error()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\nSee [x](notes.md).\n");
        Single(Diagnose(m), Severity.Error, "two.md", "'notes.md' is not a file of this book");
    }

    [Fact]
    public void Glossary_term_defined_twice_is_an_error()
    {
        using var m = new TempManuscript();
        m.Write("glossary.md", TempManuscript.Glossary + "\n\ncold war\n:   Again.\n");
        var d = Single(Diagnose(m), Severity.Error, "glossary.md", "'cold war' is defined twice");
        Assert.Equal(10, d.Line);
    }

    [Fact]
    public void Unused_glossary_term_is_a_warning()
    {
        using var m = new TempManuscript();
        m.Write("glossary.md", TempManuscript.Glossary + "\n\nAstrolabe\n:   An old instrument.\n");
        Single(Diagnose(m), Severity.Warning, "glossary.md", "'Astrolabe' is never used");
    }

    [Fact]
    public void Script_and_event_handlers_in_raw_html_are_errors_other_html_a_warning()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b> and <span>plain</span>.\n");
        var all = Diagnose(m);
        Assert.Equal(5, Single(all, Severity.Error, "two.md", "<script>").Line);
        Assert.Contains(all, d => d.Severity == Severity.Error && d.Line == 7 && d.Message.Contains("onclick"));
        Assert.Contains(all, d => d.Severity == Severity.Warning && d.Line == 7 && d.Message.Contains("<span>"));
    }

    [Fact]
    public void Javascript_link_is_an_error()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n[click](javascript:alert(1))\n");
        Single(Diagnose(m), Severity.Error, "two.md", "'javascript:' scheme");
    }

    [Fact]
    public void Heading_level_jump_is_a_warning()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n#### Deep\n\n## Later Days\n\nText.\n");
        Assert.Equal(3, Single(Diagnose(m), Severity.Warning, "two.md", "heading level jumps").Line);
    }

    [Theory]
    [InlineData("#   \n\n## Later Days\n\nText.\n", 1)]
    [InlineData("# <!-- draft -->\n\n## Later Days\n\nText.\n", 1)]
    [InlineData("# Second Chapter\n\n## Later Days\n\n### \u200B\n\nText.\n", 5)]
    [InlineData("# Second Chapter\n\n## Later Days\n\n### <b></b>\n\nText.\n", 5)]
    public void Heading_without_text_is_an_error(string chapter, int line)
    {
        using var m = new TempManuscript();
        m.Write("two.md", chapter);
        Assert.Equal(line, Single(Diagnose(m), Severity.Error, "two.md", "heading has no text").Line);
    }

    [Fact]
    public void Second_chapter_title_in_one_file_is_an_error()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n# Another\n");
        Assert.Equal(5, Single(Diagnose(m), Severity.Error, "two.md", "only one '#' title").Line);
    }

    [Fact]
    public void Footnote_referenced_but_undefined_is_an_error_and_unused_definition_a_warning()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\nA claim.[^missing]\n\n[^spare]: Never used.\n");
        var all = Diagnose(m);
        Assert.Equal(5, Single(all, Severity.Error, "two.md", "[^missing] is referenced but not defined").Line);
        Single(all, Severity.Warning, "two.md", "[^spare] is defined but never referenced");
    }

    [Theory]
    [InlineData("![A map](missing.png)", "not found")]
    [InlineData("![A map](../../etc/passwd)", "outside the manuscript folder")]
    [InlineData("![A map](/etc/passwd)", "absolute")]
    [InlineData("![A map](https://example.com/x.png)", "never fetched")]
    [InlineData("![A map](corrupt.png)", "cannot be decoded")]
    [InlineData("![A map](map%00.png)", "NUL character")]
    [InlineData("Inline ![A map](%00) image", "NUL character")]
    public void Bad_images_are_refused(string markdown, string message)
    {
        using var m = new TempManuscript();
        m.WriteBytes("corrupt.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3, 4, 5]);
        m.Write("two.md", $"# Second Chapter\n\n## Later Days\n\n{markdown}\n");
        Assert.Equal(5, Single(Diagnose(m), Severity.Error, "two.md", message).Line);
    }

    [PosixFact]
    public async Task A_named_pipe_as_an_image_or_a_chapter_is_refused_without_blocking()
    {
        using var m = new TempManuscript();
        MakeFifo(Path.Combine(m.Root, "pipe.png"));
        MakeFifo(Path.Combine(m.Root, "two.md"));
        m.Write("one.md", "# First Chapter\n\n## Early Days\n\n![A map](pipe.png)\n");
        var read = Task.Run(() => Diagnose(m));
        // Opening a pipe blocks until someone writes to it: the loader must not open it at all.
        var first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == read, "reading the manuscript blocked on a named pipe");
        var all = await read;
        Single(all, Severity.Error, "one.md", "is empty (or not a regular file)");
        Single(all, Severity.Error, "two.md", "file is empty");
    }

    private static void MakeFifo(string path)
    {
        if (File.Exists(path)) File.Delete(path);
        using var p = System.Diagnostics.Process.Start("mkfifo", path);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void Symlink_to_a_file_outside_the_manuscript_is_refused()
    {
        using var m = new TempManuscript();
        var outside = Path.Combine(Path.GetTempPath(), $"bb-outside-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(outside, TestImages.Png(4, 4));
        try
        {
            File.CreateSymbolicLink(Path.Combine(m.Root, "link.png"), outside);
            m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n![A map](link.png)\n");
            Single(Diagnose(m), Severity.Error, "two.md", "outside the manuscript folder");
        }
        finally { File.Delete(outside); }
    }

    [Fact]
    public void Image_without_alt_text_is_a_warning_and_a_good_image_is_modelled()
    {
        using var m = new TempManuscript();
        m.WriteBytes("images/map.png", TestImages.Png(30, 20));
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n![](images/map.png)\n");
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        Single(d.Sorted(), Severity.Warning, "two.md", "no alternative text");
        var image = Assert.Single(book!.Images);
        Assert.Equal((30, 20, "image/png", "images/map.png"), (image.Width, image.Height, image.MediaType, image.RelativePath));
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        using var m = new TempManuscript();
        m.Write("one.md", "# First Chapter\n\n[a](#nope1)\n\n[b](#nope2)\n");
        m.Write("two.md", "# Second Chapter\n\n<iframe src=x></iframe>\n");
        var errors = Diagnose(m).Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count >= 3, string.Join("\n", errors));
    }
}
