using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Pdf.Output.Syntax;

namespace BookBuilder.Pdf.Output.Tagging;

/// <summary>
/// The logical structure of the document, built from the pages' structure events in page order:
/// one structure element per tag (a tag met again on a later page continues its element), marked
/// content and link annotations as their kids, a footnote placed right after the block that calls
/// it, heading levels that never skip one. Written as /StructTreeRoot with its parent tree (MCID and annotation back to element) and
/// ID tree (footnotes).
/// </summary>
internal sealed class StructureTree
{
    private sealed class Element(StructRole role, StructTag? tag, Element? parent)
    {
        public StructRole Role { get; } = role;
        public StructTag? Tag { get; } = tag;
        public Element? Parent { get; set; } = parent;
        public List<object> Kids { get; } = [];
        public int Number { get; set; }
        public int Page { get; set; } = -1;
        /// <summary>For a block that calls footnotes: the last note placed after it.</summary>
        public Element? LastNoteAfter { get; set; }
    }

    private readonly record struct ContentKid(int Page, int Mcid);
    private readonly record struct AnnotationKid(int Page, int Object);

    private readonly Element _root = new(StructRole.Document, null, null);
    private readonly Dictionary<StructTag, Element> _elements = [];
    private readonly Dictionary<string, Element> _callers = new(StringComparer.Ordinal);
    private readonly List<Element?[]> _pageContent = [];
    private readonly List<(int Key, Element Element)> _annotations = [];
    private int _pageCount;
    private int _lastHeading;

    /// <summary>
    /// Adds the events of the next page; <paramref name="annotationObjects"/> are its link
    /// annotations' object numbers. Returns each annotation's key in the parent tree, taken from
    /// <paramref name="nextKey"/> on.
    /// </summary>
    public IReadOnlyList<int> AddPage(PageResult page, IReadOnlyList<int> annotationObjects, ref int nextKey)
    {
        var annotationKeys = new int[annotationObjects.Count];
        int index = _pageCount++;
        var owners = new Element?[page.McidCount];
        _pageContent.Add(owners);
        var stack = new List<Element> { _root };
        foreach (var e in page.Events)
        {
            switch (e.Kind)
            {
                case StructEventKind.Begin:
                    stack.Add(Open(e.Tag!, stack));
                    break;
                case StructEventKind.End:
                    var el = _elements[e.Tag!];
                    int at = stack.LastIndexOf(el);
                    if (at > 0) stack.RemoveRange(at, stack.Count - at);
                    break;
                case StructEventKind.Content:
                    var owner = e.Tag is null ? _root : _elements[e.Tag];
                    owner.Kids.Add(new ContentKid(index, e.Number));
                    if (owner.Page < 0) owner.Page = index;
                    owners[e.Number] = owner;
                    break;
                case StructEventKind.Annotation:
                    var link = _elements[e.Tag!];
                    link.Kids.Add(new AnnotationKid(index, annotationObjects[e.Number]));
                    if (link.Page < 0) link.Page = index;
                    int key = nextKey++;
                    annotationKeys[e.Number] = key;
                    _annotations.Add((key, link));
                    break;
            }
        }
        return annotationKeys;
    }

    private Element Open(StructTag tag, List<Element> stack)
    {
        if (_elements.TryGetValue(tag, out var existing)) return existing;
        var parent = stack[^1];
        var role = tag.Role;
        if (role.IsHeading())
        {
            // PDF/UA forbids skipping heading levels (a #### straight after a ##): such a heading is
            // tagged one level below the heading before it.
            role = StructRoles.Heading(Math.Min(role.HeadingLevel(), _lastHeading + 1));
            _lastHeading = role.HeadingLevel();
        }
        var element = new Element(role, tag, parent);
        _elements[tag] = element;
        if (tag.Role == StructRole.Note && tag.NoteId is not null && _callers.TryGetValue(tag.NoteId, out var caller) && caller.Parent is { } home)
        {
            // Reading order: the note comes right after the block that calls it (after notes already placed there).
            var after = caller.LastNoteAfter ?? caller;
            int at = home.Kids.IndexOf(after);
            element.Parent = home;
            home.Kids.Insert(at + 1, element);
            caller.LastNoteAfter = element;
            return element;
        }
        if (tag.Role == StructRole.Reference && tag.NoteId is not null)
        {
            for (int i = stack.Count - 1; i > 0; i--)
                if (stack[i].Role.IsBlock()) { _callers.TryAdd(tag.NoteId, stack[i]); break; }
        }
        parent.Kids.Add(element);
        return element;
    }

    /// <summary>Writes the tree; returns the /StructTreeRoot object number.</summary>
    public int Write(PdfFile file, IReadOnlyList<int> pageObjects, int nextKey)
    {
        Prune(_root);
        var all = new List<Element>();
        Number(_root, file, all);
        int rootNumber = file.Reserve();
        int parentTree = file.Reserve();
        _root.Parent = null;
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var b = new PdfBuffer(1024);
        foreach (var el in all)
        {
            b.Clear();
            b.Raw("<</Type/StructElem/S/").Raw(el.Role.PdfName()).Raw("/P ").Int(el.Parent?.Number ?? rootNumber).Raw(" 0 R");
            if (el.Page >= 0) b.Raw("/Pg ").Int(pageObjects[el.Page]).Raw(" 0 R");
            if (el.Tag is { } tag)
            {
                if (tag.Alt is not null) b.Raw("/Alt").Text(tag.Alt);
                if (tag.ActualText is not null) b.Raw("/ActualText").Text(tag.ActualText);
                if (tag.Lang is not null) b.Raw("/Lang").Text(tag.Lang);
                if (tag.Scope is not null) b.Raw("/A<</O/Table/Scope/").Raw(tag.Scope).Raw(">>");
                if (tag.Role == StructRole.Note && tag.NoteId is not null && ids.TryAdd(tag.NoteId, el.Number)) b.Raw("/ID").Text(tag.NoteId);
            }
            b.Raw("/K[");
            foreach (var kid in el.Kids)
            {
                switch (kid)
                {
                    case Element child: b.Int(child.Number).Raw(" 0 R "); break;
                    case ContentKid c when c.Page == el.Page: b.Int(c.Mcid).Space(); break;
                    case ContentKid c: b.Raw("<</Type/MCR/Pg ").Int(pageObjects[c.Page]).Raw(" 0 R/MCID ").Int(c.Mcid).Raw(">> "); break;
                    case AnnotationKid a: b.Raw("<</Type/OBJR/Obj ").Int(a.Object).Raw(" 0 R/Pg ").Int(pageObjects[a.Page]).Raw(" 0 R>> "); break;
                }
            }
            b.Raw("]>>");
            file.Object(el.Number, b);
        }

        b.Clear();
        b.Raw("<</Nums[");
        for (int p = 0; p < _pageContent.Count; p++)
        {
            if (_pageContent[p].Length == 0) continue;
            b.Int(p).Raw("[");
            foreach (var owner in _pageContent[p]) b.Int(owner!.Number).Raw(" 0 R ");
            b.Raw("]\n");
        }
        foreach (var (key, element) in _annotations) b.Int(key).Space().Int(element.Number).Raw(" 0 R\n");
        b.Raw("]>>");
        file.Object(parentTree, b);

        b.Clear();
        b.Raw("<</Type/StructTreeRoot/K ").Int(_root.Number).Raw(" 0 R/ParentTree ").Int(parentTree).Raw(" 0 R/ParentTreeNextKey ").Int(nextKey);
        if (ids.Count > 0)
        {
            b.Raw("/IDTree<</Names[");
            foreach (var (id, number) in ids) b.Text(id).Space().Int(number).Raw(" 0 R ");
            b.Raw("]>>");
        }
        b.Raw(">>");
        file.Object(rootNumber, b);
        return rootNumber;
    }

    /// <summary>Whether page <paramref name="page"/> has marked content (and so a /StructParents key).</summary>
    public bool HasContent(int page) => _pageContent[page].Length > 0;

    /// <summary>Drops elements with nothing in them (a tag around content that turned out empty).</summary>
    private static bool Prune(Element el)
    {
        el.Kids.RemoveAll(k => k is Element child && !Prune(child));
        return el.Kids.Count > 0;
    }

    private static void Number(Element el, PdfFile file, List<Element> all)
    {
        el.Number = file.Reserve();
        all.Add(el);
        foreach (var kid in el.Kids)
            if (kid is Element child) Number(child, file, all);
    }
}
