using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace BookBuilder.Tests.Epub;

/// <summary>An EPUB read back from bytes, for assertions: entries in zip order and parsed XML.</summary>
internal sealed class EpubFile
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    private readonly Dictionary<string, byte[]> _content = new(StringComparer.Ordinal);

    public EpubFile(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var names = new List<string>();
        foreach (var entry in zip.Entries)
        {
            names.Add(entry.FullName);
            using var s = entry.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            _content[entry.FullName] = ms.ToArray();
        }
        Names = names;
        Package = Xml("OEBPS/content.opf");
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> Names { get; }

    public XDocument Package { get; }

    public bool Has(string path) => _content.ContainsKey(path);

    public byte[] Raw(string path) => _content[path];

    public string Text(string path) => Encoding.UTF8.GetString(_content[path]);

    public XDocument Xml(string path) => XDocument.Parse(Text(path), LoadOptions.SetLineInfo);

    /// <summary>Manifest items: id, href, media type, properties.</summary>
    public IReadOnlyList<(string Id, string Href, string MediaType, string? Properties)> Manifest =>
        Package.Root!.Element(Opf + "manifest")!.Elements(Opf + "item")
            .Select(i => ((string)i.Attribute("id")!, (string)i.Attribute("href")!, (string)i.Attribute("media-type")!, (string?)i.Attribute("properties")))
            .ToArray();

    /// <summary>Spine hrefs in reading order.</summary>
    public IReadOnlyList<string> Spine
    {
        get
        {
            var byId = Manifest.ToDictionary(m => m.Id, m => m.Href);
            return Package.Root!.Element(Opf + "spine")!.Elements(Opf + "itemref").Select(r => byId[(string)r.Attribute("idref")!]).ToArray();
        }
    }

    public IEnumerable<string> XhtmlPaths => Manifest.Where(m => m.MediaType == "application/xhtml+xml").Select(m => "OEBPS/" + m.Href);

    /// <summary>All ids of an XHTML file.</summary>
    public ISet<string> Ids(string path) =>
        Xml(path).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>Resolves an href seen in <paramref name="fromPath"/> to (zip path, fragment).</summary>
    public static (string Path, string? Fragment) Resolve(string fromPath, string href)
    {
        var hash = href.IndexOf('#');
        var file = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        if (file.Length == 0) return (fromPath, fragment);
        var dir = fromPath.Contains('/') ? fromPath[..fromPath.LastIndexOf('/')] : "";
        var parts = (dir.Length == 0 ? file : dir + "/" + file).Split('/').ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] == "..") { parts.RemoveAt(i); parts.RemoveAt(i - 1); i -= 2; }
            else if (parts[i] == ".") { parts.RemoveAt(i); i--; }
        }
        return (Uri.UnescapeDataString(string.Join('/', parts)), fragment);
    }
}
