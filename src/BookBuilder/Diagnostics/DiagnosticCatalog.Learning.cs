namespace BookBuilder.Diagnostics;

public static partial class DiagnosticCatalog
{
    private const DiagnosticArea Learning = DiagnosticArea.Learning;

    public static readonly DiagnosticCode SolutionWithoutExercise = Error("BB110", Learning,
        "a `::: solution` that belongs to no exercise: neither inside a `::: exercise` nor right after one",
        "this solution belongs to no exercise: put it inside a '::: exercise' or right after one (it is left out of every edition)");

    public static readonly DiagnosticCode HintWithoutExercise = Error("BB111", Learning,
        "a `::: hint` that belongs to no exercise: neither inside a `::: exercise` nor right after one",
        "this hint belongs to no exercise: put it inside a '::: exercise' or right after one (it is left out)");

    public static readonly DiagnosticCode ExercisePartEmpty = Warning("BB112", Learning,
        "an exercise's solution or hint that holds nothing",
        "the {0} of this exercise is empty");

    public static readonly DiagnosticCode ExercisePartTwice = Error("BB113", Learning,
        "an exercise with two solutions or two hints",
        "this exercise already has a {0} (at {1}): an exercise has one {0}, write it in one container");

    public static readonly DiagnosticCode EditionSettingInvalid = Error("BB115", Learning,
        "`solutions` or `editions` in `book.yml` with a value the builder does not know",
        "'{0}' is not a value of '{1}': use {2}");

    public static readonly DiagnosticCode SolutionHoldsNote = Error("BB116", Learning,
        "a footnote call inside a solution (the student edition leaves solutions out, and their notes with them)",
        "a footnote cannot be called inside a solution: write the note into the solution's text");

    public static readonly DiagnosticCode LinkToSolution = Error("BB117", Learning,
        "a link or cross-reference to a solution (the student edition has no solutions to link to)",
        "a link cannot lead to the solution '{0}': the student edition leaves solutions out; link to the exercise instead");

    public static readonly DiagnosticCode ExerciseNested = Error("BB118", Learning,
        "an exercise inside another exercise, a hint or a solution",
        "an exercise cannot stand inside {0}: its blocks are kept as plain blocks");

    public static readonly DiagnosticCode FaqContainerWithoutQuestions = Warning("BB119", Learning,
        "a `::: faq` container without a `##` or `###` question",
        "this FAQ holds no question: write each question as a '##' or '###' heading with its answer below");
}
