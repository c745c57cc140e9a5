using BookBuilder.Diagnostics;
using BookBuilder.Model;

namespace BookBuilder.Epub;

/// <summary>
/// Finds every image the book shows: <see cref="Book.Images"/> first, then any image a block or
/// inline refers to that the list missed, so that no page points at a file the EPUB lacks.
/// </summary>
internal static class ImageCollector
{
    public static IReadOnlyList<BookImage> Collect(Book book)
    {
        var found = new List<BookImage>(book.Images);
        foreach (var chapter in book.Chapters)
        {
            Inlines(chapter.Title, found);
            Blocks(chapter.Blocks, found);
            foreach (var section in chapter.Sections) { Inlines(section.Title, found); Blocks(section.Blocks, found); }
            foreach (var note in chapter.Footnotes) Blocks(note.Blocks, found);
        }
        if (book.Faq is { } faq)
        {
            Blocks(faq.Intro, found);
            foreach (var entry in faq.Entries) { Inlines(entry.Question, found); Blocks(entry.Answer, found); }
            foreach (var note in faq.Footnotes) Blocks(note.Blocks, found);
        }
        if (book.Glossary is { } glossary)
        {
            Blocks(glossary.Intro, found);
            foreach (var entry in glossary.Entries) Blocks(entry.Definition, found);
            foreach (var note in glossary.Footnotes) Blocks(note.Blocks, found);
        }
        return found;
    }

    private static void Blocks(IEnumerable<Block> blocks, List<BookImage> found)
    {
        foreach (var block in blocks) InputLocationException.At(block.Source, () => Block(block, found));
    }

    private static void Block(Block block, List<BookImage> found)
    {
        switch (block)
        {
            case ParagraphBlock p: Inlines(p.Inlines, found); break;
            case HeadingBlock h: Inlines(h.Inlines, found); break;
            case ImageBlock i: found.Add(i.Image); Inlines(i.Caption, found); break;
            case QuoteBlock q: Blocks(q.Blocks, found); break;
            case CalloutBlock c: Blocks(c.Blocks, found); break;
            case LanguageBlock l: Blocks(l.Blocks, found); break;
            case ExerciseBlock e:
                Blocks(e.Blocks, found);
                Blocks(e.Hint?.Blocks ?? [], found);
                Blocks(e.Solution?.Blocks ?? [], found);
                break;
            case ReviewBlock r: Blocks(r.Blocks, found); break;
            case FaqBlock f:
                Blocks(f.Intro, found);
                foreach (var entry in f.Entries)
                {
                    Inlines(entry.Question, found);
                    Blocks(entry.Answer, found);
                }
                break;
            case ListBlock l: foreach (var item in l.Items) Blocks(item.Blocks, found); break;
            case TableBlock t: foreach (var row in t.Rows) foreach (var cell in row.Cells) Inlines(cell, found); break;
            case DefinitionListBlock d:
                foreach (var item in d.Items)
                {
                    foreach (var term in item.Terms) Inlines(term, found);
                    Blocks(item.Definitions, found);
                }
                break;
            case CodeBlock or ThematicBreakBlock or OrnamentBlock: break;
            default: throw UnknownNodeException.Block(block, "the EPUB edition");
        }
    }

    private static void Inlines(IEnumerable<Inline> inlines, List<BookImage> found)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case ImageInline i: found.Add(i.Image); break;
                case EmphasisInline e: Inlines(e.Children, found); break;
                case LinkInline l: Inlines(l.Children, found); break;
                case GlossaryRefInline g: Inlines(g.Children, found); break;
                case IndexMarkInline m: Inlines(m.Children, found); break;
                case LanguageInline l: Inlines(l.Children, found); break;
                case TextInline or CodeInline or LineBreakInline or FootnoteRefInline or OrnamentInline or CrossRefInline: break;
                default: throw UnknownNodeException.Inline(inline, "the EPUB edition");
            }
        }
    }
}
