using System.Globalization;
using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>
/// A numbered exercise: its number ("2.3": the chapter's number and its place in the chapter), its
/// label ("Exercise 2.3"), the division it is in, and, when this edition prints its solution, the
/// solution's label ("Solution 2.3").
/// </summary>
public sealed record NumberedExercise(ExerciseBlock Exercise, string Number, string Label, string DivisionId)
{
    /// <summary>The label of the solution, when the edition prints it; null otherwise.</summary>
    public string? SolutionLabel { get; init; }

    /// <summary>The solution this edition prints, or null.</summary>
    public ExercisePart? Solution => SolutionLabel is null ? null : Exercise.Solution;
}

/// <summary>The solutions of one chapter in the Solutions appendix, under the chapter's name.</summary>
public sealed record SolutionGroup(string ChapterId, string Heading, IReadOnlyList<NumberedExercise> Exercises);

/// <summary>The Solutions appendix (back matter): the solutions of every chapter's exercises, grouped by chapter.</summary>
public sealed record SolutionsDivision(IReadOnlyList<SolutionGroup> Groups) : PlannedDivision;

/// <summary>
/// Numbers the exercises per chapter and decides where their solutions stand: in a Solutions
/// appendix, at the end of each chapter, or nowhere. An edition without solutions (the student
/// edition, or <c>solutions: none</c>) gets a model from which every solution is gone, with the
/// anchors inside them, so that no edition writer can print one or link to one.
/// </summary>
internal static class ExercisePlanner
{
    /// <summary>Numbers the exercises of <paramref name="divisions"/> in reading order: "2.3" in chapter 2, "3" in an unnumbered division.</summary>
    /// <param name="printsSolutions">Whether the edition prints the solutions of a division's exercises.</param>
    public static IReadOnlyList<NumberedExercise> Number(IEnumerable<PlannedDivision> divisions, BookLabels labels, Func<PlannedDivision, bool> printsSolutions)
    {
        var result = new List<NumberedExercise>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        new ContentWalker((place, block) =>
        {
            if (block is not ExerciseBlock exercise) return;
            var n = counts[place.Division.Id] = counts.GetValueOrDefault(place.Division.Id) + 1;
            var number = place.Division is ChapterDivision { Number: { } chapter }
                ? string.Create(CultureInfo.InvariantCulture, $"{chapter}.{n}")
                : n.ToString(CultureInfo.InvariantCulture);
            result.Add(new NumberedExercise(exercise, number, labels.Exercise(number), place.Division.Id)
            {
                SolutionLabel = exercise.Solution is not null && printsSolutions(place.Division) ? labels.Solution(number) : null,
            });
        }, null).Walk(divisions);
        return result;
    }

    /// <summary>The anchors of every solution and of everything inside one (headings, figures, index marks, cross-references).</summary>
    public static HashSet<string> AnchorsOfSolutions(Book book)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var walker = new ContentWalker((_, block) =>
        {
            switch (block)
            {
                case HeadingBlock h: ids.Add(h.Id); break;
                case ImageBlock { Id: { } figure }: ids.Add(figure); break;
                case TableBlock { Id: { } table }: ids.Add(table); break;
            }
        }, (_, inline) =>
        {
            switch (inline)
            {
                case IndexMarkInline m: ids.Add(m.Id); break;
                case CrossRefInline x: ids.Add(x.RefId); break;
                case GlossaryRefInline g: ids.Add(g.UseId); break;
            }
        });
        var place = new Place(new FrontMatterDivision { Id = "", Kind = DivisionKind.Contents, Matter = Matter.Body, Title = [], PlainTitle = "", Source = SourceSpan.None }, null);
        foreach (var solution in Solutions(book))
        {
            ids.Add(solution.Id);
            walker.WalkBlocks(place, solution.Blocks);
        }
        return ids;
    }

    /// <summary>Every solution of the book's exercises, in reading order.</summary>
    private static IEnumerable<ExercisePart> Solutions(Book book)
    {
        var found = new List<ExercisePart>();
        Block Collect(Block b)
        {
            if (b is ExerciseBlock { Solution: { } s }) found.Add(s);
            return b;
        }
        Map(book, Collect);
        return found;
    }

    /// <summary>
    /// The identifier of the student's edition, derived from the book's so that it is stable from
    /// build to build: for a <c>urn:uuid:</c> a name-based UUID (RFC 9562 version 5, the book's
    /// UUID as namespace, "student" as name); for any other identifier the identifier with
    /// "-student" after it.
    /// </summary>
    public static string StudentIdentifier(string identifier)
    {
        const string prefix = "urn:uuid:";
        if (!identifier.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !Guid.TryParse(identifier[prefix.Length..], out var book))
            return identifier + "-student";
        var name = System.Text.Encoding.UTF8.GetBytes("student");
        var input = new byte[16 + name.Length];
        book.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        var hash = System.Security.Cryptography.SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return prefix + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    /// <summary>The book without any solution, and without the anchors that stood in them.</summary>
    public static Book WithoutSolutions(Book book, IReadOnlySet<string> anchorsInSolutions)
    {
        var stripped = Map(book, b => b is ExerciseBlock { Solution: not null } e ? e with { Solution = null } : b);
        return stripped with
        {
            Anchors = book.Anchors.Where(a => !anchorsInSolutions.Contains(a.Key) && a.Value.Kind != AnchorKind.Solution)
                .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>The book with every block passed through <paramref name="map"/>, innermost first.</summary>
    private static Book Map(Book book, Func<Block, Block> map)
    {
        IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => blocks.Select(One).ToArray();
        Block One(Block b) => map(b switch
        {
            ExerciseBlock e => e with
            {
                Blocks = Blocks(e.Blocks),
                Hint = e.Hint is { } h ? h with { Blocks = Blocks(h.Blocks) } : null,
                Solution = e.Solution is { } s ? s with { Blocks = Blocks(s.Blocks) } : null,
            },
            ListBlock l => l with { Items = l.Items.Select(i => i with { Blocks = Blocks(i.Blocks) }).ToArray() },
            QuoteBlock q => q with { Blocks = Blocks(q.Blocks) },
            CalloutBlock c => c with { Blocks = Blocks(c.Blocks) },
            LanguageBlock l => l with { Blocks = Blocks(l.Blocks) },
            ReviewBlock r => r with { Blocks = Blocks(r.Blocks) },
            FaqBlock f => f with { Intro = Blocks(f.Intro), Entries = Entries(f.Entries) },
            DefinitionListBlock d => d with { Items = d.Items.Select(i => i with { Definitions = Blocks(i.Definitions) }).ToArray() },
            _ => b,
        });
        IReadOnlyList<FaqEntry> Entries(IReadOnlyList<FaqEntry> entries) => entries.Select(e => e with { Answer = Blocks(e.Answer) }).ToArray();
        IReadOnlyList<Footnote> Notes(IReadOnlyList<Footnote> notes) => notes.Select(n => n with { Blocks = Blocks(n.Blocks) }).ToArray();
        return book with
        {
            Chapters = book.Chapters.Select(c => c with
            {
                Blocks = Blocks(c.Blocks),
                Sections = c.Sections.Select(s => s with { Blocks = Blocks(s.Blocks) }).ToArray(),
                Footnotes = Notes(c.Footnotes),
            }).ToArray(),
            Faq = book.Faq is { } faq ? faq with { Intro = Blocks(faq.Intro), Entries = Entries(faq.Entries), Footnotes = Notes(faq.Footnotes) } : null,
            Glossary = book.Glossary is { } g ? g with
            {
                Intro = Blocks(g.Intro),
                Entries = g.Entries.Select(e => e with { Definition = Blocks(e.Definition) }).ToArray(),
                Footnotes = Notes(g.Footnotes),
            } : null,
        };
    }
}
