using System.Globalization;
using System.Security;
using System.Text;

namespace BookBuilder.Pdf.Output.Document;

/// <summary>
/// The document's XMP metadata packet: Dublin Core (title, the authors one per entry as
/// dc:creator and the other contributors (editors, translators...) as dc:contributor, description,
/// subjects, language, identifier, rights, publisher, date), the PDF and XMP
/// basic schemas (mirroring the Info dictionary), and the PDF/UA identification (pdfuaid:part 1).
/// </summary>
internal static class XmpMetadata
{
    public static byte[] Build(PdfDocumentInfo info, Guid documentId)
    {
        var x = new StringBuilder(2048);
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
         .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
         .Append("<rdf:Description rdf:about=\"\"\n xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
         .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n")
         .Append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");

        x.Append("<dc:format>application/pdf</dc:format>\n");
        x.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        var creators = info.Creators.Where(c => c.Role == "aut").ToArray();
        if (creators.Length == 0) creators = info.Creators.ToArray();
        if (creators.Length > 0)
        {
            x.Append("<dc:creator><rdf:Seq>");
            foreach (var c in creators) x.Append("<rdf:li>").Append(E(c.Name)).Append("</rdf:li>");
            x.Append("</rdf:Seq></dc:creator>\n");
        }
        var contributors = info.Creators.Except(creators).ToArray();
        if (contributors.Length > 0)
        {
            x.Append("<dc:contributor><rdf:Bag>");
            foreach (var c in contributors) x.Append("<rdf:li>").Append(E(c.Name)).Append("</rdf:li>");
            x.Append("</rdf:Bag></dc:contributor>\n");
        }
        if (!string.IsNullOrEmpty(info.Subject))
            x.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (info.Subjects.Count > 0)
        {
            x.Append("<dc:subject><rdf:Bag>");
            foreach (var s in info.Subjects) x.Append("<rdf:li>").Append(E(s)).Append("</rdf:li>");
            x.Append("</rdf:Bag></dc:subject>\n");
        }
        x.Append("<dc:language><rdf:Bag><rdf:li>").Append(E(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (!string.IsNullOrEmpty(info.Identifier)) x.Append("<dc:identifier>").Append(E(info.Identifier)).Append("</dc:identifier>\n");
        if (!string.IsNullOrEmpty(info.Rights))
            x.Append("<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(info.Rights)).Append("</rdf:li></rdf:Alt></dc:rights>\n");
        if (!string.IsNullOrEmpty(info.Publisher))
            x.Append("<dc:publisher><rdf:Bag><rdf:li>").Append(E(info.Publisher)).Append("</rdf:li></rdf:Bag></dc:publisher>\n");
        if (info.Date is { } date)
            x.Append("<dc:date><rdf:Seq><rdf:li>").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</rdf:li></rdf:Seq></dc:date>\n");

        x.Append("<pdf:Producer>").Append(E(info.Producer)).Append("</pdf:Producer>\n");
        if (!string.IsNullOrEmpty(info.Keywords)) x.Append("<pdf:Keywords>").Append(E(info.Keywords)).Append("</pdf:Keywords>\n");
        x.Append("<xmp:CreatorTool>").Append(E(info.Creator)).Append("</xmp:CreatorTool>\n");
        x.Append("<xmp:CreateDate>").Append(XmpDate(info.Created)).Append("</xmp:CreateDate>\n");
        x.Append("<xmp:ModifyDate>").Append(XmpDate(info.EffectiveModified)).Append("</xmp:ModifyDate>\n");
        x.Append("<xmp:MetadataDate>").Append(XmpDate(info.EffectiveModified)).Append("</xmp:MetadataDate>\n");
        x.Append("<xmpMM:DocumentID>uuid:").Append(documentId.ToString("D")).Append("</xmpMM:DocumentID>\n");
        x.Append("<xmpMM:InstanceID>uuid:").Append(documentId.ToString("D")).Append("</xmpMM:InstanceID>\n");
        x.Append("<pdfuaid:part>1</pdfuaid:part>\n");
        x.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    private static string E(string s) => SecurityElement.Escape(s) ?? "";

    private static string XmpDate(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
