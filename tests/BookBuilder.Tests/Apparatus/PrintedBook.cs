using System.Globalization;
using BookBuilder.Pdf.Paging;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Tokens;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace BookBuilder.Tests.Apparatus;

/// <summary>
/// A PDF edition read back as a reader meets it: each page's label (as the PDF's page labels
/// say), its text, and its links with the name of their destination, the page it is on, and the
/// text printed where the link is.
/// </summary>
internal sealed class PrintedBook
{
    /// <summary>A link on a page: the named destination, the 0-based page it leads to, the text under it, and the top of its area (PDF units, from the bottom).</summary>
    public sealed record Link(string? Destination, int TargetPage, string Text, double Top = 0);

    public PrintedBook(byte[] pdf)
    {
        (Labels, Destinations) = ReadCatalog(pdf);
        using var doc = PigDocument.Open(pdf);
        var texts = new List<string>();
        var links = new List<IReadOnlyList<Link>>();
        var words = new List<IReadOnlyList<(string, double)>>();
        foreach (var page in doc.GetPages())
        {
            var pageWords = page.GetWords().ToList();
            texts.Add(string.Join(" ", pageWords.Select(w => w.Text)));
            words.Add(pageWords.Select(w => (w.Text, w.BoundingBox.Bottom)).ToList());
            var onPage = new List<Link>();
            foreach (var a in page.GetAnnotations())
            {
                if (a.Action is not GoToAction go) continue;
                // The link's line spans (/QuadPoints) where it has them: a link broken over two
                // lines has a rectangle that also covers the words beside it.
                var areas = Areas(a.AnnotationDictionary) ?? [(a.Rectangle.Left, a.Rectangle.Bottom, a.Rectangle.Right, a.Rectangle.Top)];
                var under = string.Concat(page.Letters.Where(l =>
                {
                    var (x, y) = (l.BoundingBox.Centroid.X, l.BoundingBox.Centroid.Y);
                    return areas.Any(r => x >= r.Left - 0.5 && x <= r.Right + 0.5 && y >= r.Bottom - 0.5 && y <= r.Top + 0.5);
                }).Select(l => l.Value));
                onPage.Add(new Link(DestinationName(a.AnnotationDictionary), go.Destination.PageNumber - 1, under, a.Rectangle.Top));
            }
            links.Add(onPage);
        }
        Texts = texts;
        Words = words;
        Links = links;
    }

    /// <summary>The label of each page (0-based), e.g. "iii" or "12".</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The 0-based page of every named destination (anchor).</summary>
    public IReadOnlyDictionary<string, int> Destinations { get; }

    /// <summary>The words of each page, separated by spaces.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>The words of each page with the bottom of each (PDF units, from the bottom of the page).</summary>
    public IReadOnlyList<IReadOnlyList<(string Text, double Bottom)>> Words { get; }

    /// <summary>
    /// Where the "Key terms" heading of page <paramref name="page"/> stands (the bottom of its
    /// words), or null when the page has none: the links below it are a chapter's key terms.
    /// </summary>
    public double? KeyTermsHeading(int page)
    {
        var words = Words[page];
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i].Text == "Key" && words[i + 1].Text == "terms") return words[i].Bottom;
        return null;
    }

    /// <summary>
    /// The links of page <paramref name="page"/> in the text, not in a list of key terms: those
    /// above a "Key terms" heading, none on a page that a list running over from the page before
    /// fills (a chapter's key terms close it: such a page is not one that opens a division,
    /// <paramref name="openings"/>).
    /// </summary>
    public IEnumerable<Link> TextLinks(int page, ISet<int> openings)
    {
        if (KeyTermsHeading(page) is { } y) return Links[page].Where(l => l.Top > y);
        for (var p = page - 1; p >= 0 && !openings.Contains(p + 1); p--)
            if (KeyTermsHeading(p) is not null) return [];
        return Links[page];
    }

    /// <summary>The internal links of each page.</summary>
    public IReadOnlyList<IReadOnlyList<Link>> Links { get; }

    /// <summary>The 0-based index of the page labelled <paramref name="label"/>.</summary>
    public int IndexOf(string label) => Labels.ToList().IndexOf(label);

    /// <summary>The bounding boxes of an annotation's quadrilaterals, or null when it has none.</summary>
    private static List<(double Left, double Bottom, double Right, double Top)>? Areas(DictionaryToken annotation)
    {
        if (!annotation.TryGet(NameToken.Create("QuadPoints"), out var token) || token is not ArrayToken array || array.Length < 8) return null;
        var n = array.Data.OfType<NumericToken>().Select(t => t.Double).ToArray();
        var areas = new List<(double, double, double, double)>();
        for (var i = 0; i + 7 < n.Length; i += 8)
        {
            double[] xs = [n[i], n[i + 2], n[i + 4], n[i + 6]], ys = [n[i + 1], n[i + 3], n[i + 5], n[i + 7]];
            areas.Add((xs.Min(), ys.Min(), xs.Max(), ys.Max()));
        }
        return areas;
    }

    private static string? DestinationName(DictionaryToken annotation)
    {
        if (annotation.TryGet(NameToken.Dest, out var dest)) return Name(dest);
        if (annotation.TryGet(NameToken.A, out var action) && action is DictionaryToken a && a.TryGet(NameToken.D, out var d)) return Name(d);
        return null;
    }

    private static string? Name(IToken token) => token switch
    {
        NameToken n => n.Data,
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    /// <summary>
    /// The page labels from the catalog's /PageLabels number tree (ranges of roman or arabic
    /// numbers), and the named destinations from /Dests or the /Names tree.
    /// </summary>
    private static (IReadOnlyList<string>, IReadOnlyDictionary<string, int>) ReadCatalog(byte[] pdf)
    {
        using var doc = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var pageIndex = new Dictionary<PdfDictionary, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < doc.PageCount; i++) pageIndex[doc.Pages[i]] = i;
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string name, PdfItem? value)
        {
            var array = (value as PdfReference)?.Value as PdfArray ?? value as PdfArray ?? ((value as PdfReference)?.Value as PdfDictionary)?.Elements.GetArray("/D");
            if (array?.Elements[0] is PdfReference { Value: PdfDictionary page } && pageIndex.TryGetValue(page, out var index)) destinations[name] = index;
        }
        if (doc.Internals.Catalog.Elements.GetDictionary("/Dests") is { } dests)
            foreach (var key in dests.Elements.Keys) Add(key.TrimStart('/'), dests.Elements[key]);
        void Tree(PdfDictionary? node)
        {
            if (node is null) return;
            if (node.Elements.GetArray("/Names") is { } names)
                for (var i = 0; i + 1 < names.Elements.Count; i += 2) Add(names.Elements.GetString(i), names.Elements[i + 1]);
            if (node.Elements.GetArray("/Kids") is { } kids)
                foreach (var kid in kids.Elements) Tree((kid as PdfReference)?.Value as PdfDictionary);
        }
        Tree(doc.Internals.Catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/Dests"));
        var nums = doc.Internals.Catalog.Elements.GetDictionary("/PageLabels")!.Elements.GetArray("/Nums")!;
        var starts = new List<(int Page, string Style, int First)>();
        for (var i = 0; i + 1 < nums.Elements.Count; i += 2)
        {
            var range = nums.Elements.GetDictionary(i + 1)!;
            var first = range.Elements.ContainsKey("/St") ? range.Elements.GetInteger("/St") : 1;
            starts.Add((nums.Elements.GetInteger(i), range.Elements.GetName("/S"), first));
        }
        var labels = new List<string>();
        for (var p = 0; p < doc.PageCount; p++)
        {
            var (start, style, firstNumber) = starts.Last(s => s.Page <= p);
            var n = firstNumber + p - start;
            labels.Add(style == "/r" ? PageLabels.Roman(n) : n.ToString(CultureInfo.InvariantCulture));
        }
        return (labels, destinations);
    }
}
