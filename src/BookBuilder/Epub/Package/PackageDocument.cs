using System.Globalization;
using System.Xml;
using BookBuilder.Epub.Content;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Package;

/// <summary>OEBPS/content.opf: metadata, manifest and spine.</summary>
internal static class PackageDocument
{
    public const string Path = "OEBPS/content.opf";
    private const string Opf = "http://www.idpf.org/2007/opf";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    /// <param name="items">Every resource except the package document itself, spine items in reading order.</param>
    /// <param name="contentImages">The book's own images (not the cover), for the accessibility claims.</param>
    /// <param name="navigation">The navigation the accessibility claims name (a page list, an index).</param>
    public static byte[] Write(BookPlan plan, IReadOnlyList<EpubItem> items, IReadOnlyList<BookImage> contentImages,
        DateTimeOffset modified, string? coverImageId, string ncxId, AccessibleNavigation? navigation = null)
    {
        using var buffer = new MemoryStream();
        using (var x = XmlWriter.Create(buffer, XhtmlWriter.Settings(indent: true)))
        {
            x.WriteStartDocument();
            x.WriteStartElement("package", Opf);
            x.WriteAttributeString("version", "3.0");
            x.WriteAttributeString("unique-identifier", "pub-id");
            x.WriteAttributeString("xml", "lang", null, plan.Metadata.Language);

            x.WriteStartElement("metadata", Opf);
            x.WriteAttributeString("xmlns", "dc", null, Dc);
            Metadata(x, plan, contentImages, modified, coverImageId, navigation ?? new AccessibleNavigation(null, false));
            x.WriteEndElement();

            x.WriteStartElement("manifest", Opf);
            foreach (var item in items)
            {
                x.WriteStartElement("item", Opf);
                x.WriteAttributeString("id", item.Id);
                x.WriteAttributeString("href", item.Href);
                x.WriteAttributeString("media-type", item.MediaType);
                if (item.Properties is not null) x.WriteAttributeString("properties", item.Properties);
                x.WriteEndElement();
            }
            x.WriteEndElement();

            x.WriteStartElement("spine", Opf);
            x.WriteAttributeString("toc", ncxId);
            foreach (var item in items.Where(i => i.InSpine))
            {
                x.WriteStartElement("itemref", Opf);
                x.WriteAttributeString("idref", item.Id);
                x.WriteEndElement();
            }
            x.WriteEndElement();

            x.WriteEndElement();
            x.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    /// <summary>The dcterms:modified form: UTC to the second with a Z.</summary>
    public static string ModifiedValue(DateTimeOffset modified) =>
        modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Metadata(XmlWriter x, BookPlan plan, IReadOnlyList<BookImage> contentImages,
        DateTimeOffset modified, string? coverImageId, AccessibleNavigation navigation)
    {
        var m = plan.Metadata;
        DcElement(x, "identifier", m.Identifier, "pub-id");
        if (m.Isbn is { } isbn)
        {
            // The ISBN as a URN of its digits alone; ONIX code list 5 says which kind (15: ISBN-13, 02: ISBN-10).
            var digits = new string(isbn.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
            DcElement(x, "identifier", "urn:isbn:" + digits, "isbn");
            Meta(x, "identifier-type", digits.Length == 13 ? "15" : "02", refines: "isbn", scheme: "onix:codelist5");
        }
        DcElement(x, "title", m.Title, "title");
        Meta(x, "title-type", "main", refines: "title");
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            DcElement(x, "title", m.Subtitle, "subtitle");
            Meta(x, "title-type", "subtitle", refines: "subtitle");
        }
        DcElement(x, "language", m.Language);
        if (m.Series is { } series)
        {
            Meta(x, "belongs-to-collection", series.Name, id: "series");
            Meta(x, "collection-type", "series", refines: "series");
            if (series.Number is { } position) Meta(x, "group-position", position.ToString(CultureInfo.InvariantCulture), refines: "series");
        }
        for (var i = 0; i < m.Creators.Count; i++)
        {
            var creator = m.Creators[i];
            var id = "creator-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            DcElement(x, "creator", creator.Name, id);
            Meta(x, "role", string.IsNullOrWhiteSpace(creator.Role) ? "aut" : creator.Role, refines: id, scheme: "marc:relators");
            // Only the author's own sort name: turning "The Open Source Way contributors" into
            // "contributors, The Open Source Way" is worse than none, and names are not all "First Last".
            if (!string.IsNullOrWhiteSpace(creator.FileAs)) Meta(x, "file-as", creator.FileAs, refines: id);
            if (m.Creators.Count > 1) Meta(x, "display-seq", (i + 1).ToString(CultureInfo.InvariantCulture), refines: id);
        }
        if (!string.IsNullOrWhiteSpace(m.Publisher)) DcElement(x, "publisher", m.Publisher);
        if (!string.IsNullOrWhiteSpace(m.Rights)) DcElement(x, "rights", m.Rights);
        if (!string.IsNullOrWhiteSpace(m.Description)) DcElement(x, "description", m.Description);
        foreach (var subject in m.Subjects.Where(s => !string.IsNullOrWhiteSpace(s))) DcElement(x, "subject", subject);
        DcElement(x, "date", m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // The source of the page breaks, as EPUB 3 names it: a dc:source refined as the source of the
        // pagination (what Ace's epub-pagesource rule looks for). The newer a11y:pageBreakSource
        // property is not written: EPUBCheck 4.2.6 and 5.1 reject it as undefined (OPF-027).
        if (navigation.PageBreakSource is { } source)
        {
            DcElement(x, "source", source, "page-source");
            Meta(x, "source-of", "pagination", refines: "page-source");
        }
        Meta(x, "dcterms:modified", ModifiedValue(modified));
        foreach (var (property, value) in AccessibilityMetadata.For(plan, contentImages, coverImageId is not null, navigation)) Meta(x, property, value);
        if (coverImageId is not null)
        {
            // EPUB 2 reading systems find the cover only through this legacy meta.
            x.WriteStartElement("meta", Opf);
            x.WriteAttributeString("name", "cover");
            x.WriteAttributeString("content", coverImageId);
            x.WriteEndElement();
        }
    }

    private static void DcElement(XmlWriter x, string name, string value, string? id = null)
    {
        x.WriteStartElement("dc", name, Dc);
        if (id is not null) x.WriteAttributeString("id", id);
        x.WriteString(XhtmlWriter.Clean(value));
        x.WriteEndElement();
    }

    private static void Meta(XmlWriter x, string property, string value, string? refines = null, string? scheme = null, string? id = null)
    {
        x.WriteStartElement("meta", Opf);
        if (id is not null) x.WriteAttributeString("id", id);
        if (refines is not null) x.WriteAttributeString("refines", "#" + refines);
        x.WriteAttributeString("property", property);
        if (scheme is not null) x.WriteAttributeString("scheme", scheme);
        x.WriteString(XhtmlWriter.Clean(value));
        x.WriteEndElement();
    }
}
