namespace BookBuilder.Epub.Navigation;

/// <summary>One line of the table of contents, shared by nav.xhtml and toc.ncx.</summary>
/// <param name="Label">Plain-text label (never empty).</param>
/// <param name="Href">Target relative to OEBPS/.</param>
/// <param name="Children">Nested entries.</param>
internal sealed record TocEntry(string Label, string Href, IReadOnlyList<TocEntry> Children);
