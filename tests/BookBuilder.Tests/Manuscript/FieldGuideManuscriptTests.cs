using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// The field guide is the test manuscript that exercises every feature at book length. These
/// tests keep it that way: an edit that drops a feature or shrinks the book fails here, not
/// silently in the renderers' coverage.
/// </summary>
public partial class FieldGuideManuscriptTests
{

    private static Book Book => LoadedBooks.Get(RepoPaths.FieldGuide).Book;

    [Fact]
    public void Book_is_large_enough_for_a_forty_page_pdf()
    {
        Assert.Equal(8, Book.Chapters.Count);
        var words = Directory.EnumerateFiles(RepoPaths.FieldGuide, "*.md", SearchOption.AllDirectories)
            .Sum(f => Word().Count(File.ReadAllText(f)));
        Assert.InRange(words, 14_000, 20_000);
    }

    [Fact]
    public void Images_are_png_and_jpeg_figures_with_and_without_captions()
    {
        Assert.Contains(Book.Images, i => i.MediaType == "image/png");
        Assert.Contains(Book.Images, i => i.MediaType == "image/jpeg");
        var figures = Book.Chapters.SelectMany(AllBlocks).OfType<ImageBlock>().ToList();
        Assert.Contains(figures, f => f.Caption.Count > 0);
        Assert.Contains(figures, f => f.Caption.Count == 0);
        Assert.All(Book.Images, i => Assert.True(i.Encoded.Length < 30 * 1024, $"{i.RelativePath} is over 30 KB"));
    }

    [Fact]
    public void Every_chapter_has_footnotes_and_one_note_is_referenced_twice()
    {
        Assert.All(Book.Chapters, c => Assert.True(c.Footnotes.Count >= 1, $"{c.SourceFile} has no footnotes"));
        Assert.True(Book.Chapters.Sum(c => c.Footnotes.Count) >= 16);
        Assert.Contains(Book.Chapters.SelectMany(c => c.Footnotes), f => f.RefIds.Count >= 2);
    }

    [Fact]
    public void Block_features_are_all_present()
    {
        var blocks = Book.Chapters.SelectMany(AllBlocks).ToList();
        Assert.Contains(blocks, b => b is TableBlock { Columns.Count: 5 } t && t.Columns.Contains(ColumnAlign.Right) && t.Columns.Contains(ColumnAlign.Center));
        Assert.Contains(blocks, b => b is ListBlock { Ordered: true } l && ListDepth(l) >= 3);
        Assert.Contains(blocks, b => b is ListBlock { Ordered: false } l && ListDepth(l) >= 3);
        Assert.Contains(blocks, b => b is QuoteBlock q && q.Blocks.OfType<QuoteBlock>().Any());
        Assert.Contains(blocks, b => b is CodeBlock { Language: "python" });
        Assert.Contains(blocks, b => b is ThematicBreakBlock);
        Assert.Contains(blocks, b => b is DefinitionListBlock);
        Assert.Contains(blocks, b => b is HeadingBlock { Level: 3 });
        Assert.Contains(blocks, b => b is OrnamentBlock);
        Assert.True(Book.Chapters.Count(c => c.Ornament is not null) >= 4);
        Assert.True(Book.Chapters.SelectMany(c => c.Sections).Count(s => s.Ornament is not null) >= 4);
    }

    [Fact]
    public void Inline_features_are_all_present()
    {
        var inlines = Book.Chapters.SelectMany(AllBlocks).SelectMany(InlinesOf).SelectMany(Flatten).ToList();
        Assert.Contains(inlines, i => i is EmphasisInline { Kind: EmphasisKind.Italic });
        Assert.Contains(inlines, i => i is EmphasisInline { Kind: EmphasisKind.Bold });
        Assert.Contains(inlines, i => i is EmphasisInline { Kind: EmphasisKind.Subscript });
        Assert.Contains(inlines, i => i is CodeInline);
        Assert.Contains(inlines, i => i is LinkInline { IsInternal: false });
        var internalLinks = inlines.OfType<LinkInline>().Where(l => l.IsInternal).ToList();
        // Links to other chapters, to sections of other chapters, and within the same chapter.
        Assert.Contains(internalLinks, l => Book.Chapters.Any(c => c.Id == l.TargetId));
        Assert.Contains(internalLinks, l => Book.Anchors[l.TargetId!].Kind == AnchorKind.Section);
        Assert.Contains(internalLinks, l => Book.Anchors[l.TargetId!].Kind == AnchorKind.Heading);
        var text = string.Concat(inlines.OfType<TextInline>().Select(t => t.Text));
        Assert.Matches(@"\p{IsHebrew}", text);
        Assert.Matches(@"\p{IsCyrillic}", text);
        Assert.Matches(@"\p{IsGreekandCoptic}", text);
        Assert.Contains('\u201C', text);
        Assert.Contains('\u2014', text);
    }

    [Fact]
    public void Faq_and_glossary_are_full_and_every_term_is_used()
    {
        Assert.True(Book.Faq!.Entries.Count >= 6);
        Assert.True(Book.Glossary!.Entries.Count >= 25);
        Assert.All(Book.Glossary.Entries, e => Assert.NotEmpty(e.Uses));
        Assert.Contains(Book.Glossary.Entries, e => e.Aliases.Count > 0);
    }

    [Fact]
    public void Only_the_deliberate_raw_html_is_reported()
    {
        var items = LoadedBooks.Get(RepoPaths.FieldGuide).Diagnostics.Items;
        Assert.Equal(6, items.Count);
        Assert.All(items, d => Assert.Equal("BB061", d.Code));
    }

    private static IEnumerable<Block> AllBlocks(Chapter chapter) =>
        Flatten(chapter.Blocks.Concat(chapter.Sections.SelectMany(s => s.Blocks)).Concat(chapter.Footnotes.SelectMany(f => f.Blocks)));

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            foreach (var child in Flatten(Children(block))) yield return child;
        }
    }

    private static IEnumerable<Block> Children(Block block) => block switch
    {
        ListBlock l => l.Items.SelectMany(i => i.Blocks),
        QuoteBlock q => q.Blocks,
        DefinitionListBlock d => d.Items.SelectMany(i => i.Definitions),
        _ => [],
    };

    private static int ListDepth(ListBlock list) =>
        1 + list.Items.SelectMany(i => i.Blocks).OfType<ListBlock>().Select(ListDepth).DefaultIfEmpty(0).Max();

    private static IEnumerable<Inline> InlinesOf(Block block) => block switch
    {
        ParagraphBlock p => p.Inlines,
        HeadingBlock h => h.Inlines,
        TableBlock t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c),
        ImageBlock i => i.Caption,
        DefinitionListBlock d => d.Items.SelectMany(i => i.Terms).SelectMany(t => t),
        _ => [],
    };

    private static IEnumerable<Inline> Flatten(Inline inline)
    {
        yield return inline;
        var children = inline switch
        {
            EmphasisInline e => e.Children,
            LinkInline l => l.Children,
            GlossaryRefInline g => g.Children,
            _ => [],
        };
        foreach (var child in children.SelectMany(Flatten)) yield return child;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();
}
