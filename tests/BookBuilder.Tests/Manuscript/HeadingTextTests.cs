using BookBuilder.Diagnostics;
using BookBuilder.Epub;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Publishing;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// A heading's text is computed once, as the text of its title: the anchor's label, the slug of
/// its id and the title shown in the contents agree, entities and all.
/// </summary>
public sealed class HeadingTextTests
{
    private const string Chapter = """
        # Tom &amp; Jerry

        The Cold War had its cartoons.

        ## Cats &amp; Mice `code` and *emphasis* <https://example.org>

        Text.

        ## Later Days

        Text.
        """;

    private static (Book Book, TempManuscript Manuscript) Load()
    {
        var m = new TempManuscript();
        m.Write("two.md", Chapter);
        var diagnostics = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, diagnostics)!;
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
        return (book, m);
    }

    [Fact]
    public void Anchor_labels_are_the_titles_as_printed()
    {
        var (book, m) = Load();
        using var _ = m;
        var chapter = book.Chapters[1];
        Assert.Equal("tom-jerry", chapter.Id);
        Assert.Equal("Tom & Jerry", chapter.PlainTitle);
        Assert.Equal(chapter.PlainTitle, book.Anchors[chapter.Id].Label);
        var section = chapter.Sections[0];
        Assert.Equal("Cats & Mice code and emphasis https://example.org", section.PlainTitle);
        Assert.Equal(section.PlainTitle, book.Anchors[section.Id].Label);
    }

    [Fact]
    public void The_glossary_links_back_with_the_chapter_title()
    {
        var (book, m) = Load();
        using var _ = m;
        var entry = book.Glossary!.Entries.Single(e => e.Term == "Cold War");
        var reference = Assert.Single(BookPlanner.Plan(book).Glossary!.References[entry.Id], r => r.DivisionId == "tom-jerry");
        Assert.Equal("Tom & Jerry", reference.DivisionTitle);

        using var ms = new MemoryStream();
        new EpubEditionWriter().Write(BookPlanner.Plan(book), ms, new BuildOptions { Timestamp = EpubFixture.Modified }, new DiagnosticBag());
        var links = new EpubFile(ms.ToArray()).Xml("OEBPS/glossary.xhtml").Descendants(Xhtml + "a")
            .Where(a => (string?)a.Attribute("role") == "doc-backlink").Select(a => a.Value);
        Assert.Contains("↩\uFE0E Tom & Jerry", links);
    }
}
