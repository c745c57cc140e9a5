using System.Text;
using BookBuilder.Epub.Cover;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub;

/// <summary>
/// Decides the file of every division and image inside OEBPS/ and rewrites anchor ids into hrefs.
/// Every page sits at the top of OEBPS/, so an href from any page is the target's OEBPS path.
/// Built once per EPUB; every page, the navigation and the package document read the same map.
/// </summary>
internal sealed class EpubFileMap
{
    public const string CoverPage = "cover.xhtml";
    public const string TitlePage = "titlepage.xhtml";
    public const string CopyrightPage = "copyright.xhtml";
    public const string Nav = "nav.xhtml";
    public const string FaqPage = "faq.xhtml";
    public const string GlossaryPage = "glossary.xhtml";
    public const string IndexPage = "index.xhtml";
    public const string SolutionsPage = "solutions.xhtml";
    public const string ListOfFiguresPage = "lof.xhtml";
    public const string ListOfTablesPage = "lot.xhtml";
    public const string Ncx = "toc.ncx";
    public const string StyleSheet = "css/book.css";
    public const string CoverImage = "images/cover.png";

    private readonly Book _book;
    private readonly Dictionary<string, string> _divisionFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImageAsset> _images = new(StringComparer.Ordinal);
    private readonly List<ImageAsset> _imageOrder = [];
    private readonly Dictionary<ChapterDivision, string> _chapterFiles = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyList<OrnamentImage> _ornamentOrder;
    private readonly Dictionary<string, OrnamentImage> _ornaments = new(StringComparer.Ordinal);

    /// <param name="ornaments">Ornaments drawn as pictures; none when null.</param>
    public EpubFileMap(BookPlan plan, IReadOnlyList<OrnamentImage>? ornaments = null)
    {
        var book = plan.Book;
        PageBreaks = new PageList.PageBreakMarkers(plan);
        _book = book;
        _ornamentOrder = ornaments ?? [];
        foreach (var o in _ornamentOrder) _ornaments.TryAdd(o.Text, o);
        var chapters = plan.Chapters.ToArray();
        var width = Math.Max(2, chapters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < chapters.Length; i++)
        {
            // Files are numbered by position, not by id, so odd ids never make odd file names.
            var file = "chapter-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0') + ".xhtml";
            _chapterFiles[chapters[i]] = file;
            _divisionFiles.TryAdd(chapters[i].Id, file);
        }
        if (plan.Faq is { } faq) _divisionFiles.TryAdd(faq.Id, FaqPage);
        if (plan.Glossary is { } glossary) _divisionFiles.TryAdd(glossary.Id, GlossaryPage);
        if (plan.Index is { } index) _divisionFiles.TryAdd(index.Id, IndexPage);
        if (plan.Solutions is { } solutions) _divisionFiles.TryAdd(solutions.Id, SolutionsPage);

        // Every name a cover picture may have, the drawn one's and the author's.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { CoverImage, "images/cover.jpg", "images/cover.gif" };
        taken.UnionWith(_ornamentOrder.Select(o => o.Href));
        foreach (var image in ImageCollector.Collect(book))
        {
            if (_images.ContainsKey(image.Id)) continue;
            var asset = ImageAsset.For(image, taken, _imageOrder.Count + 1);
            _images[image.Id] = asset;
            _imageOrder.Add(asset);
        }
    }

    /// <summary>Where the paged edition's pages begin, and where their markers were written.</summary>
    public PageList.PageBreakMarkers PageBreaks { get; }

    /// <summary>Every image of the book, in order of first use.</summary>
    public IReadOnlyList<ImageAsset> Images => _imageOrder;

    /// <summary>Ornaments drawn as pictures, in order of first appearance.</summary>
    public IReadOnlyList<OrnamentImage> OrnamentImages => _ornamentOrder;

    /// <summary>The picture of an ornament, or null when it is set as text.</summary>
    public OrnamentImage? Ornament(string text) => _ornaments.GetValueOrDefault(text.Trim());

    /// <summary>The file of a list of figures or tables.</summary>
    public static string CaptionListPage(CaptionListDivision list) => list.Of == CaptionKind.Figure ? ListOfFiguresPage : ListOfTablesPage;

    /// <summary>The file of a chapter.</summary>
    public string ChapterFile(ChapterDivision chapter) => _chapterFiles[chapter];

    /// <summary>The file of a division id (chapter, FAQ or glossary), or null when unknown.</summary>
    public string? DivisionFile(string divisionId) =>
        _divisionFiles.TryGetValue(divisionId, out var file) ? file : null;

    /// <summary>The asset of an image.</summary>
    public ImageAsset? Image(BookImage image) => _images.GetValueOrDefault(image.Id);

    /// <summary>
    /// The href of an anchor as seen from <paramref name="fromFile"/>, or null when the anchor is not
    /// in the book (the manuscript stage reported that already).
    /// </summary>
    public string? HrefOfAnchor(string anchorId, string fromFile)
    {
        if (!_book.Anchors.TryGetValue(anchorId, out var anchor)) return null;
        var file = DivisionFile(anchor.DivisionId);
        return file is null ? null : Href(file, anchorId, fromFile);
    }

    /// <summary>An href to an id in a file, shortened to a fragment inside the same file.</summary>
    public static string Href(string file, string id, string fromFile) =>
        (string.Equals(file, fromFile, StringComparison.Ordinal) ? "" : file) + "#" + AnchorIds.Fragment(id);

    /// <summary>Makes a string safe as a file name and an XML name: ASCII letters, digits, '-', '_'.</summary>
    public static string SafeName(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
