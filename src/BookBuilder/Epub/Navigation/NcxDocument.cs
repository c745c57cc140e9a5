using System.Globalization;
using System.Xml;
using BookBuilder.Epub.Content;
using BookBuilder.Model;

namespace BookBuilder.Epub.Navigation;

/// <summary>toc.ncx: the EPUB 2 table of contents, for reading systems that predate nav.xhtml.</summary>
internal static class NcxDocument
{
    private const string Ns = "http://www.daisy.org/z3986/2005/ncx/";

    public static byte[] Write(BookMetadata metadata, IReadOnlyList<NavLink> toc)
    {
        using var buffer = new MemoryStream();
        using (var x = XmlWriter.Create(buffer, XhtmlWriter.Settings(indent: true)))
        {
            x.WriteStartDocument();
            x.WriteStartElement("ncx", Ns);
            x.WriteAttributeString("version", "2005-1");
            x.WriteAttributeString("xml", "lang", null, metadata.Language);
            x.WriteStartElement("head", Ns);
            Meta(x, "dtb:uid", metadata.Identifier);
            Meta(x, "dtb:depth", Depth(toc).ToString(CultureInfo.InvariantCulture));
            Meta(x, "dtb:totalPageCount", "0");
            Meta(x, "dtb:maxPageNumber", "0");
            x.WriteEndElement();
            TextElement(x, "docTitle", metadata.FullTitle);
            foreach (var creator in metadata.Creators) TextElement(x, "docAuthor", creator.Name);
            x.WriteStartElement("navMap", Ns);
            var order = 0;
            foreach (var entry in toc) NavPoint(x, entry, ref order);
            x.WriteEndElement();
            x.WriteEndElement();
            x.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void NavPoint(XmlWriter x, NavLink entry, ref int order)
    {
        order++;
        var n = order.ToString(CultureInfo.InvariantCulture);
        x.WriteStartElement("navPoint", Ns);
        x.WriteAttributeString("id", "navpoint-" + n);
        x.WriteAttributeString("playOrder", n);
        TextElement(x, "navLabel", entry.Label);
        x.WriteStartElement("content", Ns);
        x.WriteAttributeString("src", entry.Href);
        x.WriteEndElement();
        foreach (var child in entry.Children) NavPoint(x, child, ref order);
        x.WriteEndElement();
    }

    private static void Meta(XmlWriter x, string name, string content)
    {
        x.WriteStartElement("meta", Ns);
        x.WriteAttributeString("name", name);
        x.WriteAttributeString("content", XhtmlWriter.Clean(content));
        x.WriteEndElement();
    }

    private static void TextElement(XmlWriter x, string name, string text)
    {
        x.WriteStartElement(name, Ns);
        x.WriteElementString("text", Ns, XhtmlWriter.Clean(text));
        x.WriteEndElement();
    }

    private static int Depth(IReadOnlyList<NavLink> entries) =>
        entries.Count == 0 ? 1 : 1 + entries.Max(e => e.Children.Count == 0 ? 0 : Depth(e.Children));
}
