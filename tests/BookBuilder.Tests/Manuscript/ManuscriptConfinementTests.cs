using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// The builder reads nothing outside the manuscript folder, never opens a device or a pipe, and
/// reads no text file beyond its limit: every listed file (chapters, FAQ, glossary, book.yml) is
/// read by its real path, wherever symbolic links lead.
/// </summary>
public class ManuscriptConfinementTests
{
    private const string Secret = "SECRET-TEXT-FROM-OUTSIDE";

    private static (Book? Book, IReadOnlyList<Diagnostic> Diagnostics) Load(TempManuscript m)
    {
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        return (book, d.Sorted());
    }

    /// <summary>Every text the book holds, to show that nothing from outside reached it.</summary>
    private static string AllText(Book? book) =>
        book is null ? "" : string.Join("\n", book.Sources.Select(s => s.Text)) + book.Metadata.Title;

    [PosixTheory]
    [InlineData("one.md", "# Outside\n\n" + Secret + "\n")]
    [InlineData("faq.md", "# Questions\n\n## Why?\n\n" + Secret + "\n")]
    [InlineData("glossary.md", "# Glossary\n\nCold War\n:   " + Secret + "\n")]
    [InlineData("book.yml", TempManuscript.MinimalYaml + "\ndescription: " + Secret + "\n")]
    public void A_listed_file_that_links_outside_the_folder_is_refused(string file, string outsideText)
    {
        using var m = new TempManuscript();
        using var outside = new TempManuscript(populate: false);
        var target = outside.Write("elsewhere.txt", outsideText);
        File.Delete(Path.Combine(m.Root, file));
        File.CreateSymbolicLink(Path.Combine(m.Root, file), target);

        var (book, diagnostics) = Load(m);
        var error = Assert.Single(diagnostics, d => d.Code == "BB007");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, AllText(book), StringComparison.Ordinal);
    }

    [PosixFact]
    public void A_folder_of_the_manuscript_that_links_outside_it_is_refused()
    {
        using var m = new TempManuscript();
        using var outside = new TempManuscript(populate: false);
        outside.Write("two.md", "# Outside\n\n" + Secret + "\n");
        Directory.CreateSymbolicLink(Path.Combine(m.Root, "chapters"), outside.Root);
        m.Write("book.yml", TempManuscript.MinimalYaml.Replace("  - two.md", "  - chapters/two.md"));

        var (book, diagnostics) = Load(m);
        var error = Assert.Single(diagnostics, d => d.Code == "BB007");
        Assert.Equal(("book.yml", 12), (error.File, error.Line));
        Assert.DoesNotContain(Secret, AllText(book), StringComparison.Ordinal);
    }

    [PosixFact]
    public void A_link_that_stays_inside_the_folder_is_followed()
    {
        using var m = new TempManuscript();
        Directory.CreateDirectory(Path.Combine(m.Root, "drafts"));
        File.Move(Path.Combine(m.Root, "two.md"), Path.Combine(m.Root, "drafts", "second.md"));
        File.CreateSymbolicLink(Path.Combine(m.Root, "two.md"), Path.Combine("drafts", "second.md"));

        var (book, diagnostics) = Load(m);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("Second Chapter", book!.Chapters[1].PlainTitle);
    }

    [PosixTheory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task A_chapter_that_links_to_a_device_is_refused_without_reading_it(string device)
    {
        using var m = new TempManuscript();
        File.Delete(Path.Combine(m.Root, "two.md"));
        File.CreateSymbolicLink(Path.Combine(m.Root, "two.md"), device);

        var load = Task.Run(() => Load(m));
        Assert.True(await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30))) == load, $"reading a link to {device} did not end");
        Assert.Contains((await load).Diagnostics, d => d.Code == "BB007" && d.Message.Contains("two.md", StringComparison.Ordinal));
    }

    [PosixFact]
    public void A_loop_of_links_is_refused()
    {
        using var m = new TempManuscript();
        File.Delete(Path.Combine(m.Root, "two.md"));
        File.CreateSymbolicLink(Path.Combine(m.Root, "two.md"), "loop.md");
        File.CreateSymbolicLink(Path.Combine(m.Root, "loop.md"), "two.md");
        Assert.Contains(Load(m).Diagnostics, d => d.Code == "BB010" && d.File == "two.md" && d.Message.Contains("loop", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_file_larger_than_its_limit_is_refused_unread()
    {
        using var m = new TempManuscript();
        var line = new string('x', 79) + "\n";
        m.Write("two.md", "# Second Chapter\n\n" + string.Concat(Enumerable.Repeat(line, (int)(InputLimits.TextFileBytes / line.Length) + 10)));

        var (_, diagnostics) = Load(m);
        var error = Assert.Single(diagnostics, d => d.Code == "BB018");
        Assert.Equal(("two.md", 1, Severity.Error), (error.File, error.Line, error.Severity));
        Assert.Contains("2 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_files_larger_than_the_limit_together_are_refused()
    {
        using var m = new TempManuscript();
        var paragraph = string.Concat(Enumerable.Repeat("Some words of a long chapter. ", 60)) + "\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, (int)(InputLimits.TextFileBytes * 0.9 / paragraph.Length)));
        var names = Enumerable.Range(1, 5).Select(i => $"c{i}.md").ToArray();
        foreach (var name in names) m.Write(name, $"# Chapter {name}\n\n{body}");
        m.Write("book.yml", TempManuscript.MinimalYaml.Replace("  - one.md\n  - two.md", string.Join("\n", names.Select(n => "  - " + n))));

        var (_, diagnostics) = Load(m);
        var error = Assert.Single(diagnostics, d => d.Code == "BB018");
        Assert.Equal("c5.md", error.File);
        Assert.Contains("together", error.Message, StringComparison.Ordinal);
    }
}
