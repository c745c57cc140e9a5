using System.Text;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Pdf.Output.Images;
using BookBuilder.Pdf.Output.Syntax;
using BookBuilder.Pdf.Output.Text;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// Writes one page frame as a PDF content stream. Every piece of content is in a marked-content
/// sequence: an MCID owned by the innermost open structure tag, or an artifact (running heads,
/// folios, rules, ornaments, anything drawn inside an artifact tag). Text is written as character
/// ids (Identity-H) in TJ arrays whose numbers carry kerning and justification (the words of a
/// line in one font share one array); a word space (<see cref="SpaceOp"/>) is a real space glyph, in the marked content
/// of the element the layout put it in; a layout hyphen, and a glyph drawn for different text
/// in different places, have character ids of their own (see <see cref="FontUse"/>); a
/// right-to-left run and a cluster of several glyphs are wrapped in /ActualText. Emoji are images.
/// </summary>
internal sealed class PageContentWriter
{
    private readonly DocumentResources _res;
    private readonly PageFrame _page;
    private readonly float _height;
    private readonly PdfBuffer _b = new(16 * 1024);
    private readonly List<StructTag> _stack = [];
    private readonly List<StructEvent> _events = [];
    private readonly List<PageLink> _links = [];
    private readonly Dictionary<StructTag, StringBuilder> _linkText = [];
    private readonly List<(string, float, float)> _anchors = [];
    private readonly List<(float, int, string)> _outline = [];
    private readonly List<GlyphCluster> _clusters = [];
    private readonly List<string> _unsupported = [];

    // The open marked-content sequence: its owner (null with _artifact for an artifact).
    private bool _inSequence;
    private StructTag? _owner;
    private bool _ownerIsArtifact;
    private ArtifactKind _artifactKind;
    private int _mcid;
    // The open sequence is an element's content with /ActualText (see BeginActualText).
    private bool _actualText;
    // A span with /ActualText in an artifact was opened inside a text object.
    private bool _spanInText;

    // Text and graphics state.
    private bool _inText;
    private int _font = -1;
    private float _size;
    private uint _fill = 0xFF000000, _stroke = 0xFF000000;
    private float _lineWidth = 1;
    private bool _tjOpen;
    private double _penX, _penY;
    // Horizontal scale of the open TJ array's text matrix (a line's glyph scaling; 1 for most text).
    private double _tjScale = 1, _tjWritten = 1;

    private PageContentWriter(DocumentResources resources, PageFrame page)
    {
        _res = resources;
        _page = page;
        _height = page.Height;
    }

    public static PageResult Write(DocumentResources resources, PageFrame page)
    {
        var w = new PageContentWriter(resources, page);
        w.WriteOps();
        return new PageResult
        {
            Content = PdfFile.Deflate(w._b.Span, System.IO.Compression.CompressionLevel.Fastest),
            Events = w._events,
            Links = w._links,
            LinkText = w._linkText,
            Anchors = w._anchors,
            Outline = w._outline,
            McidCount = w._mcid,
            Unsupported = w._unsupported,
        };
    }

    private void WriteOps()
    {
        foreach (var op in _page.Ops)
        {
            switch (op)
            {
                case TagStartOp s:
                    _stack.Add(s.Tag);
                    if (s.Tag.Role != StructRole.Artifact && !InArtifact()) _events.Add(new(StructEventKind.Begin, s.Tag, 0));
                    break;
                case TagEndOp e:
                    int at = _stack.LastIndexOf(e.Tag);
                    if (at < 0) throw new InvalidOperationException($"Tag {e.Tag} closed on page {_page.Index + 1} without being open.");
                    for (int i = _stack.Count - 1; i >= at; i--)
                    {
                        var t = _stack[i];
                        _stack.RemoveAt(i);
                        if (t.Role != StructRole.Artifact && !InArtifact()) _events.Add(new(StructEventKind.End, t, 0));
                    }
                    break;
                case TextOp t: Text(t); break;
                case SpaceOp s: Space(s); break;
                case RuleOp r: Rule(r); break;
                case RectOp r: Rect(r); break;
                case ImageOp i: Image(i); break;
                case UrlLinkOp u: Link(u.X, u.Y, u.Width, u.Height, u.Url, null); break;
                case InternalLinkOp l: Link(l.X, l.Y, l.Width, l.Height, null, l.TargetId); break;
                case AnchorOp a: _anchors.Add((a.Id, a.X, _height - a.Y)); break;
                case OutlineOp o: _outline.Add((o.Y, o.Level, o.Title)); break;
                default: _unsupported.Add(op.GetType().Name); break;
            }
        }
        EndSequence();
        if (_stack.Count > 0) throw new InvalidOperationException($"Tag {_stack[^1]} left open at the end of page {_page.Index + 1}.");
    }

    private bool InArtifact()
    {
        foreach (var t in _stack) if (t.Role == StructRole.Artifact) return true;
        return false;
    }

    // ---- marked content ----

    /// <summary>Who owns content drawn now: the innermost tag, or an artifact (inside an artifact tag, or decoration).</summary>
    private (StructTag? Owner, bool Artifact, ArtifactKind Kind) Context(bool decoration)
    {
        StructTag? owner = null;
        bool artifact = decoration;
        var kind = ArtifactKind.Layout;
        for (int i = _stack.Count - 1; i >= 0; i--)
            if (_stack[i].Role == StructRole.Artifact) { artifact = true; kind = _stack[i].Artifact; break; }
        if (!artifact && _stack.Count > 0) owner = _stack[^1];
        return (owner, artifact, kind);
    }

    /// <summary>Puts what follows in the sequence of the innermost tag (or an artifact for decoration).</summary>
    private void MarkContent(bool decoration)
    {
        var (owner, artifact, kind) = Context(decoration);
        if (_inSequence && artifact == _ownerIsArtifact && (artifact ? kind == _artifactKind : ReferenceEquals(owner, _owner))) return;
        EndSequence();
        _inSequence = true;
        _ownerIsArtifact = artifact;
        _artifactKind = kind;
        _owner = owner;
        if (artifact)
        {
            _b.Raw(kind == ArtifactKind.Pagination ? "/Artifact<</Type/Pagination>>BDC\n" : "/Artifact<</Type/Layout>>BDC\n");
            return;
        }
        _b.Raw('/').Raw(owner is null ? "P" : owner.Role.PdfName()).Raw("<</MCID ").Int(_mcid).Raw(">>BDC\n");
        _events.Add(new(StructEventKind.Content, owner, _mcid));
        _mcid++;
    }

    private void EndSequence()
    {
        EndText();
        if (!_inSequence) return;
        _b.Raw("EMC\n");
        _inSequence = false;
        _actualText = false;
    }

    // ---- text ----

    private void BeginText()
    {
        if (_inText) return;
        _b.Raw("BT\n");
        _inText = true;
        _font = -1;
    }

    private void EndText()
    {
        if (!_inText) return;
        CloseTj();
        _b.Raw("ET\n");
        _inText = false;
    }

    private void Text(TextOp op)
    {
        if (LinkText(Context(decoration: false)) is { } sb)
        {
            // A link's words read as written: a hyphen that line breaking added is no part of them.
            var text = op.Text.Text.AsSpan();
            sb.Append(op.LayoutHyphen && text.EndsWith("-") ? text[..^1] : text);
        }
        bool rtl = GlyphClusters.IsRightToLeft(op.Text);
        if (op.ActualText is not null)
        {
            CloseTj();
            BeginActualText(op.ActualText);
        }
        // The runs (one per font) stand in visual order; a right-to-left word's are written last
        // first, each at its place, so that the content reads in logical order ("לדרום." and not
        // ".לדרום" when the full stop comes from another font).
        var runs = op.Text.Runs;
        Span<float> pens = runs.Count <= 16 ? stackalloc float[runs.Count] : new float[runs.Count];
        float pen = 0;
        for (int r = 0; r < runs.Count; r++)
        {
            pens[r] = pen;
            pen += runs[r].Width;
        }
        for (int k = 0; k < runs.Count; k++)
        {
            var r = rtl ? runs.Count - 1 - k : k;
            var run = runs[r];
            if (run.Glyphs.Length == 0) continue;
            if (_res.Fonts[run.FontId].IsColorFont) EmojiRun(run, op, op.X + pens[r]);
            else GlyphRun(run, op.X + pens[r], op.Baseline, op.ColorArgb, r == runs.Count - 1 ? DocumentResources.LineEnd(op) : DocumentResources.LineEndHyphen.None);
        }
        if (op.ActualText is not null)
        {
            CloseTj();
            EndActualText();
        }
    }

    /// <summary>The text of the link that owns content in <paramref name="context"/>, or null outside a link.</summary>
    private StringBuilder? LinkText((StructTag? Owner, bool Artifact, ArtifactKind) context)
    {
        if (context.Artifact || context.Owner is not { Role: StructRole.Link } link) return null;
        if (!_linkText.TryGetValue(link, out var sb)) _linkText[link] = sb = new StringBuilder();
        return sb;
    }

    /// <summary>
    /// A word space: the space glyph of its face at the start of the gap, in the marked content of
    /// the element the layout put it in, and in the same TJ array as the words around it where it
    /// can be; the number before the next word makes up the rest of the gap.
    /// </summary>
    private void Space(SpaceOp op)
    {
        var font = _res.SpaceFont(op.Style);
        if (font is null || font.SpaceGlyph == 0) return;
        MarkContent(decoration: false);
        // Inside a link (between two of its words, or at the end of a line the link goes on from).
        if (LinkText(Context(decoration: false)) is { Length: > 0 } sb && sb[^1] != ' ') sb.Append(' ');
        BeginText();
        Fill(op.ColorArgb);
        SetFont(font, op.Style.Size);
        // Several spaces (code's indentation) share the gap evenly, each at its own place.
        // The space glyph takes the scale of the words' glyphs, so that the line stays one TJ array.
        for (var i = 0; i < op.Count; i++)
            Glyph(font, op.Style.Size, font.SpaceGlyph, op.X + i * op.Width / op.Count, _height - op.Baseline, op.HorizontalScale);
    }

    /// <summary>
    /// Writes a run's glyphs. A right-to-left run is written in logical order, each cluster at its
    /// place in the visual order (TJ numbers move the pen back), so that extraction that follows
    /// the content stream and extraction that follows positions both read the words as written.
    /// </summary>
    private void GlyphRun(ShapedRun run, float x, float baseline, uint color, DocumentResources.LineEndHyphen hyphen)
    {
        var font = _res.TextFont(run.FontId);
        // In the element's marked content, in a text object, in the run's colour and font (again
        // after a cluster with ActualText, which is marked content of its own).
        void Ready()
        {
            MarkContent(decoration: false);
            BeginText();
            Fill(color);
            SetFont(font, run.Size);
        }
        GlyphClusters.Split(run, _clusters);
        bool rtl = GlyphClusters.IsRightToLeft(run);
        for (int k = 0; k < _clusters.Count; k++)
        {
            var cluster = _clusters[rtl ? _clusters.Count - 1 - k : k];
            var text = DocumentResources.ClusterText(run, cluster, hyphen);
            // One glyph for its text: a character id of the font reads back as the text (see FontUse).
            // A ligature of several characters is one glyph too; only clusters of several glyphs
            // (a letter and its marks drawn apart) need ActualText.
            ushort? cid = cluster.GlyphCount == 1 ? font.Cid(run.Glyphs[cluster.GlyphStart], text) : null;
            bool replace = cid is null;
            if (replace)
            {
                CloseTj();
                BeginActualText(text.ToString());
            }
            Ready();
            for (int g = cluster.GlyphStart; g < cluster.GlyphStart + cluster.GlyphCount; g++)
                Glyph(font, run.Size, g == cluster.GlyphStart && cid is { } id ? id : run.Glyphs[g], x + run.XOffsets[g], _height - (baseline - run.YOffsets[g]), run.HorizontalScale);
            if (replace)
            {
                CloseTj();
                EndActualText();
            }
        }
        // The TJ array stays open: the next word on the line continues it.
    }

    /// <summary>
    /// Adds a glyph at (x, y) to the open TJ array, moving there with a TJ number or a new Tm.
    /// A <paramref name="scale"/> other than 1 draws the glyph that many times as wide: the text
    /// matrix carries it, so glyph advances and TJ numbers are scaled alike.
    /// </summary>
    private void Glyph(FontUse font, double size, ushort cid, double x, double y, double scale = 1)
    {
        if (_tjOpen && (Math.Abs(y - _penY) > 0.0005 || scale != _tjScale)) CloseTj();
        if (!_tjOpen)
        {
            x = PdfBuffer.Rounded(x);
            y = PdfBuffer.Rounded(y);
            _tjWritten = Math.Round(scale, 5, MidpointRounding.AwayFromZero);
            if (_tjWritten == 1) _b.Raw("1 0 0 1 ");
            else _b.Num(_tjWritten, 5).Raw(" 0 0 1 ");
            _b.Num(x).Space().Num(y).Raw(" Tm[<");
            _tjOpen = true;
            _tjScale = scale;
            _penX = x;
            _penY = y;
        }
        else
        {
            double diff = _penX - x;
            if (Math.Abs(diff) > 0.0005)
            {
                // Thousandths of an em (of the scaled text space), rounded; the rounding error is carried to the next glyph.
                double adjust = PdfBuffer.Rounded(diff * 1000 / (size * _tjWritten), 1);
                if (adjust != 0)
                {
                    _b.Raw('>').Num(adjust, 1).Raw('<');
                    _penX -= adjust * size * _tjWritten / 1000;
                }
            }
        }
        _b.Glyph(cid);
        _penX += font.Width(cid) * size * _tjWritten / 1000;
    }

    private void CloseTj()
    {
        if (!_tjOpen) return;
        _b.Raw(">]TJ\n");
        _tjOpen = false;
    }

    private void SetFont(FontUse font, float size)
    {
        if (_font == font.Face.Id && _size == size) return;
        CloseTj();
        _b.Raw('/').Raw(font.ResourceName).Space().Num(size).Raw(" Tf\n");
        _font = font.Face.Id;
        _size = size;
    }

    /// <summary>
    /// Opens marked content whose text is <paramref name="text"/> (/ActualText), closed by
    /// <see cref="EndActualText"/>. In an artifact it is a span inside the artifact's sequence.
    /// In an element's content it is a sequence of that element's of its own, with an MCID, in
    /// place of the element's open one: not one nested in it, since poppler's structure text ends
    /// an MCID sequence at the end of any marked content inside it, and lost what followed (the
    /// rest of a paragraph after an emoji, the space at the end of a line). Its tag is /Span
    /// whatever the element (the MCID makes it the element's content): text extraction such as
    /// pdftotext reads /ActualText only from a /Span.
    /// </summary>
    private void BeginActualText(string text)
    {
        var (owner, artifact, _) = Context(decoration: false);
        if (artifact)
        {
            MarkContent(decoration: false);
            _b.Raw("/Span<</ActualText").Text(text).Raw(">>BDC\n");
            _spanInText = _inText;
            return;
        }
        EndSequence();
        _b.Raw("/Span<</MCID ").Int(_mcid).Raw("/ActualText").Text(text).Raw(">>BDC\n");
        _events.Add(new(StructEventKind.Content, owner, _mcid));
        _mcid++;
        _inSequence = true;
        _ownerIsArtifact = false;
        _owner = owner;
        _actualText = true;
    }

    /// <summary>Closes what <see cref="BeginActualText"/> opened; what follows in the element opens a sequence of its own.</summary>
    private void EndActualText()
    {
        if (_actualText) EndSequence();
        else
        {
            // A span opened outside a text object ends outside it too.
            if (!_spanInText) EndText();
            _b.Raw("EMC\n");
        }
    }

    // ---- emoji ----

    /// <summary>
    /// Draws each emoji cluster as its picture, wrapped in /ActualText with its characters. Under the
    /// picture, an invisible space glyph of the text's face (text render mode 3) is stretched over
    /// the emoji's width with a character id that reads as the emoji, for extractors that do not
    /// read ActualText around images. Ornaments (set in the emoji face alone) have no such text:
    /// they are decoration.
    /// </summary>
    private void EmojiRun(ShapedRun run, TextOp op, float x)
    {
        EndText();
        var textFont = _res.SpaceFont(op.Text.Style);
        GlyphClusters.Split(run, _clusters);
        foreach (var c in _clusters)
        {
            var text = run.Text.AsSpan(c.TextStart, c.TextEnd - c.TextStart);
            if (text.IsWhiteSpace()) continue;
            var image = _res.EmojiFor(run.FontId, run.Glyphs.AsSpan(c.GlyphStart, c.GlyphCount));
            float size = run.Size;
            float w = image.AdvanceEm * size, h = image.HeightEm * size;
            float left = x + run.XOffsets[c.GlyphStart];
            float bottom = _height - (op.Baseline + (image.HeightEm - image.AscentEm) * size);
            BeginActualText(image.Text);
            DrawXObject(image.ResourceName, left, bottom, w, h);
            if (textFont is not null && textFont.Cid(textFont.SpaceGlyph, image.Text) is { } cid && textFont.Width(cid) > 0)
            {
                BeginText();
                SetFont(textFont, size);
                var scale = PdfBuffer.Rounded(w / (textFont.Width(cid) * size / 1000f) * 100, 2);
                _b.Raw("3 Tr 1 0 0 1 ").Num(left).Space().Num(_height - op.Baseline).Raw(" Tm ").Num(scale, 2).Raw(" Tz[<").Glyph(cid).Raw(">]TJ 100 Tz 0 Tr\n");
                EndText();
            }
            EndActualText();
        }
    }

    private void DrawXObject(string name, float left, float bottom, float width, float height)
    {
        _b.Raw("q ").Num(width).Raw(" 0 0 ").Num(height).Space().Num(left).Space().Num(bottom).Raw(" cm/").Raw(name).Raw(" Do Q\n");
    }

    // ---- graphics ----

    private void Rule(RuleOp op)
    {
        MarkContent(decoration: true);
        EndText();
        if (_stroke != op.ColorArgb) { Color(op.ColorArgb, stroke: true); _stroke = op.ColorArgb; }
        if (_lineWidth != op.Thickness) { _b.Num(op.Thickness).Raw(" w\n"); _lineWidth = op.Thickness; }
        _b.Num(op.X1).Space().Num(_height - op.Y1).Raw(" m ").Num(op.X2).Space().Num(_height - op.Y2).Raw(" l S\n");
    }

    private void Rect(RectOp op)
    {
        MarkContent(decoration: true);
        EndText();
        Fill(op.ColorArgb);
        _b.Num(op.X).Space().Num(_height - op.Y - op.Height).Space().Num(op.Width).Space().Num(op.Height).Raw(" re f\n");
    }

    private void Image(ImageOp op)
    {
        if (_res.Image(op.Image.Id) is not { } image) return;
        MarkContent(decoration: false);
        EndText();
        DrawXObject(image.ResourceName, op.X, _height - op.Y - op.Height, op.Width, op.Height);
    }

    private void Fill(uint argb)
    {
        if (_fill == argb) return;
        CloseTj();
        Color(argb, stroke: false);
        _fill = argb;
    }

    /// <summary>
    /// Sets a colour: a grey (black included) in DeviceGray, so that a black-only press prints
    /// black text as solid black, not as a mix of four inks or a screen; any other in DeviceRGB.
    /// </summary>
    private void Color(uint argb, bool stroke)
    {
        uint r = (argb >> 16) & 0xFF, g = (argb >> 8) & 0xFF, bl = argb & 0xFF;
        if (r == g && g == bl) _b.Num(r / 255.0, 4).Raw(stroke ? " G\n" : " g\n");
        else _b.Num(r / 255.0, 4).Space().Num(g / 255.0, 4).Space().Num(bl / 255.0, 4).Raw(stroke ? " RG\n" : " rg\n");
    }

    // ---- links ----

    private void Link(float x, float y, float width, float height, string? url, string? target)
    {
        StructTag? tag = null;
        for (int i = _stack.Count - 1; i >= 0; i--)
            if (_stack[i].Role == StructRole.Link) { tag = _stack[i]; break; }
        // A link drawn outside a link tag is a structure element of its own.
        if (tag is null)
        {
            tag = new StructTag(StructRole.Link);
            _events.Add(new(StructEventKind.Begin, tag, 0));
            _events.Add(new(StructEventKind.End, tag, 0));
        }
        var rect = new PdfRect(x, _height - y - height, x + width, _height - y);
        var link = _links.FindLast(l => ReferenceEquals(l.Tag, tag) && l.Url == url && l.Target == target);
        if (link is null)
        {
            link = new PageLink(tag, url, target);
            _links.Add(link);
            _events.Add(new(StructEventKind.Annotation, tag, _links.Count - 1));
        }
        link.Add(rect);
    }
}
