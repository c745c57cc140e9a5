using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

public class ManuscriptLoaderTests
{
    private static (Book? Book, DiagnosticBag Diagnostics) Load(TempManuscript m)
    {
        var d = new DiagnosticBag();
        return (ManuscriptLoader.Load(m.Root, d), d);
    }

    [Fact]
    public void Valid_manuscript_loads_without_errors_into_chapters_sections_faq_and_glossary()
    {
        using var m = new TempManuscript();
        var (book, d) = Load(m);
        Assert.NotNull(book);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        Assert.Equal(["First Chapter", "Second Chapter"], book!.Chapters.Select(c => c.PlainTitle));
        Assert.Equal(["1.1", "1.2"], BookBuilder.Plan.BookPlanner.Plan(book).Chapters.First().SectionNumbers);
        Assert.Equal("🤔", book.Chapters[0].Ornament);
        Assert.Equal("🤝👎", book.Chapters[0].Sections[1].Ornament);
        Assert.Null(book.Chapters[0].Sections[0].Ornament);
        Assert.Equal(2, book.Faq!.Entries.Count);
        Assert.Equal("What is a question?", book.Faq.Entries[0].PlainQuestion);
        Assert.Equal(["Cold War", "Proxy war"], book.Glossary!.Entries.Select(e => e.Term));
        Assert.Equal(["Proxies"], book.Glossary.Entries[1].Aliases);
    }

    [Fact]
    public void First_use_of_a_term_per_division_links_to_the_glossary_and_is_recorded_as_a_use()
    {
        using var m = new TempManuscript();
        var (book, _) = Load(m);
        var cold = book!.Glossary!.Entries.Single(e => e.Term == "Cold War");
        // Chapter one mentions it twice (linked once), chapter two once, the FAQ once.
        Assert.Equal([book.Chapters[0].Id, book.Chapters[1].Id, book.Faq!.Id], cold.Uses.Select(u => u.DivisionId));
        var refs = Descendants(book.Chapters[0]).OfType<GlossaryRefInline>().Where(r => r.EntryId == cold.Id).ToList();
        Assert.Single(refs);
        Assert.Equal(cold.Uses[0].UseId, refs[0].UseId);
        Assert.True(book.Anchors.ContainsKey(refs[0].UseId));
        // The alias "proxies" links to "Proxy war".
        var proxy = book.Glossary.Entries.Single(e => e.Term == "Proxy war");
        Assert.Contains(proxy.Uses, u => u.DivisionId == book.Chapters[1].Id);
    }

    [Fact]
    public void Internal_links_resolve_to_anchor_ids_across_files()
    {
        using var m = new TempManuscript();
        var (book, _) = Load(m);
        var links = Descendants(book!.Chapters[0]).OfType<LinkInline>().ToList();
        Assert.Contains(links, l => l.TargetId == "later-days");
        Assert.Contains(links, l => l.TargetId == book.Faq!.Id);
        Assert.Equal(book.Chapters[1].Id, book.Anchors["later-days"].DivisionId);
    }

    [Fact]
    public void Footnotes_are_numbered_with_reference_and_note_anchors()
    {
        using var m = new TempManuscript();
        var (book, _) = Load(m);
        var fn = Assert.Single(book!.Chapters[0].Footnotes);
        Assert.Equal(1, fn.Number);
        var reference = Descendants(book.Chapters[0]).OfType<FootnoteRefInline>().Single();
        Assert.Equal(fn.Id, reference.FootnoteId);
        Assert.Equal([reference.RefId], fn.RefIds);
        Assert.Equal("The footnote text.", InlineText.Plain(((ParagraphBlock)fn.Blocks[0]).Inlines));
    }

    [Fact]
    public void Smart_typography_is_applied()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\nIt's \"quoted\" -- and... done.\n\n## Later Days\n\nText.\n");
        var (book, _) = Load(m);
        var text = InlineText.Plain(((ParagraphBlock)book!.Chapters[1].Blocks[0]).Inlines);
        Assert.Equal("It\u2019s \u201Cquoted\u201D \u2013 and\u2026 done.", text);
    }

    [Fact]
    public void Duplicate_heading_texts_get_unique_ids()
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Overview\n\nA.\n\n## Overview\n\nB.\n\n## Later Days\n\nC.\n");
        var (book, d) = Load(m);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        var ids = book!.Chapters[1].Sections.Select(s => s.Id).ToList();
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        using var m = new TempManuscript();
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("# Second Chapter\r\n\r\nLine one\r\nline two.\r\n\r\n## Later Days\r\n\r\nX.\r\n")).ToArray();
        m.WriteBytes("two.md", bytes);
        var (book, d) = Load(m);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        Assert.Equal("Second Chapter", book!.Chapters[1].PlainTitle);
        Assert.Equal("Line one line two.", InlineText.Plain(((ParagraphBlock)book.Chapters[1].Blocks[0]).Inlines));
    }

    internal static IEnumerable<Inline> Descendants(Chapter c) =>
        c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks)).SelectMany(BlockInlines);

    internal static IEnumerable<Inline> BlockInlines(Block b) => b switch
    {
        ParagraphBlock p => Flatten(p.Inlines),
        ListBlock l => l.Items.SelectMany(i => i.Blocks).SelectMany(BlockInlines),
        QuoteBlock q => q.Blocks.SelectMany(BlockInlines),
        TableBlock t => t.Rows.SelectMany(r => r.Cells).SelectMany(Flatten),
        _ => [],
    };

    internal static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines)
    {
        foreach (var i in inlines)
        {
            yield return i;
            var children = i switch
            {
                EmphasisInline e => e.Children,
                LinkInline l => l.Children,
                GlossaryRefInline g => g.Children,
                _ => null,
            };
            if (children is null) continue;
            foreach (var c in Flatten(children)) yield return c;
        }
    }
}
