using BookBuilder.Diagnostics;
using BookBuilder.Pdf;
using BookBuilder.Publishing;
using BookBuilder.Tests.Apparatus;
using BookBuilder.Tests.Epub;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// An id the author gives a block (<c>{#id}</c>) is written on that block in both editions, so that
/// a link to it lands there: a paragraph, a list, a list item's paragraph, a quote, code, a table
/// without a caption, a callout, review questions, a block in another language, and a paragraph
/// inside a callout.
/// </summary>
public sealed class BlockIdTests
{
    private static readonly (string Id, string Element)[] Targets =
    [
        ("id-para", "p"), ("id-list", "ul"), ("id-item", "li"), ("id-quote", "blockquote"), ("id-code", "pre"),
        ("id-table", "table"), ("id-tip", "aside"), ("id-review", "section"), ("id-lang", "div"), ("id-inside", "p"),
    ];

    private const string Chapter = """
        # Ids

        A paragraph with an id. {#id-para}

        {#id-list}
        - one
        - two

        - first item
        - second item {#id-item}

        {#id-quote}
        > A quoted line.

        {#id-code}
        ```
        code here
        ```

        {#id-table}
        | a | b |
        |---|---|
        | 1 | 2 |

        ::: tip {#id-tip}
        Measure the river at the same place every day.

        A second paragraph of the tip. {#id-inside}
        :::

        ::: review {#id-review}
        1. What is a river?
        :::

        ::: {lang=fr #id-lang}
        Une rivière.
        :::
        """;

    private static string Links => "# Links\n\n" + string.Join(", ", Targets.Select(t => $"[{t.Id}](ch1.md#{t.Id})")) + ".\n";

    [Fact]
    public void The_epub_writes_each_id_on_its_block_and_links_from_another_chapter_reach_it()
    {
        using var book = new SmallBook([Chapter, Links]);
        Assert.Empty(book.Errors);
        var page = book.Page("chapter-01.xhtml");
        foreach (var (id, element) in Targets)
        {
            var found = page.Descendants().Where(e => (string?)e.Attribute("id") == id).ToList();
            Assert.True(found.Count == 1, $"{id}: {found.Count} elements");
            Assert.Equal(element, found[0].Name.LocalName);
        }
        var hrefs = book.Page("chapter-02.xhtml").Descendants().Select(e => (string?)e.Attribute("href")).OfType<string>().ToHashSet();
        foreach (var (id, _) in Targets) Assert.Contains($"chapter-01.xhtml#{id}", hrefs);
    }

    [Fact]
    public void The_pdf_has_a_destination_for_each_id_on_the_page_of_its_block()
    {
        using var book = new SmallBook([Chapter, Links]);
        var result = book.Typeset();
        foreach (var (id, _) in Targets) Assert.True(result.AnchorPages.ContainsKey(id), id);

        var diagnostics = new DiagnosticBag();
        using var ms = new MemoryStream();
        new PdfEditionWriter().Write(book.Plan, ms, new BuildOptions { Timestamp = EpubFixture.Modified }, diagnostics);
        // Every link lands: none points to an id no anchor defines.
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "PDF006");
    }
}
