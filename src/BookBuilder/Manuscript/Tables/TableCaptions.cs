using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Sources;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Tables;

/// <summary>
/// Table captions as pandoc writes them: a paragraph that starts with <c>Table:</c> directly
/// after its table, or directly before it when the table has none after it. An explicit id
/// (<c>{#tbl-rivers}</c> at the end of the line) names the table. Paired in the anchor phase, so
/// that every table knows its caption (and id) before any text is converted.
/// </summary>
internal static class TableCaptions
{
    public const string Prefix = "Table:";

    /// <summary>Whether <paramref name="block"/> is a caption paragraph ("Table: ...").</summary>
    public static bool IsCaption(Block block) =>
        block is ParagraphBlock { Inline.FirstChild: LiteralInline first } && first.Content.AsSpan().StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The caption's text without the "Table:" it starts with.</summary>
    public static string WithoutPrefix(string text) =>
        text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].TrimStart() : text;

    /// <summary>
    /// Pairs the caption paragraphs of <paramref name="document"/> with their tables; a caption
    /// with no table beside it, or a second caption of a table, is an error.
    /// </summary>
    public static void Pair(MarkdownDocument document, string file, Dictionary<Table, ParagraphBlock> captionOf, HashSet<ParagraphBlock> captions, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<ContainerBlock>().Prepend(document))
        {
            for (var i = 0; i < container.Count; i++)
            {
                if (!IsCaption(container[i])) continue;
                var caption = (ParagraphBlock)container[i];
                captions.Add(caption);
                if (i > 0 && container[i - 1] is Table before)
                {
                    if (captionOf.TryAdd(before, caption)) continue;
                    diagnostics.Report(TableCaptionTwice, ManuscriptParser.At(file, caption));
                }
                else if (i + 1 < container.Count && container[i + 1] is Table after)
                    captionOf.TryAdd(after, caption);
                else
                    diagnostics.Report(TableCaptionWithoutTable, ManuscriptParser.At(file, caption));
            }
        }
    }
}
