namespace BookBuilder.Pdf.Layout;

/// <summary>
/// The page labels of the anchors as the previous layout pass left them, and a record of every
/// one the text of a division asked for: the division needs laying out again only when one of
/// those answers changes. The first pass knows no page.
/// </summary>
public sealed class PageLookup(IReadOnlyDictionary<string, string> known)
{
    private readonly Dictionary<string, string?> _asked = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>No page known; nothing is recorded against it.</summary>
    public static PageLookup None => new(new Dictionary<string, string>());

    /// <summary>The label of the page anchor <paramref name="anchorId"/> is on, or null when it is not known yet.</summary>
    public string? PageOf(string anchorId)
    {
        var page = known.GetValueOrDefault(anchorId);
        lock (_gate) _asked[anchorId] = page;
        return page;
    }

    /// <summary>Whether nothing was asked: text that prints no page.</summary>
    public bool AskedNothing
    {
        get { lock (_gate) return _asked.Count == 0; }
    }

    /// <summary>Whether <paramref name="pages"/> gives every answer this lookup gave.</summary>
    public bool Agrees(IReadOnlyDictionary<string, string> pages)
    {
        lock (_gate)
            return _asked.All(kv => pages.GetValueOrDefault(kv.Key) == kv.Value);
    }
}
