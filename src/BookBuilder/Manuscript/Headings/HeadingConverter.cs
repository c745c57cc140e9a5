using System.Globalization;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Anchors;
using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using Markdig.Syntax;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using MdBlock = Markdig.Syntax.Block;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.Headings;

/// <summary>
/// Headings in the model: the title inlines of chapters, sections and questions (never empty),
/// the ids the anchor phase gave them, and headings below section level inside the text.
/// </summary>
internal static class HeadingConverter
{
    /// <summary>
    /// A heading's title. A heading with nothing readable in it (only spaces, a comment or removed
    /// HTML) is an error: it would give an empty entry in the contents and the outline.
    /// </summary>
    public static List<Model.Inline> Title(Markdig.Syntax.HeadingBlock h, DivisionScope scope)
    {
        var inlines = InputLocationException.At(scope.At(h), () => scope.Inlines.Inlines(h.Inline, linkGlossary: false));
        var plain = InlineText.Plain(inlines);
        if (!plain.Any(IsReadable)) scope.Diagnostics.Report(HeadingEmpty, scope.At(h));
        CheckLength("the heading", plain, scope.At(h), scope.Diagnostics);
        return inlines;
    }

    /// <summary>A ### to ###### heading in the text; a # or ## one cannot stand where blocks are converted.</summary>
    public static Model.Block? Subheading(Markdig.Syntax.HeadingBlock h, DivisionScope scope)
    {
        if (h.Level <= 2)
        {
            scope.Diagnostics.Report(HeadingMisplaced, scope.At(h), h.Level);
            return null;
        }
        return new Model.HeadingBlock(h.Level, IdOf(h, AnchorKind.Heading, scope), Title(h, scope)) { Source = scope.At(h) };
    }

    /// <summary>The id the anchor phase gave a heading, or a new one derived from its text.</summary>
    public static string IdOf(MdBlock block, AnchorKind kind, DivisionScope scope)
    {
        if (scope.Services.Index.IdOf(block) is { } id) return id;
        var label = block is LeafBlock { Inline: not null } leaf ? HeadingText.Of(leaf) : kind.ToString();
        return scope.Services.Anchors.AddDerived(Slugger.Slugify(label), kind.ToString().ToLowerInvariant(), kind, scope.DivisionId, label, scope.At(block));
    }

    /// <summary>A title longer than <see cref="InputLimits.TitleCharacters"/> is an error at its place.</summary>
    public static bool CheckLength(string what, string title, SourceSpan at, DiagnosticBag diagnostics)
    {
        var length = title.Trim().Length;
        if (length <= InputLimits.TitleCharacters) return true;
        diagnostics.Report(TitleTooLong, at, what, length, InputLimits.TitleCharacters);
        return false;
    }

    private static bool IsReadable(char c) =>
        !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control);
}
