using System.Xml;
using BookBuilder.Epub.Content;

namespace BookBuilder.Epub.Package;

/// <summary>META-INF/container.xml: tells reading systems where the package document is.</summary>
internal static class ContainerDocument
{
    public const string Path = "META-INF/container.xml";
    private const string Ns = "urn:oasis:names:tc:opendocument:xmlns:container";

    public static byte[] Write()
    {
        using var buffer = new MemoryStream();
        using (var x = XmlWriter.Create(buffer, XhtmlWriter.Settings(indent: true)))
        {
            x.WriteStartDocument();
            x.WriteStartElement("container", Ns);
            x.WriteAttributeString("version", "1.0");
            x.WriteStartElement("rootfiles", Ns);
            x.WriteStartElement("rootfile", Ns);
            x.WriteAttributeString("full-path", PackageDocument.Path);
            x.WriteAttributeString("media-type", "application/oebps-package+xml");
            x.WriteEndElement();
            x.WriteEndElement();
            x.WriteEndElement();
            x.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
