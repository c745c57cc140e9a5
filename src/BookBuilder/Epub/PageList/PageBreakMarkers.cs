using BookBuilder.Plan;

namespace BookBuilder.Epub.PageList;

/// <summary>
/// The paged edition's pages as the EPUB marks them: where each page begins (the plan's
/// <see cref="PageMap"/>), the id of its marker, and, as the pages are written, the file each
/// marker landed in, for the page list. One per EPUB; none when the build laid out no paged edition.
/// </summary>
internal sealed class PageBreakMarkers
{
    private readonly PageMap? _map;
    private readonly Dictionary<PageBreak, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PageBreak, string> _files = new(ReferenceEqualityComparer.Instance);

    public PageBreakMarkers(BookPlan plan)
    {
        _map = plan.PageBreaks;
        if (_map is null) return;
        var taken = new HashSet<string>(plan.Book.Anchors.Keys, StringComparer.Ordinal);
        foreach (var page in _map.Pages)
        {
            // An id of its own: never one of the book's anchors, never twice.
            var id = "page-" + EpubFileMap.SafeName(page.Label);
            for (var n = 2; !taken.Add(id); n++) id = $"page-{EpubFileMap.SafeName(page.Label)}-{n}";
            _ids[page] = id;
        }
    }

    /// <summary>Whether the EPUB marks pages at all.</summary>
    public bool Any => _map is { Pages.Count: > 0 };

    /// <summary>The edition the pages are those of.</summary>
    public string? Source => _map?.Source;

    /// <summary>The pages that begin in <paramref name="node"/>'s text, by offset.</summary>
    public IReadOnlyList<PageBreak> In(object node) => _map?.In(node) ?? [];

    /// <summary>The id of a page's marker.</summary>
    public string IdOf(PageBreak page) => _ids[page];

    /// <summary>A page's marker was written into <paramref name="file"/>.</summary>
    public void Written(PageBreak page, string file) => _files.TryAdd(page, file);

    /// <summary>Every page whose marker was written, in page order, with its file and id.</summary>
    public IReadOnlyList<(PageBreak Page, string File, string Id)> Marked =>
        _map is null ? [] : _map.Pages.Where(_files.ContainsKey).Select(p => (p, _files[p], _ids[p])).ToArray();
}
