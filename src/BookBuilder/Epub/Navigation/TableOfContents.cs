using System.Globalization;
using BookBuilder.Model;

namespace BookBuilder.Epub.Navigation;

/// <summary>
/// Builds the table of contents once: chapters with their sections, the FAQ with its questions,
/// and the glossary. Both the EPUB 3 nav and the EPUB 2 NCX are written from this tree.
/// </summary>
internal static class TableOfContents
{
    public static IReadOnlyList<TocEntry> Build(Book book, EpubFileMap map)
    {
        var entries = new List<TocEntry>();
        foreach (var chapter in book.Chapters)
        {
            var file = map.ChapterFile(chapter);
            var sections = chapter.Sections
                .Select(s => new TocEntry(SectionLabel(s), EpubFileMap.Href(file, s.Id, ""), []))
                .ToArray();
            entries.Add(new TocEntry(ChapterLabel(chapter), file, sections));
        }
        if (book.Faq is { } faq)
        {
            var questions = faq.Entries
                .Select(e => new TocEntry(NonEmpty(e.PlainQuestion, e.Id), EpubFileMap.Href(EpubFileMap.FaqPage, e.Id, ""), []))
                .ToArray();
            entries.Add(new TocEntry(NonEmpty(faq.PlainTitle, EpubLabels.Faq), EpubFileMap.FaqPage, questions));
        }
        if (book.Glossary is { } glossary)
            entries.Add(new TocEntry(NonEmpty(glossary.PlainTitle, EpubLabels.Glossary), EpubFileMap.GlossaryPage, []));
        // A nav list may not be empty; a book without divisions still has its title page.
        if (entries.Count == 0)
            entries.Add(new TocEntry(NonEmpty(book.Metadata.FullTitle, EpubLabels.TitlePage), EpubFileMap.TitlePage, []));
        return entries;
    }

    /// <summary>Numbered chapters show their number, as their heading does.</summary>
    public static string ChapterLabel(Chapter chapter)
    {
        var number = chapter.Number.ToString(CultureInfo.InvariantCulture);
        var title = chapter.PlainTitle.Trim();
        if (chapter.Kind != DivisionKind.Chapter) return NonEmpty(title, $"{EpubLabels.Chapter} {number}");
        return title.Length == 0 ? $"{EpubLabels.Chapter} {number}" : $"{number}. {title}";
    }

    private static string SectionLabel(Section section)
    {
        var title = section.PlainTitle.Trim();
        if (string.IsNullOrWhiteSpace(section.Number)) return NonEmpty(title, section.Id);
        return title.Length == 0 ? section.Number : $"{section.Number} {title}";
    }

    /// <summary>A label for navigation: the text trimmed, or the fallback when nothing is left.</summary>
    public static string NonEmpty(string text, string fallback) =>
        string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();
}
