using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BookBuilder.Manuscript.Headings;

/// <summary>
/// The plain text of a heading or a glossary term, as the book prints it: its inlines converted
/// as everywhere else (smart punctuation, entities, code, emphasis and link text), without
/// resolving anything, then read as plain text. The one function behind the ids and labels of
/// the anchor phase, so that a heading's label is the text of its title ("Tom &amp; Jerry" is
/// "Tom &amp; Jerry" in the contents and in the glossary's links back alike).
/// </summary>
internal static class HeadingText
{
    public static string Of(LeafBlock heading) => Of(heading.Inline);

    public static string Of(ContainerInline? inline) => InlineText.Plain(InlineConverter.TextOnly.Inlines(inline, linkGlossary: false)).Trim();
}
