using System.Text;
using System.Xml;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Content;

/// <summary>
/// Writes one XHTML content document through an <see cref="XmlWriter"/>, so every page is
/// well-formed by construction. It also keeps the per-page facts the renderers need: which file
/// is being written (for link rewriting), which ids were used (an id is never written twice) and
/// whether the writer is inside a link (links must not nest).
/// </summary>
internal sealed class XhtmlWriter
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string OpsNamespace = "http://www.idpf.org/2007/ops";

    private readonly XmlWriter _xml;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private XhtmlWriter(XmlWriter xml, BookPlan plan, EpubFileMap map, string file)
    {
        _xml = xml;
        Plan = plan;
        Map = map;
        File = file;
    }

    /// <summary>The plan of the book being written.</summary>
    public BookPlan Plan { get; }

    /// <summary>The book being written.</summary>
    public Book Book => Plan.Book;

    /// <summary>Where every division and image lives.</summary>
    public EpubFileMap Map { get; }

    /// <summary>The file name of this page inside OEBPS/.</summary>
    public string File { get; }

    /// <summary>How many links enclose the current position; inner links become plain text.</summary>
    public int LinkDepth { get; set; }

    /// <summary>How many blocks with a language the author set enclose the current position: their direction is theirs.</summary>
    public int LanguageDepth { get; set; }

    // The text being written whose pages of print are marked where they begin: the pages not yet
    // marked, and how far into the node's text (TextOffsets) the writing is.
    private IReadOnlyList<Plan.PageBreak> _pages = [];
    private int _nextPage;
    private int _textOffset;

    /// <summary>
    /// Marks, here, every page of print that begins in <paramref name="node"/> (a division, a
    /// heading, an entry, a table, a figure): a pagebreak span with the page's label.
    /// </summary>
    public XhtmlWriter PageBreaks(object node)
    {
        foreach (var page in Map.PageBreaks.In(node)) PageBreak(page);
        return this;
    }

    /// <summary>
    /// Starts the text of <paramref name="node"/> (a paragraph, a heading, a term, code): its
    /// counted text (<see cref="Content"/>) gets the markers of the pages that begin in it, each
    /// before the character its page begins with. <see cref="EndText"/> ends it.
    /// </summary>
    public XhtmlWriter BeginText(object node)
    {
        _pages = Map.PageBreaks.In(node);
        _nextPage = 0;
        _textOffset = 0;
        return this;
    }

    /// <summary>Ends a node's text; a page that begins past its end is marked here.</summary>
    public XhtmlWriter EndText()
    {
        while (_nextPage < _pages.Count) PageBreak(_pages[_nextPage++]);
        _pages = [];
        return this;
    }

    /// <summary>
    /// The author's text, counted as <see cref="Model.TextOffsets"/> counts (text the builder
    /// adds, such as a cross-reference's label, goes through <see cref="Text"/>): a page of print
    /// that begins inside it is marked before its first character.
    /// </summary>
    public XhtmlWriter Content(string text)
    {
        var from = 0;
        while (_nextPage < _pages.Count && _pages[_nextPage].Offset < _textOffset + text.Length)
        {
            var cut = Math.Clamp(_pages[_nextPage].Offset - _textOffset, from, text.Length);
            if (cut > from) Text(text[from..cut]);
            PageBreak(_pages[_nextPage++]);
            from = cut;
        }
        if (from < text.Length) Text(from == 0 ? text : text[from..]);
        _textOffset += text.Length;
        return this;
    }

    /// <summary>The marker of a page of print: an empty span named by the page's label.</summary>
    private void PageBreak(Plan.PageBreak page)
    {
        var id = Map.PageBreaks.IdOf(page);
        // A page marker before a block does not take the block's id.
        var next = _nextId;
        _nextId = null;
        Start("span").EpubType("pagebreak").Role("doc-pagebreak").Id(id).Attr("aria-label", page.Label).End();
        Map.PageBreaks.Written(page, File);
        _nextId = next;
    }

    /// <summary>
    /// Builds a complete page: XML declaration, html with both namespaces and the book language,
    /// a head with title and style sheet, and a body whose content <paramref name="body"/> writes.
    /// </summary>
    /// <param name="pageClass">A class for the html element, for a page styled as a whole (the cover).</param>
    /// <param name="meta">Named metadata of the page (its author, its description), in the head.</param>
    public static byte[] Page(BookPlan plan, EpubFileMap map, string file, string title, string? bodyType, Action<XhtmlWriter> body, string? pageClass = null,
        IReadOnlyList<(string Name, string Content)>? meta = null)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings(indent: false)))
        {
            var w = new XhtmlWriter(xml, plan, map, file);
            var lang = plan.Metadata.Language;
            xml.WriteStartDocument();
            xml.WriteWhitespace("\n");
            xml.WriteRaw("<!DOCTYPE html>");
            xml.WriteWhitespace("\n");
            xml.WriteStartElement("html", XhtmlNamespace);
            xml.WriteAttributeString("xmlns", "epub", null, OpsNamespace);
            xml.WriteAttributeString("lang", lang);
            xml.WriteAttributeString("xml", "lang", null, lang);
            if (pageClass is not null) xml.WriteAttributeString("class", pageClass);
            w.Line();
            w.Start("head");
            w.Start("meta").Attr("charset", "utf-8").EndVoid();
            w.Start("title").Text(title).End();
            foreach (var (name, content) in meta ?? []) w.Start("meta").Attr("name", name).Attr("content", content).EndVoid();
            w.Start("link").Attr("rel", "stylesheet").Attr("type", "text/css")
                .Attr("href", EpubFileMap.StyleSheet).EndVoid();
            w.End().Line();
            w.Start("body");
            if (bodyType is not null) w.EpubType(bodyType);
            w.Line();
            body(w);
            w.End().Line();
            xml.WriteFullEndElement();
            xml.WriteWhitespace("\n");
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    /// <summary>Settings shared by every XML file of the EPUB: UTF-8 without BOM, LF newlines.</summary>
    public static XmlWriterSettings Settings(bool indent) => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = indent,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = false,
    };

    public XhtmlWriter Start(string name)
    {
        _xml.WriteStartElement(name, XhtmlNamespace);
        if (_nextId is { } id)
        {
            _nextId = null;
            Id(id);
        }
        return this;
    }

    private string? _nextId;

    /// <summary>Gives <paramref name="id"/> to the next element started (a block's own id, written on the element that begins it).</summary>
    public XhtmlWriter IdOnNext(string id)
    {
        _nextId = id;
        return this;
    }

    /// <summary>Opens an element of another vocabulary embedded in the page (SVG).</summary>
    public XhtmlWriter Start(string ns, string name)
    {
        _xml.WriteStartElement(name, ns);
        return this;
    }

    /// <summary>An attribute in a namespace (xlink:href).</summary>
    public XhtmlWriter Attr(string prefix, string ns, string name, string value)
    {
        _xml.WriteAttributeString(prefix, name, ns, Clean(value));
        return this;
    }

    public XhtmlWriter Attr(string name, string value)
    {
        _xml.WriteAttributeString(name, Clean(value));
        return this;
    }

    public XhtmlWriter Class(string value) => Attr("class", value);

    public XhtmlWriter Role(string value) => Attr("role", value);

    /// <summary>
    /// The language of the element's content, as both HTML and XML read it, and, for an author's
    /// passage in a right-to-left language, its direction.
    /// </summary>
    public XhtmlWriter Lang(string language, bool direction = true)
    {
        _xml.WriteAttributeString("lang", Clean(language));
        _xml.WriteAttributeString("xml", "lang", null, Clean(language));
        if (direction && LanguageDirection.IsRightToLeft(language)) _xml.WriteAttributeString("dir", "rtl");
        return this;
    }

    public XhtmlWriter EpubType(string value)
    {
        _xml.WriteAttributeString("epub", "type", OpsNamespace, value);
        return this;
    }

    /// <summary>
    /// Writes an id unless this page already has it: a repeated id would make links ambiguous,
    /// and the first occurrence is the one readers expect to land on.
    /// </summary>
    public XhtmlWriter Id(string id)
    {
        var value = Clean(AnchorIds.Attribute(id));
        if (value.Length > 0 && _ids.Add(value)) _xml.WriteAttributeString("id", value);
        return this;
    }

    public XhtmlWriter Text(string text)
    {
        _xml.WriteString(Clean(text));
        return this;
    }

    /// <summary>Closes a non-void element with an explicit end tag (HTML parsers mis-read &lt;p/&gt;).</summary>
    public XhtmlWriter End()
    {
        _xml.WriteFullEndElement();
        return this;
    }

    /// <summary>Closes a void element (br, hr, img, link, meta).</summary>
    public XhtmlWriter EndVoid()
    {
        _xml.WriteEndElement();
        return this;
    }

    /// <summary>
    /// A decorative ornament paragraph: its picture when the map has one (emoji look the same on
    /// every reader), else its text. Hidden from screen readers either way, which would otherwise
    /// spell out every emoji of a divider.
    /// </summary>
    public XhtmlWriter Ornament(string text, string classes)
    {
        Start("p").Class(classes).Attr("aria-hidden", "true");
        if (Map.Ornament(text) is { } image)
        {
            Start("img").Attr("src", image.Href).Attr("alt", "").Class("ornament-image")
                .Attr("width", image.Width.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Attr("height", image.Height.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .EndVoid();
        }
        else Text(text);
        return End();
    }

    /// <summary>A newline between blocks, so that pages read well as source.</summary>
    public XhtmlWriter Line()
    {
        _xml.WriteWhitespace("\n");
        return this;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        var bad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsValidAt(text, i, out var width)) { bad = i; break; }
            i += width - 1;
        }
        if (bad < 0) return text;

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            if (IsValidAt(text, i, out var width)) sb.Append(text, i, width);
            i += width - 1;
        }
        return sb.ToString();
    }

    private static bool IsValidAt(string text, int i, out int width)
    {
        width = 1;
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return true;
        }
        return XmlConvert.IsXmlChar(c);
    }
}
