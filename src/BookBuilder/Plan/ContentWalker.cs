using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>
/// Visits the content of the body's divisions in reading order: each chapter's title, its blocks
/// and its sections (title, blocks), the FAQ's introduction and questions with their answers, the
/// glossary's introduction and definitions, the solutions of exercises where the plan puts them,
/// and each division's footnotes after it. Blocks are
/// visited before the blocks and inlines inside them. Exhaustive over the model: a node it has
/// no case for stops the plan with its place.
/// </summary>
internal sealed class ContentWalker(Action<Place, Block>? onBlock, Action<Place, Inline>? onInline)
{
    public void Walk(IEnumerable<PlannedDivision> divisions)
    {
        foreach (var division in divisions) Walk(division);
    }

    private void Walk(PlannedDivision division)
    {
        var place = new Place(division, null);
        switch (division)
        {
            case FrontMatterDivision or CaptionListDivision:
                break;
            case ChapterDivision c:
                Inlines(place, c.Chapter.Title);
                Blocks(place, c.Chapter.Blocks);
                foreach (var section in c.Chapter.Sections)
                {
                    var inSection = place with { Section = section };
                    Inlines(inSection, section.Title);
                    Blocks(inSection, section.Blocks);
                }
                foreach (var exercise in c.Solutions) Blocks(place, exercise.Exercise.Solution?.Blocks ?? []);
                Notes(place, c.Chapter.Footnotes);
                break;
            case FaqDivision f:
                Inlines(place, f.Faq.Title);
                Blocks(place, f.Faq.Intro);
                foreach (var entry in f.Faq.Entries)
                {
                    Inlines(place, entry.Question);
                    Blocks(place, entry.Answer);
                }
                Notes(place, f.Faq.Footnotes);
                break;
            case GlossaryDivision g:
                Inlines(place, g.Glossary.Title);
                Blocks(place, g.Glossary.Intro);
                foreach (var entry in g.Glossary.Entries) Blocks(place, entry.Definition);
                Notes(place, g.Glossary.Footnotes);
                break;
            case IndexDivision:
                break;
            case SolutionsDivision s:
                foreach (var group in s.Groups)
                    foreach (var exercise in group.Exercises) Blocks(place, exercise.Exercise.Solution?.Blocks ?? []);
                break;
            default:
                throw new InvalidOperationException($"the book plan has no case for the division {division.GetType().Name}");
        }
    }

    private void Notes(Place place, IEnumerable<Footnote> notes)
    {
        foreach (var note in notes) Blocks(place, note.Blocks);
    }

    /// <summary>Visits <paramref name="blocks"/> and what they hold, as if they stood at <paramref name="place"/>.</summary>
    public void WalkBlocks(Place place, IEnumerable<Block> blocks) => Blocks(place, blocks);

    private void Blocks(Place place, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) Diagnostics.InputLocationException.At(block.Source, () => Block(place, block));
    }

    private void Block(Place place, Block block)
    {
        onBlock?.Invoke(place, block);
        switch (block)
        {
            case ParagraphBlock p: Inlines(place, p.Inlines); break;
            case HeadingBlock h: Inlines(place, h.Inlines); break;
            case ListBlock l: foreach (var item in l.Items) Blocks(place, item.Blocks); break;
            case QuoteBlock q: Blocks(place, q.Blocks); break;
            case CalloutBlock c: Blocks(place, c.Blocks); break;
            case LanguageBlock l: Blocks(place, l.Blocks); break;
            // An exercise's solution is visited where the plan puts it (a Solutions appendix, the chapter's end), not here.
            case ExerciseBlock e:
                Blocks(place, e.Blocks);
                Blocks(place, e.Hint?.Blocks ?? []);
                break;
            case ReviewBlock r: Blocks(place, r.Blocks); break;
            case FaqBlock f:
                Blocks(place, f.Intro);
                foreach (var entry in f.Entries)
                {
                    Inlines(place, entry.Question);
                    Blocks(place, entry.Answer);
                }
                break;
            case ImageBlock i: Inlines(place, i.Caption); break;
            case TableBlock t:
                Inlines(place, t.Caption);
                foreach (var row in t.Rows) foreach (var cell in row.Cells) Inlines(place, cell);
                break;
            case DefinitionListBlock d:
                foreach (var item in d.Items)
                {
                    foreach (var term in item.Terms) Inlines(place, term);
                    Blocks(place, item.Definitions);
                }
                break;
            case CodeBlock or ThematicBreakBlock or OrnamentBlock: break;
            default: throw UnknownNodeException.Block(block, "the book plan");
        }
    }

    private void Inlines(Place place, IEnumerable<Inline> inlines)
    {
        if (onInline is null) return;
        foreach (var inline in inlines)
        {
            onInline(place, inline);
            switch (inline)
            {
                case EmphasisInline e: Inlines(place, e.Children); break;
                case LinkInline l: Inlines(place, l.Children); break;
                case GlossaryRefInline g: Inlines(place, g.Children); break;
                case IndexMarkInline m: Inlines(place, m.Children); break;
                case LanguageInline l: Inlines(place, l.Children); break;
                case TextInline or CodeInline or LineBreakInline or FootnoteRefInline or ImageInline or OrnamentInline or CrossRefInline: break;
                default: throw UnknownNodeException.Inline(inline, "the book plan");
            }
        }
    }
}
