namespace BookBuilder.Epub.Package;

/// <summary>
/// One publication resource: its manifest entry, its bytes and whether it is read in the spine.
/// </summary>
/// <param name="Id">Manifest id (an XML name).</param>
/// <param name="Href">Path relative to OEBPS/.</param>
/// <param name="MediaType">Media type of the bytes.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Properties">Manifest properties such as "nav" or "cover-image", or null.</param>
/// <param name="InSpine">Whether the item is a page of the reading order.</param>
internal sealed record EpubItem(string Id, string Href, string MediaType, byte[] Content, string? Properties = null, bool InSpine = false)
{
    public const string Xhtml = "application/xhtml+xml";

    /// <summary>Already-compressed formats are stored; deflating them again only costs time.</summary>
    public bool Compressible => MediaType is not ("image/png" or "image/jpeg" or "image/gif");
}
