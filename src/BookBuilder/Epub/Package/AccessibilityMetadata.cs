using BookBuilder.Model;

namespace BookBuilder.Epub.Package;

/// <summary>What the package's accessibility claims rest on, beyond the pictures: the navigation the EPUB has.</summary>
/// <param name="PageBreakSource">The edition whose page breaks are marked, with a page list; null when none are.</param>
/// <param name="HasIndex">Whether the book has an index.</param>
internal sealed record AccessibleNavigation(string? PageBreakSource, bool HasIndex);

/// <summary>
/// The schema.org accessibility claims of the package. Only what the writer guarantees is
/// claimed; no conformance to a standard is claimed, because none was audited.
/// </summary>
internal static class AccessibilityMetadata
{
    /// <summary>Property/value pairs in the order they are written.</summary>
    public static IReadOnlyList<(string Property, string Value)> For(IReadOnlyList<BookImage> contentImages, AccessibleNavigation navigation)
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
        if (allAlt) list.Add(("schema:accessibilityFeature", "alternativeText"));
        if (navigation.HasIndex) list.Add(("schema:accessibilityFeature", "index"));
        if (navigation.PageBreakSource is not null)
        {
            list.Add(("schema:accessibilityFeature", "pageBreakMarkers"));
            list.Add(("schema:accessibilityFeature", "pageNavigation"));
        }
        list.Add(("schema:accessibilityHazard", "none"));
        list.Add(("schema:accessibilitySummary", Summary(hasImages, allAlt, navigation)));
        return list;
    }

    private static string Summary(bool hasImages, bool allAlt, AccessibleNavigation navigation)
    {
        var text = "The text is structured with headings, a table of contents and landmarks, in a logical reading order; "
            + "footnotes and glossary terms link both ways.";
        if (navigation.HasIndex) text += " An index links every place it names.";
        if (navigation.PageBreakSource is { } source)
            text += $" Page breaks are marked in the text and listed in a page list: those of the {source}.";
        if (!hasImages) return text + " The book has no images apart from the cover, which has a text description.";
        return allAlt
            ? text + " Every image has a text description."
            : text + " Some images lack a text description.";
    }
}
