using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Package;

/// <summary>What the package's accessibility claims rest on, beyond the pictures: the navigation the EPUB has.</summary>
/// <param name="PageBreakSource">The edition whose page breaks are marked, with a page list; null when none are.</param>
/// <param name="HasIndex">Whether the book has an index.</param>
internal sealed record AccessibleNavigation(string? PageBreakSource, bool HasIndex);

/// <summary>
/// The schema.org accessibility claims of the package, made from what this book holds: a claim
/// about footnotes, glossary links or images appears only when the book has them and the writer
/// makes them so. No conformance to a standard is claimed, because none was audited.
/// </summary>
internal static class AccessibilityMetadata
{
    /// <summary>Property/value pairs in the order they are written.</summary>
    /// <param name="contentImages">The book's own images (not the cover or ornament pictures).</param>
    /// <param name="hasCover">Whether the EPUB has a cover picture (it always has a description).</param>
    public static IReadOnlyList<(string Property, string Value)> For(BookPlan plan, IReadOnlyList<BookImage> contentImages, bool hasCover, AccessibleNavigation navigation)
    {
        var hasImages = contentImages.Count > 0;
        var allAlt = contentImages.All(i => !string.IsNullOrWhiteSpace(i.Alt));
        var list = new List<(string, string)> { ("schema:accessMode", "textual") };
        if (hasImages) list.Add(("schema:accessMode", "visual"));
        list.Add(("schema:accessModeSufficient", "textual"));
        if (hasImages) list.Add(("schema:accessModeSufficient", "textual,visual"));
        list.Add(("schema:accessibilityFeature", "structuralNavigation"));
        list.Add(("schema:accessibilityFeature", "tableOfContents"));
        list.Add(("schema:accessibilityFeature", "readingOrder"));
        if (hasImages && allAlt) list.Add(("schema:accessibilityFeature", "alternativeText"));
        if (navigation.HasIndex) list.Add(("schema:accessibilityFeature", "index"));
        if (navigation.PageBreakSource is not null)
        {
            list.Add(("schema:accessibilityFeature", "pageBreakMarkers"));
            list.Add(("schema:accessibilityFeature", "pageNavigation"));
        }
        list.Add(("schema:accessibilityHazard", "none"));
        list.Add(("schema:accessibilitySummary", Summary(plan, hasImages, allAlt, hasCover, navigation)));
        return list;
    }

    private static string Summary(BookPlan plan, bool hasImages, bool allAlt, bool hasCover, AccessibleNavigation navigation)
    {
        var book = plan.Book;
        var text = "The text is structured with headings, a table of contents and landmarks, in a logical reading order.";
        var notes = book.Chapters.Sum(c => c.Footnotes.Count) + (book.Faq?.Footnotes.Count ?? 0) + (book.Glossary?.Footnotes.Count ?? 0);
        if (notes > 0) text += " Footnote references link to their notes, and each note links back to the text.";
        if (book.Glossary is { } glossary)
            text += glossary.Entries.Any(e => e.Uses.Count > 0)
                ? " Terms explained in the glossary link to their entries, and each entry links back to where the term is used."
                : " A glossary explains the book's terms.";
        if (navigation.HasIndex) text += " An index links every place it names.";
        if (navigation.PageBreakSource is { } source)
            text += $" Page breaks are marked in the text and listed in a page list: those of the {source}.";
        if (!hasImages)
            return text + (hasCover ? " The book has no images apart from the cover, which has a text description." : " The book has no images.");
        return allAlt
            ? text + " Every image has a text description."
            : text + " Some images lack a text description.";
    }
}
