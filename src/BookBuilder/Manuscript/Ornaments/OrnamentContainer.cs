using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Ornaments;

/// <summary>
/// <c>::: ornament</c> containers: the book's emoji dividers. Directly before a chapter or section
/// heading an ornament decorates it (see the chapter builder); anywhere else it stands alone.
/// </summary>
internal static class OrnamentContainer
{
    public static bool Is(CustomContainer cc) => string.Equals(cc.Info?.Trim(), "ornament", StringComparison.OrdinalIgnoreCase);

    public static bool Is(Markdig.Syntax.Block block) => block is CustomContainer cc && Is(cc);

    /// <summary>The text of an ornament container, or null (with a diagnostic) when it is empty.</summary>
    public static string? Text(CustomContainer cc, DivisionScope scope)
    {
        // An ornament reads nothing on its line: every attribute there is reported.
        var header = Callouts.ContainerHeader.Of(cc);
        var unread = Callouts.ContainerHeader.Unread(cc).Select(u => $"'{u}'").ToList();
        if (header.Title is not null) unread.Add("a title");
        if (header.Language is not null) unread.Add($"'lang={header.Language}'");
        foreach (var what in unread) scope.Diagnostics.Report(ContainerAttributeUnknown, scope.At(cc), "ornament", what, "nothing");
        var text = InputLocationException.At(scope.At(cc), () =>
            string.Concat(cc.OfType<Markdig.Syntax.ParagraphBlock>().Select(p => InlineText.Plain(scope.Inlines.Inlines(p.Inline, false))))).Trim();
        if (text.Length > 0) return text;
        scope.Diagnostics.Report(OrnamentEmpty, scope.At(cc));
        return null;
    }
}
