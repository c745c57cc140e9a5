using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Output.Images;
using BookBuilder.Pdf.Output.Text;
using BookBuilder.Typography;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// Everything the pages draw that is written once and shared: text fonts (with their glyphs and
/// ToUnicode maps), emoji clusters as images, and image files. Gathered in one pass over the
/// pages in document order, so that every choice (resource names, which text a glyph maps to)
/// depends only on the pages; read-only afterwards.
/// </summary>
internal sealed class DocumentResources
{
    private readonly FontRegistry _fonts;
    private readonly SortedDictionary<int, FontUse> _textFonts = new();
    private readonly Dictionary<string, EmojiImage> _emoji = new(StringComparer.Ordinal);
    private readonly List<EmojiImage> _emojiOrder = [];
    private readonly Dictionary<string, ImageFile?> _images = new(StringComparer.Ordinal);
    private readonly List<ImageFile> _imageOrder = [];
    private readonly List<GlyphCluster> _clusters = [];
    // Shaped texts are shared (the measurer caches them): each is looked at once per way its line ends.
    private readonly HashSet<(ShapedText, LineEndHyphen)> _seen = new(SeenComparer.Instance);

    private DocumentResources(FontRegistry fonts) => _fonts = fonts;

    public FontRegistry Fonts => _fonts;
    public IEnumerable<FontUse> TextFonts => _textFonts.Values;
    public IReadOnlyList<EmojiImage> Emoji => _emojiOrder;
    public IReadOnlyList<ImageFile> Images => _imageOrder;

    public FontUse TextFont(int fontId) => _textFonts[fontId];
    public EmojiImage EmojiFor(int fontId, ReadOnlySpan<ushort> glyphs) => _emoji[EmojiImage.Key(fontId, glyphs)];
    /// <summary>The image of a file, or null if it could not be read (reported once).</summary>
    public ImageFile? Image(string imageId) => _images.GetValueOrDefault(imageId);

    /// <summary>
    /// The font a word space in <paramref name="style"/>, or the invisible text under an emoji of
    /// text in it, is drawn with: the style's own face. None for the emoji face (ornaments).
    /// </summary>
    public FontUse? SpaceFont(TextStyle style) => TextFace(style) is { } face ? _textFonts.GetValueOrDefault(face.Id) : null;

    private FontFace? TextFace(TextStyle style) =>
        style.Family != FontFamilyRole.Emoji && _fonts.Resolve(style) is { IsColorFont: false } face ? face : null;

    public static DocumentResources Collect(IReadOnlyList<PageFrame> pages, FontRegistry fonts, DiagnosticBag? diagnostics)
    {
        var r = new DocumentResources(fonts);
        foreach (var page in pages)
            foreach (var op in page.Ops)
                switch (op)
                {
                    case TextOp t: r.AddText(t); break;
                    case SpaceOp s when r.TextFace(s.Style) is { } face: r.Font(face); break;
                    case ImageOp i: r.AddImage(i, page, diagnostics); break;
                }
        return r;
    }

    private FontUse Font(FontFace face)
    {
        if (!_textFonts.TryGetValue(face.Id, out var use))
            _textFonts[face.Id] = use = new FontUse(face, face.Id);
        return use;
    }

    private void AddText(TextOp op)
    {
        if (!_seen.Add((op.Text, LineEnd(op)))) return;
        var runs = op.Text.Runs;
        for (int r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (run.Glyphs.Length == 0) continue;
            var face = _fonts[run.FontId];
            GlyphClusters.Split(run, _clusters);
            if (face.IsColorFont)
            {
                // The invisible text under an emoji picture is a space glyph of the text's face read as the emoji.
                var textFont = TextFace(op.Text.Style) is { } textFace ? Font(textFace) : null;
                foreach (var c in _clusters)
                    if (AddEmoji(face, run, c) is { } emoji && textFont is { SpaceGlyph: > 0 }) textFont.Map(textFont.SpaceGlyph, emoji.Text);
                continue;
            }
            var use = Font(face);
            foreach (var rune in run.Text.EnumerateRunes()) use.CodePoints.Add(rune.Value);
            var end = r == runs.Count - 1 ? LineEnd(op) : LineEndHyphen.None;
            foreach (var c in _clusters)
            {
                var text = ClusterText(run, c, end);
                for (int g = c.GlyphStart; g < c.GlyphStart + c.GlyphCount; g++) use.Glyphs.Add(run.Glyphs[g]);
                if (text.Length > 0 && c.GlyphCount == 1 && !use.MapsTo(run.Glyphs[c.GlyphStart], text)) use.Map(run.Glyphs[c.GlyphStart], text.ToString());
            }
        }
    }

    /// <summary>What the hyphen at the end of a line is.</summary>
    public enum LineEndHyphen { None, Layout, Word }

    public static LineEndHyphen LineEnd(TextOp op) =>
        op.LayoutHyphen ? LineEndHyphen.Layout : op.WordHyphenAtLineEnd ? LineEndHyphen.Word : LineEndHyphen.None;

    /// <summary>
    /// The text a cluster stands for: its characters, except a hyphen at the end of a line. One
    /// that line breaking added is a soft hyphen (U+00AD), as the PDF specification asks
    /// (14.8.2.2.3), so extractors drop it. One that is part of the word ("self-" / "care") is
    /// U+2010 HYPHEN: extractors that join a line ending in U+002D with the next (poppler) would
    /// otherwise take it for a layout hyphen and drop it.
    /// </summary>
    public static ReadOnlySpan<char> ClusterText(ShapedRun run, GlyphCluster c, LineEndHyphen end) =>
        end != LineEndHyphen.None && c.TextEnd == run.Text.Length && c.TextEnd - c.TextStart == 1 && run.Text[c.TextStart] == '-'
            ? (end == LineEndHyphen.Layout ? "\u00AD" : "\u2010")
            : run.Text.AsSpan(c.TextStart, c.TextEnd - c.TextStart);

    private EmojiImage? AddEmoji(FontFace face, ShapedRun run, GlyphCluster c)
    {
        var text = run.Text[c.TextStart..c.TextEnd];
        if (string.IsNullOrWhiteSpace(text)) return null;
        var glyphs = run.Glyphs.AsSpan(c.GlyphStart, c.GlyphCount);
        var key = EmojiImage.Key(face.Id, glyphs);
        if (!_emoji.TryGetValue(key, out var image))
        {
            float em = run.Size;
            var xs = new float[c.GlyphCount];
            var ys = new float[c.GlyphCount];
            for (int i = 0; i < c.GlyphCount; i++)
            {
                xs[i] = (run.XOffsets[c.GlyphStart + i] - run.XOffsets[c.GlyphStart]) / em;
                ys[i] = run.YOffsets[c.GlyphStart + i] / em;
            }
            _emoji[key] = image = new EmojiImage("E" + _emojiOrder.Count, face, glyphs.ToArray(), xs, ys, text);
            _emojiOrder.Add(image);
        }
        image.MaxSize = Math.Max(image.MaxSize, run.Size);
        return image;
    }

    private void AddImage(ImageOp op, PageFrame page, DiagnosticBag? diagnostics)
    {
        // One XObject per picture of the book, however often it is drawn.
        if (_images.ContainsKey(op.Image.Id)) return;
        var file = ImageFile.Load(op.Image, "I" + _imageOrder.Count);
        _images[op.Image.Id] = file;
        if (file is null) diagnostics?.Report(PdfImageUnreadable, op.Image.RelativePath, 0, 0, page.Label ?? $"#{page.Index + 1}");
        else _imageOrder.Add(file);
    }

    private sealed class SeenComparer : IEqualityComparer<(ShapedText Text, LineEndHyphen End)>
    {
        public static SeenComparer Instance { get; } = new();
        public bool Equals((ShapedText Text, LineEndHyphen End) a, (ShapedText Text, LineEndHyphen End) b) => ReferenceEquals(a.Text, b.Text) && a.End == b.End;
        public int GetHashCode((ShapedText Text, LineEndHyphen End) x) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(x.Text) * 3 + (int)x.End;
    }
}
