using BookBuilder.Plan;

namespace BookBuilder.Epub.Navigation;

/// <summary>A line of the EPUB's navigation: the plan's label and the page (and place) it opens.</summary>
/// <param name="Href">Target relative to OEBPS/.</param>
/// <param name="Entry">The contents entry it shows, where a page of the printed contents may begin.</param>
internal sealed record NavLink(string Label, string Href, IReadOnlyList<NavLink> Children, ContentsEntry? Entry = null);

/// <summary>
/// The plan's contents as links into the EPUB's files, for nav.xhtml and toc.ncx alike. A
/// division opens its page; a section or question the place on its page.
/// </summary>
internal static class NavTree
{
    public static IReadOnlyList<NavLink> Build(BookPlan plan, EpubFileMap map)
    {
        var links = plan.Contents.Select(e => Link(e, map, EpubFileMap.TitlePage)).ToList();
        // A nav list may not be empty; a book without divisions still has its title page.
        if (links.Count == 0) links.Add(new NavLink(plan.Metadata.FullTitle, EpubFileMap.TitlePage, []));
        return links;
    }

    private static NavLink Link(ContentsEntry entry, EpubFileMap map, string parentFile)
    {
        var division = entry.Kind is ContentsKind.Chapter or ContentsKind.FaqAppendix or ContentsKind.Glossary or ContentsKind.Index or ContentsKind.Solutions;
        var href = division
            ? map.DivisionFile(entry.TargetId) ?? parentFile
            : EpubFileMap.Href(parentFile, entry.TargetId, "");
        return new NavLink(entry.Label, href, entry.Children.Select(c => Link(c, map, href)).ToArray(), entry);
    }
}
