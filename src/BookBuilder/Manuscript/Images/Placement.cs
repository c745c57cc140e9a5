using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BookBuilder.Manuscript.Images;

/// <summary>
/// Where a figure or a table goes on the page: the class <c>here</c> (<c>![alt](x.png){.here}</c>,
/// <c>^^^ Caption {.here}</c>, <c>Table: Caption {.here}</c>) keeps it where the author put it;
/// without it, a numbered figure or table that does not fit in the rest of a page floats to the
/// top of the next one.
/// </summary>
internal static class Placement
{
    /// <summary>The class that keeps a figure or table in place.</summary>
    public const string HereClass = "here";

    /// <summary>Whether any of <paramref name="nodes"/> carries the class <c>here</c>.</summary>
    public static bool Here(params MarkdownObject?[] nodes) =>
        nodes.Any(n => n?.TryGetAttributes()?.Classes?.Contains(HereClass) == true);
}
