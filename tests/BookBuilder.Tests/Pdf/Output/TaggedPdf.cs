using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BookBuilder.Tests.Pdf.Output;

/// <summary>A structure element as read back from a PDF.</summary>
internal sealed class StructNode(PdfDictionary dict, string role, StructNode? parent)
{
    public PdfDictionary Dict { get; } = dict;
    public string Role { get; } = role;
    public StructNode? Parent { get; } = parent;
    public List<StructNode> Children { get; } = [];
    /// <summary>Marked content owned: (page index, MCID).</summary>
    public List<(int Page, int Mcid)> Content { get; } = [];
    /// <summary>Annotations owned (object references through OBJR).</summary>
    public List<PdfDictionary> Annotations { get; } = [];

    public IEnumerable<StructNode> Descendants() => Children.SelectMany(c => new[] { c }.Concat(c.Descendants()));
}

/// <summary>
/// Reads a tagged PDF's logical structure with PDFsharp, independently of the writer: the
/// structure tree, the marked content of every page's content stream, the parent tree and the
/// link annotations. The checks of <see cref="TaggedPdfRules"/> run on it.
/// </summary>
internal sealed class TaggedPdf
{
    public required PdfDocument Document { get; init; }
    public required PdfDictionary Catalog { get; init; }
    public required StructNode Root { get; init; }
    /// <summary>Per page: the marked-content sequences of its content stream, in order.</summary>
    public required List<List<MarkedSequence>> Pages { get; init; }

    public static TaggedPdf Read(byte[] pdf)
    {
        var doc = PdfStructure.Open(pdf);
        var catalog = doc.Internals.Catalog;
        var pageIndex = new Dictionary<PdfDictionary, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < doc.Pages.Count; i++) pageIndex[doc.Pages[i]] = i;
        var treeRoot = catalog.Elements.GetDictionary("/StructTreeRoot") ?? throw new InvalidOperationException("no /StructTreeRoot");
        var root = new StructNode(treeRoot, "StructTreeRoot", null);
        foreach (var kid in Kids(treeRoot)) Walk(kid, root, null, pageIndex);
        var pages = new List<List<MarkedSequence>>();
        for (int i = 0; i < doc.Pages.Count; i++) pages.Add(MarkedSequence.Scan(PdfStructure.PageContent(pdf, i)));
        return new TaggedPdf { Document = doc, Catalog = catalog, Root = root, Pages = pages };
    }

    private static IEnumerable<PdfItem> Kids(PdfDictionary element)
    {
        var k = element.Elements["/K"];
        if (k is PdfReference r) k = r.Value;
        if (k is PdfArray a) return a.Elements.Select(e => e);
        return k is null ? [] : [k];
    }

    private static void Walk(PdfItem item, StructNode parent, PdfDictionary? page, Dictionary<PdfDictionary, int> pages)
    {
        if (item is PdfInteger mcid)
        {
            if (page is null) throw new InvalidOperationException($"MCID {mcid.Value} of a {parent.Role} without /Pg");
            parent.Content.Add((pages[page], mcid.Value));
            return;
        }
        var dict = (item is PdfReference r ? r.Value : item) as PdfDictionary ?? throw new InvalidOperationException($"unexpected kid {item}");
        var type = dict.Elements.GetName("/Type");
        if (type == "/MCR")
        {
            parent.Content.Add((pages[dict.Elements.GetDictionary("/Pg")!], dict.Elements.GetInteger("/MCID")));
            return;
        }
        if (type == "/OBJR")
        {
            parent.Annotations.Add(dict.Elements.GetDictionary("/Obj")!);
            return;
        }
        var node = new StructNode(dict, dict.Elements.GetName("/S").TrimStart('/'), parent);
        parent.Children.Add(node);
        var ownPage = dict.Elements.GetDictionary("/Pg") ?? page;
        foreach (var kid in Kids(dict)) Walk(kid, node, ownPage, pages);
    }

    /// <summary>The element that owns each (page, MCID), through the parent tree.</summary>
    public Dictionary<(int Page, int Mcid), PdfDictionary> ParentTreeContent()
    {
        var result = new Dictionary<(int, int), PdfDictionary>();
        var nums = ParentTreeNums();
        for (int i = 0; i < Document.Pages.Count; i++)
        {
            var page = Document.Pages[i];
            if (!page.Elements.ContainsKey("/StructParents")) continue;
            var key = page.Elements.GetInteger("/StructParents");
            if (!nums.TryGetValue(key, out var value) || value is not PdfArray array) continue;
            for (int m = 0; m < array.Elements.Count; m++)
                if (array.Elements[m] is PdfReference r && r.Value is PdfDictionary d) result[(i, m)] = d;
        }
        return result;
    }

    /// <summary>The parent tree's number → value pairs (flat or with /Kids).</summary>
    public Dictionary<int, PdfItem> ParentTreeNums()
    {
        var result = new Dictionary<int, PdfItem>();
        var tree = Catalog.Elements.GetDictionary("/StructTreeRoot")!.Elements.GetDictionary("/ParentTree")!;
        void Collect(PdfDictionary node)
        {
            if (node.Elements.GetArray("/Nums") is { } nums)
                for (int i = 0; i + 1 < nums.Elements.Count; i += 2)
                    result[nums.Elements.GetInteger(i)] = nums.Elements[i + 1] is PdfReference r ? r.Value : nums.Elements[i + 1];
            if (node.Elements.GetArray("/Kids") is { } kids)
                foreach (var kid in kids.Elements) Collect((PdfDictionary)((PdfReference)kid).Value);
        }
        Collect(tree);
        return result;
    }

    public string Xmp()
    {
        var metadata = Catalog.Elements.GetDictionary("/Metadata")!;
        return Encoding.UTF8.GetString(metadata.Stream.UnfilteredValue);
    }
}

/// <summary>One marked-content sequence of a content stream and what was drawn in it.</summary>
internal sealed record MarkedSequence(string Tag, int? Mcid, bool Artifact, int TextShows, int XObjects, int Depth)
{
    private static readonly Regex Token = new(
        @"/(?<tag>[A-Za-z0-9]+)\s*(?<props><<(?:\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>|[^<>()])*>>)?\s*BDC|/(?<btag>[A-Za-z0-9]+)\s*BMC|(?<emc>\bEMC\b)|(?<show>\bTJ\b|\bTj\b|')|(?<do>\bDo\b)|(?<string><[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))",
        RegexOptions.Compiled);

    /// <summary>
    /// The sequences of <paramref name="content"/>; text shown or objects drawn outside any
    /// sequence are reported as a sequence with an empty tag.
    /// </summary>
    public static List<MarkedSequence> Scan(string content)
    {
        var result = new List<MarkedSequence>();
        var stack = new List<(string Tag, int? Mcid, bool Artifact, int Shows, int Dos, int Index)>();
        foreach (Match m in Token.Matches(content))
        {
            if (m.Groups["string"].Success) continue;
            if (m.Groups["tag"].Success || m.Groups["btag"].Success)
            {
                var tag = m.Groups["tag"].Success ? m.Groups["tag"].Value : m.Groups["btag"].Value;
                int? mcid = null;
                var props = m.Groups["props"].Value;
                var mm = Regex.Match(props, @"/MCID\s+(\d+)");
                if (mm.Success) mcid = int.Parse(mm.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                stack.Add((tag, mcid, tag == "Artifact", 0, 0, result.Count));
                result.Add(null!);
            }
            else if (m.Groups["emc"].Success)
            {
                var top = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                result[top.Index] = new MarkedSequence(top.Tag, top.Mcid, top.Artifact, top.Shows, top.Dos, stack.Count);
            }
            else
            {
                bool show = m.Groups["show"].Success;
                if (stack.Count == 0)
                {
                    result.Add(new MarkedSequence("", null, false, show ? 1 : 0, show ? 0 : 1, 0));
                    continue;
                }
                // Counted on the sequence that decides ownership: the innermost with an MCID or an artifact.
                bool owned = false;
                for (int i = stack.Count - 1; i >= 0 && !owned; i--)
                {
                    if (stack[i].Mcid is null && !stack[i].Artifact) continue;
                    var s = stack[i];
                    stack[i] = show ? s with { Shows = s.Shows + 1 } : s with { Dos = s.Dos + 1 };
                    owned = true;
                }
                if (!owned) result.Add(new MarkedSequence("", null, false, show ? 1 : 0, show ? 0 : 1, stack.Count));
            }
        }
        if (stack.Count > 0) throw new InvalidOperationException("unbalanced marked content: " + string.Join(",", stack.Select(s => s.Tag)));
        return result;
    }
}
