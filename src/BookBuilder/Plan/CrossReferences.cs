using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>
/// What a cross-reference prints in place of its target, by the target's anchor id: "Chapter 4",
/// "Section 2.3", "Figure 3.1", "Table 3.1", "Note 2", a heading or question in quotation
/// marks, a glossary entry's term, the FAQ's or the glossary's title. Every anchor a
/// cross-reference may cite (<see cref="AnchorKinds.HasLabel"/>) has one.
/// </summary>
internal static class CrossReferences
{
    public static IReadOnlyDictionary<string, string> Labels(Book book, IEnumerable<PlannedDivision> divisions, IEnumerable<NumberedCaption> captions,
        IEnumerable<NumberedExercise> exercises, BookLabels labels)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var division in divisions)
        {
            switch (division)
            {
                case FrontMatterDivision or CaptionListDivision:
                    break;
                case ChapterDivision c:
                    // An unnumbered division (an introduction) and an unnumbered section are cited by their titles.
                    result[c.Id] = c.Label ?? labels.Quoted(c.PlainTitle);
                    foreach (var section in c.Chapter.Sections)
                        result[section.Id] = c.SectionNumber(section) is { } number ? labels.Section(number) : labels.Quoted(section.PlainTitle);
                    Notes(result, c.Chapter.Footnotes, labels);
                    break;
                case FaqDivision f:
                    result[f.Id] = f.PlainTitle;
                    foreach (var entry in f.Faq.Entries) result[entry.Id] = labels.Quoted(entry.PlainQuestion);
                    Notes(result, f.Faq.Footnotes, labels);
                    break;
                case GlossaryDivision g:
                    result[g.Id] = g.PlainTitle;
                    foreach (var entry in g.Glossary.Entries) result[entry.Id] = entry.Term;
                    Notes(result, g.Glossary.Footnotes, labels);
                    break;
                case IndexDivision or SolutionsDivision:
                    break; // not an anchor of the manuscript: nothing cites it
                default:
                    throw new InvalidOperationException($"cross-references have no case for the division {division.GetType().Name}");
            }
        }
        foreach (var caption in captions) result[caption.Id] = caption.Label;
        // An exercise by its number; its solution too, where the edition prints it (the links between them).
        foreach (var exercise in exercises)
        {
            result[exercise.Exercise.Id] = exercise.Label;
            if (exercise.Solution is { } solution) result[solution.Id] = exercise.SolutionLabel!;
        }
        // The questions of an FAQ in a chapter, by their text, as the FAQ appendix's.
        new ContentWalker((_, block) =>
        {
            if (block is FaqBlock faq) foreach (var entry in faq.Entries) result[entry.Id] = labels.Quoted(entry.PlainQuestion);
        }, null).Walk(divisions);
        // Headings below section level are cited by their text.
        foreach (var anchor in book.Anchors.Values)
            if (anchor.Kind == AnchorKind.Heading) result.TryAdd(anchor.Id, labels.Quoted(anchor.Label));
        return result;
    }

    private static void Notes(Dictionary<string, string> result, IEnumerable<Footnote> notes, BookLabels labels)
    {
        foreach (var note in notes) result[note.Id] = labels.Note(note.Number);
    }
}
