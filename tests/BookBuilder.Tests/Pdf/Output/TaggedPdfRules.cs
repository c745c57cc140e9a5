using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BookBuilder.Tests.Pdf.Output;

/// <summary>
/// The rules of tagged PDF and PDF/UA-1 that a book's PDF must keep, checked on the file (the
/// Matterhorn Protocol checkpoint each rule covers is named in brackets). Each returns the
/// breaches it finds, so a failing test lists them all.
/// </summary>
internal static class TaggedPdfRules
{
    /// <summary>Every rule below, breaches prefixed by the rule.</summary>
    public static List<string> Check(TaggedPdf pdf)
    {
        var breaches = new List<string>();
        breaches.AddRange(Catalog(pdf));
        breaches.AddRange(ContentIsTaggedOrArtifact(pdf));
        breaches.AddRange(ParentTreeAgreesWithTree(pdf));
        breaches.AddRange(HeadingsNest(pdf));
        breaches.AddRange(FiguresHaveAlt(pdf));
        breaches.AddRange(LinksAreTagged(pdf));
        breaches.AddRange(NotesHaveIds(pdf));
        breaches.AddRange(TableHeadersHaveScope(pdf));
        breaches.AddRange(ListsAreWellFormed(pdf));
        return breaches;
    }

    /// <summary>[06-001, 06-002, 06-003, 07-001, 11] Marked, XMP with the PDF/UA identifier and a title, DisplayDocTitle, language set.</summary>
    public static IEnumerable<string> Catalog(TaggedPdf pdf)
    {
        var c = pdf.Catalog.Elements;
        if (c.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked") != true) yield return "catalog: /MarkInfo /Marked is not true";
        if (c.GetDictionary("/ViewerPreferences")?.Elements.GetBoolean("/DisplayDocTitle") != true) yield return "catalog: no DisplayDocTitle";
        if (string.IsNullOrEmpty(c.GetString("/Lang"))) yield return "catalog: no /Lang";
        var xmp = pdf.Xmp();
        if (!xmp.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal)) yield return "XMP: no pdfuaid:part 1";
        if (!xmp.Contains("<dc:title>", StringComparison.Ordinal)) yield return "XMP: no dc:title";
        if (!xmp.Contains("<dc:language>", StringComparison.Ordinal)) yield return "XMP: no dc:language";
        if (pdf.Root.Children.Count != 1 || pdf.Root.Children[0].Role != "Document") yield return "tree: the root does not hold one Document";
    }

    /// <summary>
    /// [01-005] Every text shown and every picture drawn is in a marked-content
    /// sequence that is either an artifact or has an MCID; every MCID of a page is owned by exactly
    /// one structure element, and every MCID the tree names exists in the page's content.
    /// </summary>
    public static IEnumerable<string> ContentIsTaggedOrArtifact(TaggedPdf pdf)
    {
        var owners = new Dictionary<(int, int), string>();
        foreach (var node in pdf.Root.Descendants())
            foreach (var key in node.Content)
                if (!owners.TryAdd(key, node.Role)) yield return $"page {key.Page + 1}: MCID {key.Mcid} owned by {owners[key]} and {node.Role}";
        for (int p = 0; p < pdf.Pages.Count; p++)
        {
            var onPage = new HashSet<int>();
            foreach (var s in pdf.Pages[p])
            {
                if (s.Tag == "" && (s.TextShows > 0 || s.XObjects > 0)) yield return $"page {p + 1}: content outside any tag or artifact";
                if (s.Mcid is { } m)
                {
                    if (!onPage.Add(m)) yield return $"page {p + 1}: MCID {m} used twice";
                    if (!owners.ContainsKey((p, m))) yield return $"page {p + 1}: MCID {m} is in no structure element";
                    if (s.Artifact) yield return $"page {p + 1}: an artifact with MCID {m}";
                }
            }
            foreach (var (page, mcid) in owners.Keys.Where(k => k.Item1 == p))
                if (!onPage.Contains(mcid)) yield return $"page {p + 1}: the tree names MCID {mcid}, which the content lacks";
        }
    }

    /// <summary>The parent tree maps every MCID and annotation back to the element that holds it (ISO 32000-1, 14.7.4.4).</summary>
    public static IEnumerable<string> ParentTreeAgreesWithTree(TaggedPdf pdf)
    {
        var parents = pdf.ParentTreeContent();
        foreach (var node in pdf.Root.Descendants())
            foreach (var key in node.Content)
                if (!parents.TryGetValue(key, out var owner) || !ReferenceEquals(owner, node.Dict))
                    yield return $"parent tree: page {key.Page + 1} MCID {key.Mcid} does not point back to its {node.Role}";
        int mcids = pdf.Root.Descendants().Sum(n => n.Content.Count);
        if (parents.Count != mcids) yield return $"parent tree: {parents.Count} MCIDs, the tree {mcids}";
    }

    /// <summary>[14-002, 14-003] The first heading is H1 and no heading skips a level down.</summary>
    public static IEnumerable<string> HeadingsNest(TaggedPdf pdf)
    {
        int previous = 0;
        foreach (var node in pdf.Root.Descendants())
        {
            if (node.Role is not ("H1" or "H2" or "H3" or "H4" or "H5" or "H6")) continue;
            int level = node.Role[1] - '0';
            if (level > previous + 1) yield return $"headings: {node.Role} follows H{previous}";
            previous = level;
        }
        if (previous == 0) yield return "headings: none";
    }

    /// <summary>[13-004] Every figure has alternative text.</summary>
    public static IEnumerable<string> FiguresHaveAlt(TaggedPdf pdf) =>
        pdf.Root.Descendants().Where(n => n.Role == "Figure" && string.IsNullOrWhiteSpace(n.Dict.Elements.GetString("/Alt")))
            .Select(_ => "figure without /Alt");

    /// <summary>
    /// [28-011, 28-012] Every link annotation is held by a Link element (through
    /// OBJR and the parent tree), has /Contents, and its page has /Tabs /S.
    /// </summary>
    public static IEnumerable<string> LinksAreTagged(TaggedPdf pdf)
    {
        var held = new Dictionary<PdfDictionary, StructNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in pdf.Root.Descendants())
            foreach (var annot in node.Annotations) held[annot] = node;
        var nums = pdf.ParentTreeNums();
        for (int p = 0; p < pdf.Document.Pages.Count; p++)
        {
            var page = pdf.Document.Pages[p];
            var annots = page.Elements.GetArray("/Annots");
            if (annots is null) continue;
            if (page.Elements.GetName("/Tabs") != "/S") yield return $"page {p + 1}: annotations but no /Tabs /S";
            foreach (var item in annots.Elements)
            {
                var annot = (PdfDictionary)((PdfReference)item).Value;
                if (annot.Elements.GetName("/Subtype") != "/Link") continue;
                if (!held.TryGetValue(annot, out var node) || node.Role != "Link") { yield return $"page {p + 1}: a link annotation held by no Link element"; continue; }
                if (string.IsNullOrWhiteSpace(annot.Elements.GetString("/Contents"))) yield return $"page {p + 1}: a link without /Contents";
                var key = annot.Elements.GetInteger("/StructParent");
                if (!nums.TryGetValue(key, out var parent) || !ReferenceEquals(parent, node.Dict)) yield return $"page {p + 1}: a link's /StructParent does not lead to its Link";
            }
        }
    }

    /// <summary>[19-003, 19-004] Footnotes are Note elements with a unique /ID.</summary>
    public static IEnumerable<string> NotesHaveIds(TaggedPdf pdf)
    {
        var ids = new HashSet<string>();
        foreach (var note in pdf.Root.Descendants().Where(n => n.Role == "Note"))
        {
            var id = note.Dict.Elements.GetString("/ID");
            if (string.IsNullOrEmpty(id) || !ids.Add(id)) yield return $"a Note without a unique /ID ({id})";
        }
    }

    /// <summary>[15-003, 09-004 tables] Header cells say what they are headers of; cells are in rows, rows in tables.</summary>
    public static IEnumerable<string> TableHeadersHaveScope(TaggedPdf pdf)
    {
        foreach (var th in pdf.Root.Descendants().Where(n => n.Role == "TH"))
            if (th.Dict.Elements.GetDictionary("/A")?.Elements.GetName("/Scope") is not ("/Column" or "/Row")) yield return "a TH without /Scope";
        foreach (var cell in pdf.Root.Descendants().Where(n => n.Role is "TH" or "TD"))
            if (cell.Parent?.Role != "TR") yield return $"a {cell.Role} outside a TR";
        foreach (var row in pdf.Root.Descendants().Where(n => n.Role == "TR"))
            if (row.Parent?.Role is not ("Table" or "THead" or "TBody" or "TFoot")) yield return "a TR outside a Table";
    }

    /// <summary>[09-005 lists] List items are in lists and hold only a label and a body.</summary>
    public static IEnumerable<string> ListsAreWellFormed(TaggedPdf pdf)
    {
        foreach (var li in pdf.Root.Descendants().Where(n => n.Role == "LI"))
        {
            if (li.Parent?.Role != "L") yield return "an LI outside an L";
            if (li.Children.Any(c => c.Role is not ("Lbl" or "LBody"))) yield return "an LI with something other than Lbl and LBody";
        }
        foreach (var l in pdf.Root.Descendants().Where(n => n.Role == "L"))
            if (l.Children.Any(c => c.Role is not ("LI" or "L" or "Caption"))) yield return "an L with something other than list items";
    }
}
