using BookBuilder.Model;
using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Typography.Hyphenation;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Turns inline content into a <see cref="TextFlow"/>: words become boxes (split at hyphenation
/// points and after hyphens and dashes), spaces become glue, non-breaking spaces glue that cannot
/// break, hard line breaks forced breaks. Text without spaces between inlines stays one word, so a
/// word keeps its punctuation and footnote mark. Acronyms become pieces of their own in small
/// capitals when the flow asks for them, and right-to-left text gets its bidirectional levels
/// (<see cref="ParagraphBidi"/>).
/// </summary>
public sealed class InlineItemizer
{
    private readonly ITextMeasurer _measurer;
    private readonly Hyphenator _hyphenator;
    private readonly FlowStyle _flow;
    private readonly ReferenceResolver? _references;
    private readonly List<BreakItem> _items = new(256);
    private readonly List<TextPiece> _pieces = new(128);
    private readonly List<string> _pendingAnchors = [];
    // The word being collected: segments of one look each, flushed at whitespace.
    private readonly List<Segment> _word = [];
    // The word being flushed is an address.
    private bool _url;
    // Spaces being added are inside inline code: fixed width.
    private bool _fixedSpaces;
    // Where the text walked so far ends, counted as TextOffsets counts.
    private int _offset;

    /// <param name="Offset">Where the segment starts in the paragraph's text (see <see cref="TextPiece.Offset"/>).</param>
    /// <param name="Generated">Text the builder adds: every part of it keeps its offset.</param>
    private record struct Segment(string Text, PieceLook Look, string? Footnote, string[] Anchors, int Offset, bool Generated);

    private InlineItemizer(ITextMeasurer measurer, Hyphenator hyphenator, FlowStyle flow, ReferenceResolver? references)
    {
        _references = references;
        _measurer = measurer;
        _hyphenator = flow.Hyphenate ? hyphenator : Hyphenator.None;
        _flow = flow;
    }

    /// <summary>Builds the flow of <paramref name="inlines"/> set in <paramref name="flow"/>.</summary>
    /// <param name="leadingAnchors">Anchor ids placed at the start of the text (e.g. a heading's id).</param>
    /// <param name="references">What cross-references print; text without a plan has none.</param>
    public static TextFlow Itemize(IEnumerable<Inline> inlines, FlowStyle flow, ITextMeasurer measurer, Hyphenator hyphenator,
        IEnumerable<string>? leadingAnchors = null, ReferenceResolver? references = null)
    {
        var it = new InlineItemizer(measurer, hyphenator, flow, references);
        it._items.Capacity = 64;
        if (leadingAnchors is not null) it._pendingAnchors.AddRange(leadingAnchors);
        // A negative indent hangs the first line out of the measure (index entries, in a measure indented as much).
        if (flow.FirstLineIndent != 0) it._items.Add(BreakItem.Box(flow.FirstLineIndent));
        it.Walk(inlines, new PieceLook(flow.Style, flow.Color, 0, null, false));
        it.FlushWord();
        return it.Finish();
    }

    /// <summary>Builds a flow from plain text in one look.</summary>
    public static TextFlow Itemize(string text, FlowStyle flow, ITextMeasurer measurer, Hyphenator hyphenator, IEnumerable<string>? leadingAnchors = null) =>
        Itemize([new TextInline(text)], flow, measurer, hyphenator, leadingAnchors);

    private void Walk(IEnumerable<Inline> inlines, PieceLook look)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: AddText(t.Text, look); break;
                case CodeInline c:
                    // Code keeps its spaces as the font sets them: justification stretches the spaces around it, not inside.
                    _fixedSpaces = true;
                    AddText(c.Code, look with { Style = new TextStyle(FontFamilyRole.Mono, look.Style.Size * _flow.CodeScale, look.Style.Bold, false) });
                    _fixedSpaces = false;
                    break;
                case LineBreakInline { Hard: true }: HardBreak(); break;
                case LineBreakInline: AddText(" ", look); break; // counts one, as a space
                case EmphasisInline e: Walk(e.Children, Emphasise(look, e.Kind)); break;
                case LinkInline l when !_flow.Links:
                    // On paper a link is its text; an address the text does not already show follows it.
                    Walk(l.Children, look);
                    if (!l.IsInternal && PrintedAddress.Of(l.Url, InlineText.Plain(l.Children)) is { } address)
                        AddText(" (" + address + ")", look);
                    break;
                case LinkInline l:
                    var target = l.TargetId is not null ? LinkTarget.Internal(l.TargetId) : LinkTarget.External(l.Url);
                    Walk(l.Children, look with { Link = target, Color = _flow.LinkColor });
                    break;
                case GlossaryRefInline g:
                    _pendingAnchors.Add(g.UseId);
                    Walk(g.Children, _flow.Links ? look with { Link = LinkTarget.Internal(g.EntryId), Color = _flow.GlossaryColor } : look);
                    break;
                case FootnoteRefInline f:
                    _pendingAnchors.Add(f.RefId);
                    var mark = look with
                    {
                        Style = look.Style.WithSize(look.Style.Size * 0.62f),
                        Rise = look.Style.Size * 0.36f,
                        Link = _flow.Links ? LinkTarget.Internal(f.FootnoteId) : null,
                        Color = _flow.Links ? _flow.LinkColor : look.Color,
                    };
                    AddSegment(f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), mark, f.FootnoteId, _offset, generated: true);
                    break;
                case IndexMarkInline m:
                    _pendingAnchors.Add(m.Id);
                    Walk(m.Children, look);
                    break;
                case LanguageInline l:
                    Walk(l.Children, look with { Lang = l.Language });
                    break;
                case CrossRefInline x:
                    if (_references is null) throw new InvalidOperationException("a cross-reference needs the book plan to be set");
                    _pendingAnchors.Add(x.RefId);
                    // In print a cross-reference is its label and page, as plain text.
                    AddText(_references.Text(x), _flow.Links ? look with { Link = LinkTarget.Internal(x.TargetId), Color = _flow.LinkColor } : look, generated: true);
                    break;
                case OrnamentInline o:
                    AddText(o.Text, look with { Style = look.Style with { Family = FontFamilyRole.Emoji, Bold = false, Italic = false } });
                    break;
                case ImageInline img:
                    AddImage(img.Image, look);
                    break;
                default:
                    throw UnknownNodeException.Inline(inline, "the PDF edition");
            }
        }
    }

    private static PieceLook Emphasise(PieceLook look, EmphasisKind kind) => kind switch
    {
        EmphasisKind.Italic => look with { Style = look.Style.WithItalic(!look.Style.Italic) },
        EmphasisKind.Bold => look with { Style = look.Style.WithBold() },
        EmphasisKind.Strikethrough => look with { Strike = true },
        EmphasisKind.Superscript => look with { Style = look.Style.WithSize(look.Style.Size * 0.7f), Rise = look.Rise + look.Style.Size * 0.33f },
        EmphasisKind.Subscript => look with { Style = look.Style.WithSize(look.Style.Size * 0.7f), Rise = look.Rise - look.Style.Size * 0.15f },
        _ => look,
    };

    /// <param name="generated">Text the builder adds: it takes the offset of its place and does not move it.</param>
    private void AddText(string text, PieceLook look, bool generated = false)
    {
        var at = _offset;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var nonBreaking = c is '\u00A0' or '\u202F' or '\u2007';
            if (!nonBreaking && !char.IsWhiteSpace(c)) continue;
            if (i > start) AddSegment(text[start..i], look, null, generated ? at : at + start, generated);
            FlushWord();
            AddSpace(look.Style, nonBreaking);
            start = i + 1;
        }
        if (start < text.Length) AddSegment(text[start..], look, null, generated ? at : at + start, generated);
        if (!generated) _offset += text.Length;
    }

    private void AddSegment(string text, PieceLook look, string? footnote, int offset, bool generated)
    {
        var anchors = _pendingAnchors.Count == 0 ? [] : _pendingAnchors.ToArray();
        _pendingAnchors.Clear();
        if (_word.Count > 0 && _word[^1].Look == look && _word[^1].Footnote is null && footnote is null && anchors.Length == 0 && _word[^1].Generated == generated)
        {
            _word[^1] = _word[^1] with { Text = _word[^1].Text + text };
            return;
        }
        _word.Add(new Segment(text, look, footnote, anchors, offset, generated));
    }

    private void AddSpace(TextStyle style, bool nonBreaking)
    {
        if (_flow.PreserveSpaces)
        {
            // Code keeps every space (indentation included) as blank width, breakable after it.
            _items.Add(BreakItem.Box(_measurer.Shape(" ", style).Width));
            if (!nonBreaking) _items.Add(BreakItem.Glue(0, 0, 0));
            return;
        }
        if (_items.Count == 0 || _items[^1].Kind == BreakItemKind.Glue) return; // collapse runs of spaces
        var width = _measurer.Shape(" ", style).Width;
        var justify = _flow.Align == TextAlign.Justify;
        if (nonBreaking) _items.Add(BreakItem.Prohibit());
        // TeX's amounts for a roman font: stretch a sixth of an em, shrink a ninth (a third of its
        // space). This font's space is narrower than TeX's third of an em, so a stretch and shrink
        // in proportion to it would set stiff lines, which end up very loose or hyphenated. Shrink
        // stops at 40% of the space, so a tight line keeps at least 60% of its word spaces.
        var stretch = justify && !_fixedSpaces ? Math.Max(width / 2, style.Size / 6) : 0;
        var shrink = _fixedSpaces ? 0 : justify ? Math.Min(Math.Max(width / 3, style.Size / 9), width * 0.4f) : width / 4;
        _items.Add(BreakItem.Glue(width, stretch, shrink));
    }

    private void HardBreak()
    {
        FlushWord();
        TrimTrailingGlue();
        _items.Add(BreakItem.Prohibit());
        _items.Add(BreakItem.Glue(0, ParFill, 0));
        _items.Add(BreakItem.Forced());
    }

    private const float ParFill = 100_000f;

    private void FlushWord()
    {
        if (_word.Count == 0) return;
        if (_flow.SmallCapsAcronyms) SplitAcronyms();
        _url = IsUrl();
        var lettersBefore = false;
        foreach (var (raw, look, footnote, anchors, offset, generated) in _word)
        {
            var s = raw;
            if (footnote is not null)
            {
                AddBox(s, look, anchors, footnote, offset, generated);
                lettersBefore = true;
                continue;
            }
            // An acronym is never hyphenated; an address breaks at its separators, never with a hyphen.
            var cuts = _url ? UrlText.Breaks(raw, lettersBefore)
                : WordBreaks.Find(raw, lettersBefore, look.Style.SmallCaps ? Hyphenator.None : _hyphenator, out s);
            // Soft hyphens and zero-width spaces the author wrote are gone from s: count them back.
            var clean = s;
            int At(int index) => generated ? offset : offset + RawIndex(raw, clean, index);
            var hyphenWidth = -1f;
            var last = 0;
            var first = true;
            foreach (var cut in cuts)
            {
                AddBox(s[last..cut.Offset], look, first ? anchors : [], null, At(last), generated);
                first = false;
                if (cut.Hyphenation)
                {
                    if (hyphenWidth < 0) hyphenWidth = _measurer.Shape("-", look.Style).Width;
                    _items.Add(BreakItem.PenaltyAt(hyphenWidth, _flow.Justification.HyphenPenalty, flagged: true));
                }
                else
                {
                    _items.Add(BreakItem.PenaltyAt(0, _flow.Justification.ExplicitHyphenPenalty, flagged: cut.Flagged));
                }
                last = cut.Offset;
            }
            AddBox(s[last..], look, first ? anchors : [], null, At(last), generated);
            lettersBefore = true;
        }
        _word.Clear();
        _url = false;
    }

    /// <summary>Whether the word being collected is an address; most words are ruled out without building a string.</summary>
    private bool IsUrl()
    {
        var candidate = false;
        foreach (var segment in _word)
            candidate |= segment.Footnote is null && (segment.Text.Contains(':') || segment.Text.Contains('@') || segment.Text.Contains("www.", StringComparison.OrdinalIgnoreCase));
        return candidate && UrlText.IsUrl(_word.Count == 1 ? _word[0].Text : string.Concat(_word.Select(w => w.Text)));
    }

    /// <summary>The index in <paramref name="raw"/> of character <paramref name="index"/> of <paramref name="clean"/>, which is raw without some characters.</summary>
    private static int RawIndex(string raw, string clean, int index)
    {
        if (ReferenceEquals(raw, clean) || raw.Length == clean.Length) return index;
        var r = 0;
        for (var c = 0; c < index && r < raw.Length; r++)
            if (raw[r] == clean[c]) c++;
        while (r < raw.Length && index < clean.Length && raw[r] != clean[index]) r++;
        return r;
    }

    /// <summary>
    /// Splits the segments of the word being collected so that each acronym is a segment of its
    /// own in small capitals. Code, emoji and footnote marks are left as they are, but still
    /// count as the acronym's neighbours.
    /// </summary>
    private void SplitAcronyms()
    {
        var capitals = 0;
        foreach (var segment in _word)
            foreach (var c in segment.Text)
                if (char.IsUpper(c)) capitals++;
        if (capitals < 2) return; // most words: no acronym possible
        var word = string.Concat(_word.Select(w => w.Text));
        var acronyms = Acronyms.Find(word);
        if (acronyms.Count == 0) return;
        var inAcronym = new bool[word.Length];
        foreach (var (start, length) in acronyms) inAcronym.AsSpan(start, length).Fill(true);

        var split = new List<Segment>(_word.Count + 2 * acronyms.Count);
        var offset = 0;
        foreach (var segment in _word)
        {
            var (text, look, footnote, anchors, segmentOffset, generated) = segment;
            var eligible = footnote is null && look.Style.Family is not (FontFamilyRole.Mono or FontFamilyRole.Emoji);
            if (!eligible || Array.IndexOf(inAcronym, true, offset, text.Length) < 0)
            {
                split.Add(segment);
                offset += text.Length;
                continue;
            }
            for (var from = 0; from < text.Length;)
            {
                var small = inAcronym[offset + from];
                var to = from + 1;
                while (to < text.Length && inAcronym[offset + to] == small) to++;
                var partLook = look with { Style = look.Style.WithSmallCaps(small) };
                split.Add(new Segment(text[from..to], partLook, null, from == 0 ? anchors : [], generated ? segmentOffset : segmentOffset + from, generated));
                from = to;
            }
            offset += text.Length;
        }
        _word.Clear();
        _word.AddRange(split);
    }

    /// <summary>
    /// A picture in the line: its natural size (96 pixels an inch), scaled down to the height of
    /// the text's ascent and descent when taller, so that it stays inside its line. It is a word of
    /// its own (its text is its alternative text); text written against it stays joined to it.
    /// </summary>
    private void AddImage(BookImage image, PieceLook look)
    {
        var m = _measurer.Metrics(look.Style);
        float w = Math.Max(1, image.Width) * 0.75f, h = Math.Max(1, image.Height) * 0.75f;
        var scale = Math.Min(1, (m.Ascent - m.Descent) / h);
        var anchors = _pendingAnchors.Count == 0 ? [] : _pendingAnchors.ToArray();
        _pendingAnchors.Clear();
        FlushWord();
        var alt = image.Alt.Length > 0 ? image.Alt : Path.GetFileNameWithoutExtension(image.RelativePath);
        _pieces.Add(new TextPiece(alt, look, w * scale, anchors, null) { Image = image, ImageHeight = h * scale, Offset = _offset, Generated = true });
        _items.Add(BreakItem.Box(w * scale, _pieces.Count - 1));
    }

    private void AddBox(string text, PieceLook look, IReadOnlyList<string> anchors, string? footnote, int offset, bool generated)
    {
        // Measured left to right; a piece that turns out to be right-to-left is measured again.
        var width = _measurer.Shape(text, look.Style, TextDirection.LeftToRight).Width;
        _pieces.Add(new TextPiece(text, look, width, anchors, footnote) { Url = _url && footnote is null, Offset = offset, Generated = generated });
        _items.Add(BreakItem.Box(width, _pieces.Count - 1));
    }

    /// <summary>
    /// Drops hyphenation points of the paragraph's last word, so that no paragraph ends with a
    /// lone syllable ("bat-" / "tles.") on its last line.
    /// </summary>
    private void UnhyphenateLastWord()
    {
        for (var i = _items.Count - 1; i >= 0 && _items[i].Kind != BreakItemKind.Glue; i--)
            if (_items[i].Kind == BreakItemKind.Penalty && _items[i].Width > 0 && _items[i].Flagged) _items.RemoveAt(i);
    }

    private void TrimTrailingGlue()
    {
        while (_items.Count > 0 && _items[^1].Kind == BreakItemKind.Glue) _items.RemoveAt(_items.Count - 1);
        if (_items.Count > 0 && _items[^1].Kind == BreakItemKind.Penalty && _items[^1].Penalty >= BreakItem.Infinity) _items.RemoveAt(_items.Count - 1);
    }

    private TextFlow Finish()
    {
        TrimTrailingGlue();
        UnhyphenateLastWord();
        _items.Add(BreakItem.Prohibit());
        _items.Add(BreakItem.Glue(0, _flow.Align == TextAlign.Justify ? ParFill : 0, 0));
        _items.Add(BreakItem.Forced());
        var (items, pieces, level) = ParagraphBidi.Apply(_items, _pieces, _measurer, _flow.Direction);
        return new TextFlow(items.ToArray(), pieces.ToArray(), _flow, _pendingAnchors.ToArray()) { ParagraphLevel = level };
    }
}
