using BookBuilder.Model;

namespace BookBuilder.Epub.Package;

/// <summary>
/// The schema.org accessibility claims of the package. Only what the writer guarantees is
/// claimed; no conformance to a standard is claimed, because none was audited.
/// </summary>
internal static class AccessibilityMetadata
{
    /// <summary>Property/value pairs in the order they are written.</summary>
    public static IReadOnlyList<(string Property, string Value)> For(IReadOnlyList<BookImage> contentImages)
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
        list.Add(("schema:accessibilityHazard", "none"));
        list.Add(("schema:accessibilitySummary", Summary(hasImages, allAlt)));
        return list;
    }

    private static string Summary(bool hasImages, bool allAlt)
    {
        var text = "The text is structured with headings, a table of contents and landmarks, in a logical reading order; "
            + "footnotes and glossary terms link both ways.";
        if (!hasImages) return text + " The book has no images apart from the cover, which has a text description.";
        return allAlt
            ? text + " Every image has a text description."
            : text + " Some images lack a text description.";
    }
}
