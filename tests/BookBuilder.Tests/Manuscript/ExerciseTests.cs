using System.Xml.Linq;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Plan;
using BookBuilder.Tests.Apparatus;
using BookBuilder.Tests.Epub;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// Exercises as the manuscript writes them: the two ways of giving one its hint and solution, the
/// problems reported at their place, where book.yml puts the solutions, and an unknown attribute
/// on the line of any container.
/// </summary>
public sealed class ExerciseTests
{
    private static readonly XNamespace X = EpubFile.Xhtml;

    private static (string Code, int Line)[] Reported(SmallBook book) =>
        book.Diagnostics.Items.Select(d => (d.Code, d.Line)).ToArray();

    private static IEnumerable<ExerciseBlock> Exercises(Book book) =>
        book.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))).OfType<ExerciseBlock>();

    [Fact]
    public void A_hint_and_a_solution_belong_to_the_exercise_they_follow_or_stand_in()
    {
        using var book = new SmallBook(["""
            # One

            ::: exercise "After"
            Question A.
            :::

            ::: hint
            Hint A.
            :::

            ::: solution
            Answer A.
            :::

            :::: exercise "Inside"
            Question B.

            ::: solution
            Answer B.
            :::
            ::::

            ::: exercise
            Question C.
            :::

            Text between.

            """]);
        Assert.Empty(book.Diagnostics.Items);
        var exercises = Exercises(book.Book!).ToList();
        Assert.Equal(["After", "Inside", null], exercises.Select(e => e.Title));
        string Plain(IReadOnlyList<Block>? blocks) => string.Join(" ", (blocks ?? []).OfType<ParagraphBlock>().Select(p => InlineText.Plain(p.Inlines)));
        Assert.Equal(["Question A.", "Question B.", "Question C."], exercises.Select(e => Plain(e.Blocks)));
        Assert.Equal(["Hint A.", "", ""], exercises.Select(e => Plain(e.Hint?.Blocks)));
        Assert.Equal(["Answer A.", "Answer B.", ""], exercises.Select(e => Plain(e.Solution?.Blocks)));
        // Nothing of the parts is left standing as text of the chapter.
        Assert.Equal(["Text between."], book.Book!.Chapters[0].Blocks.OfType<ParagraphBlock>().Select(p => InlineText.Plain(p.Inlines)));
    }

    [Fact]
    public void Parts_without_an_exercise_and_second_or_empty_parts_are_reported_at_their_lines()
    {
        using var book = new SmallBook(["""
            # One

            ::: solution
            Orphan answer.
            :::

            :::: note
            ::: hint
            A hint in a note.
            :::
            ::::

            ::: exercise
            Question.
            :::

            ::: solution
            First answer.
            :::

            ::: solution
            Second answer.
            :::

            ::: exercise
            Another question.
            :::

            ::: solution
            :::

            """]);
        Assert.Equal(
            [("BB110", 3), ("BB111", 8), ("BB113", 21), ("BB112", 29)],
            Reported(book).Where(d => d.Code.StartsWith("BB11", StringComparison.Ordinal)).ToArray());
        Assert.All(book.Diagnostics.Items, d => Assert.Equal("ch1.md", d.File));
        Assert.Contains(book.Diagnostics.Items, d => d.Code == "BB113" && d.Message.Contains("ch1.md:17:1", StringComparison.Ordinal));
        // The orphan's text is in no edition; the exercise keeps its first solution, the empty one has none.
        var exercises = Exercises(book.Book!).ToList();
        Assert.Equal("First answer.", InlineText.Plain(((ParagraphBlock)exercises[0].Solution!.Blocks[0]).Inlines));
        Assert.Null(exercises[1].Solution);
        Assert.DoesNotContain("Orphan answer", string.Join(" ", book.Epub().XhtmlPaths.Select(p => book.Epub().Text(p))));
    }

    [Fact]
    public void A_solution_may_call_no_footnote_and_nothing_may_link_to_a_solution()
    {
        using var book = new SmallBook(["""
            # One

            ::: exercise {#ex-a}
            Question.
            :::

            ::: solution
            Answer with a note.[^n]
            :::

            See [the answer](#solution-ex-a), or [](#ex-a).

            [^n]: The note.

            """]);
        Assert.Equal([("BB116", 8), ("BB117", 11)], Reported(book).Where(d => d.Code.StartsWith("BB11", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void An_exercise_inside_an_exercise_and_an_faq_without_questions_are_reported()
    {
        using var book = new SmallBook(["""
            # One

            :::: exercise
            Outer.

            ::: exercise
            Inner.
            :::
            ::::

            ::: faq
            No question here.
            :::

            """]);
        Assert.Equal([("BB118", 6), ("BB119", 11)], Reported(book).ToArray());
        // The inner exercise's text stays, as text of the outer one.
        var outer = Assert.Single(Exercises(book.Book!));
        Assert.Equal(2, outer.Blocks.Count);
    }

    [Fact]
    public void An_unknown_attribute_on_the_line_of_any_container_is_a_warning_naming_it_and_the_allowed_ones()
    {
        using var book = new SmallBook(["""
            # One

            ::: note {.wide colour=red}
            A note.
            :::

            ::: exercise "Title" {difficulty=hard}
            A question.
            :::

            ::: tip {title="Fine" lang=en}
            A tip.
            :::

            ::: ornament {lang=en}
            🤝
            :::

            ## Next

            """]);
        var found = book.Diagnostics.Items.Where(d => d.Code == "BB114").ToList();
        Assert.Equal([3, 3, 7, 15], found.Select(d => d.Line));
        Assert.Contains("'lang=en'", found[3].Message);
        Assert.Equal(Severity.Warning, found[0].Severity);
        Assert.Contains("'.wide'", found[0].Message);
        Assert.Contains("'colour=red'", found[1].Message);
        Assert.Contains("'difficulty=hard'", found[2].Message);
        Assert.All(found.Take(3), d => Assert.Contains("title=", d.Message));
        Assert.Contains("{#id}", found[2].Message);
    }

    [Fact]
    public void Book_yml_values_of_solutions_and_editions_that_the_builder_does_not_know_are_errors()
    {
        using var book = new SmallBook(["# One\n\nText.\n"], yaml: "solutions: sideways\neditions: [teacher, student]");
        var found = book.Diagnostics.Items.Where(d => d.Code == "BB115").ToList();
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal(("book.yml", Severity.Error), (d.File, d.Severity)));
        Assert.Contains("'sideways'", found[0].Message);
        Assert.Contains("'teacher'", found[1].Message);
    }

    private const string TwoExercises = """
        # One

        ## Practice

        ::: exercise "First"
        Question one.
        :::

        ::: solution
        Answer one.
        :::

        ::: exercise "Second"
        Question two.
        :::

        """;

    [Fact]
    public void Solutions_at_the_chapter_end_stand_after_its_last_section_and_link_within_the_page()
    {
        using var book = new SmallBook([TwoExercises, "# Two\n\nText.\n"], yaml: "solutions: chapter-end");
        Assert.Empty(book.Diagnostics.Items);
        Assert.Equal(SolutionPlacement.ChapterEnd, book.Book!.Apparatus.Solutions);
        var epub = book.Epub();
        Assert.False(epub.Has("OEBPS/solutions.xhtml"));
        var chapter = epub.Xml("OEBPS/chapter-01.xhtml").Root!.Descendants(X + "section").First();
        var end = chapter.Elements(X + "section").Last();
        Assert.Equal(("solutions chapter-solutions", "Solutions"), ((string?)end.Attribute("class"), end.Element(X + "h2")!.Value));
        var solution = Assert.Single(end.Elements(X + "section"));
        Assert.Contains("Answer one.", solution.Value);
        var link = chapter.Descendants(X + "a").Single(a => a.Value == "Solution 1.1");
        Assert.Equal("#" + (string)solution.Attribute("id")!, (string?)link.Attribute("href"));
        var back = solution.Descendants(X + "a").Single();
        Assert.Equal("#" + (string)chapter.Descendants(X + "section").First(s => (string?)s.Attribute("class") == "exercise").Attribute("id")!, (string?)back.Attribute("href"));
        Assert.DoesNotContain("Solution", epub.Text("OEBPS/chapter-02.xhtml"));
    }

    [Fact]
    public void With_solutions_none_and_in_the_student_edition_no_solution_is_planned()
    {
        using var none = new SmallBook([TwoExercises], yaml: "solutions: none");
        using var appendix = new SmallBook([TwoExercises]);
        foreach (var plan in new[] { none.Plan, BookPlanner.Plan(appendix.Book!, BookEdition.Student) })
        {
            Assert.Null(plan.Solutions);
            Assert.All(plan.Exercises, e => Assert.Null(e.Solution));
            Assert.All(plan.Exercises, e => Assert.Null(e.Exercise.Solution));
            Assert.DoesNotContain(plan.Book.Anchors.Values, a => a.Kind == AnchorKind.Solution);
            Assert.Equal(["Exercise 1.1", "Exercise 1.2"], plan.Exercises.Select(e => e.Label));
        }
        var instructor = appendix.Plan;
        Assert.NotNull(instructor.Solutions);
        Assert.Equal(["Solution 1.1"], instructor.Exercises.Where(e => e.Solution is not null).Select(e => e.SolutionLabel));
        Assert.Equal((".student", ""), (BookPlanner.Plan(appendix.Book!, BookEdition.Student).FileSuffix, instructor.FileSuffix));
    }

    [Fact]
    public void A_book_without_exercises_plans_as_before()
    {
        using var book = new SmallBook(["# One\n\n## A section\n\nText.\n"]);
        var plan = book.Plan;
        Assert.Empty(plan.Exercises);
        Assert.Null(plan.Solutions);
        Assert.Same(book.Book, plan.Book);
        Assert.Equal([BookEdition.Instructor], book.Book!.Apparatus.Editions);
    }
}
