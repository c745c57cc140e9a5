using BookBuilder.Plan;

namespace BookBuilder.Epub;

/// <summary>
/// The rules for what a course book adds at a chapter's edges: the key terms at its end and the
/// chapter's author and summary under its title; added to css/book.css only in a book that has
/// them, so that other books' style sheets stay as they were.
/// </summary>
internal static class LearningStyleSheet
{
    public const string KeyTermsCss = """

        /* Key terms: the glossary terms a chapter uses, at its end, each a link to its entry. */
        section.key-terms { margin-top: 2em; border-top: 1px solid; padding-top: 0.6em; }
        section.key-terms h2 { font-size: 1.1em; margin: 0 0 0.4em 0; }
        ul.key-terms-list { list-style: none; margin: 0; padding: 0; }
        ul.key-terms-list li { margin: 0.15em 0; }

        """;

    public const string BylineCss = """

        /* The author of a chapter, under its title. */
        p.chapter-author { text-align: center; text-indent: 0; font-style: italic; margin: -0.5em 0 1.5em 0; }

        """;

    /// <summary>The rules the book needs, or nothing.</summary>
    public static string For(BookPlan plan) =>
        (plan.Chapters.Any(c => c.KeyTerms is not null) ? KeyTermsCss : "") + (plan.Chapters.Any(c => c.Byline is not null) ? BylineCss : "");
}
