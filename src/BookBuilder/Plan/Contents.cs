using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>What a line of the contents leads to.</summary>
public enum ContentsKind { Chapter, Section, FaqAppendix, Question, Glossary, Index, Solutions }

/// <summary>
/// One line of the table of contents, and of every navigation made from it (the EPUB's nav and
/// NCX, the PDF's contents pages and outline): the number and title, and the one plain label
/// ("2 History", "2.1 Soviet Support") every navigation shows.
/// </summary>
/// <param name="Number">"2" for a chapter, "2.1" for a section; null for unnumbered divisions.</param>
/// <param name="Title">The title as printed.</param>
/// <param name="Label">Number and title as plain text, never empty.</param>
public sealed record ContentsEntry(ContentsKind Kind, string TargetId, string? Number, IReadOnlyList<Inline> Title, string Label, IReadOnlyList<ContentsEntry> Children);

/// <summary>The title page: what book.yml says, the byline made once for every edition.</summary>
/// <param name="Byline">The authors (role aut), else every creator, joined; empty when there is none.</param>
public sealed record TitlePagePlan(string Title, string? Subtitle, string? Ornament, string Byline, string? Publisher)
{
    /// <summary>The series the book belongs to, as the title page names it ("Rivers of the World, book 2"), or null.</summary>
    public string? Series { get; init; }
}

/// <summary>The copyright page: a heading, then paragraphs of lines.</summary>
public sealed record CopyrightPlan(string Title, IReadOnlyList<IReadOnlyList<string>> Paragraphs);
