using System.Text;
using BookBuilder.Pdf.Output.Syntax;

namespace BookBuilder.Pdf.Output.Document;

/// <summary>
/// A link annotation: the bounds of the link's spans on the page as /Rect, one quadrilateral per
/// line span as /QuadPoints, the link's text as /Contents (with the address when the text is not
/// the address), its key in the parent tree, and a URI action or a named destination.
/// </summary>
internal static class LinkAnnotations
{
    public static void Write(PdfFile file, PdfBuffer b, int number, PageLink link, int key, int page, string? text)
    {
        var r = link.Bounds;
        b.Clear();
        b.Raw("<</Type/Annot/Subtype/Link/Rect[").Num(r.Left).Space().Num(r.Bottom).Space().Num(r.Right).Space().Num(r.Top)
            .Raw("]/QuadPoints[");
        foreach (var s in link.Spans)
            b.Num(s.Left).Space().Num(s.Bottom).Space().Num(s.Right).Space().Num(s.Bottom).Space()
                .Num(s.Right).Space().Num(s.Top).Space().Num(s.Left).Space().Num(s.Top).Space();
        b.Raw("]/Border[0 0 0]/F 4/P ").Int(page).Raw(" 0 R/StructParent ").Int(key);
        var contents = text ?? link.Url ?? link.Target ?? "";
        if (link.Url is not null && text is not null && !text.Contains(link.Url, StringComparison.Ordinal)) contents = $"{text} ({link.Url})";
        b.Raw("/Contents").Text(contents);
        if (link.Url is not null) b.Raw("/A<</S/URI/URI").Text(AsciiUri(link.Url)).Raw(">>");
        else b.Raw("/Dest").Name(link.Target!);
        b.Raw(">>");
        file.Object(number, b);
    }

    /// <summary>A URI is 7-bit ASCII in PDF: other characters are percent-encoded as UTF-8.</summary>
    private static string AsciiUri(string url)
    {
        var sb = new StringBuilder(url.Length);
        foreach (var by in Encoding.UTF8.GetBytes(url))
        {
            if (by is > 0x20 and < 0x7F) sb.Append((char)by);
            else sb.Append('%').Append(by.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

}
