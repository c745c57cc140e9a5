using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;

namespace BookBuilder.Manuscript.Callouts;

/// <summary>The names a <c>:::</c> container may have, and the nearest of them to a misspelt one.</summary>
internal static class ContainerNames
{
    public const string Ornament = "ornament";
    public const string Exercise = "exercise";
    public const string Hint = "hint";
    public const string Solution = "solution";
    public const string Review = "review";
    public const string Faq = "faq";

    /// <summary>Whether a container is an exercise (<c>::: exercise</c> or <c>::: {.exercise}</c>).</summary>
    public static bool IsExercise(CustomContainer cc) => Is(cc, Exercise);

    /// <summary>Whether a container is a hint or a solution of an exercise.</summary>
    public static bool IsPart(CustomContainer cc) => Is(cc, Hint) || Is(cc, Solution);

    /// <summary>Whether a container has the name <paramref name="name"/>.</summary>
    public static bool Is(CustomContainer cc, string name) => string.Equals(ContainerHeader.Of(cc).Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The callout kinds by the name a manuscript gives them.</summary>
    public static IReadOnlyDictionary<string, CalloutKind> Callouts { get; } = new Dictionary<string, CalloutKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = CalloutKind.Note,
        ["tip"] = CalloutKind.Tip,
        ["warning"] = CalloutKind.Warning,
        ["important"] = CalloutKind.Important,
        ["example"] = CalloutKind.Example,
        ["definition"] = CalloutKind.Definition,
        ["objectives"] = CalloutKind.Objectives,
        ["summary"] = CalloutKind.Summary,
        ["key-takeaways"] = CalloutKind.KeyTakeaways,
    };

    private static readonly string[] All = [.. Callouts.Keys, Ornament, Exercise, Hint, Solution, Review, Faq];

    /// <summary>The known name closest to <paramref name="name"/> in edits (ties: the first in the list).</summary>
    public static string Nearest(string name)
    {
        // A name longer than any known one by far is no misspelling of one; the cut keeps the work small.
        var lower = (name.Length > 40 ? name[..40] : name).ToLowerInvariant();
        return All.MinBy(known => Distance(lower, known))!;
    }

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions of one character.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
