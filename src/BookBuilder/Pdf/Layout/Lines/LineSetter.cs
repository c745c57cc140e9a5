using System.Text;
using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography.Bidi;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// Turns one <see cref="BrokenLine"/> into positioned drawing operations. Runs are placed in
/// visual order (rule L2 of the bidirectional algorithm) but emitted in logical order, so that the
/// PDF's text reads in the order it was written. A right-to-left paragraph (level 1) is set from
/// the right margin: its runs are reordered at that level and a line that does not fill the
/// measure (ragged, or the last of a justified paragraph) ends at the right.
/// </summary>
internal sealed class LineSetter(BreakItem[] items, TextPiece[] pieces, FlowStyle flow, float width, ITextMeasurer measurer, byte paragraphLevel = 0)
{
    private readonly Dictionary<TextStyle, FontMetrics> _metrics = [];
    private readonly List<Run> _runs = new(32);
    private readonly StringBuilder _text = new();
    // The language span of the run before, continued by the next run in the same language on the line.
    private StructTag? _langSpan;
    private StructTag? _langSpanLink;
    // The piece of the run before on the line, whose word space with the next run is placed by their elements.
    private TextPiece? _before;

    /// <summary>Pieces [FirstPiece, LastPiece] shaped as one text, and the glue before them.</summary>
    private struct Run
    {
        public int FirstPiece, LastPiece;
        public float GlueBefore, StretchBefore, ShrinkBefore, BlankBefore;
        /// <summary>How many blank boxes (kept spaces of code) make up <see cref="BlankBefore"/>.</summary>
        public int BlanksBefore;
        /// <summary>Bidirectional level of the pieces, and of the space before them (-1: no glue there).</summary>
        public int Level, GapLevel;
        public ShapedText? Shaped;
    }

    /// <summary>Text whose glyphs stood far out of the line (stacked marks), drawn brought back into it.</summary>
    public List<string> Squeezed { get; } = [];

    /// <summary>Whether a glyph of <paramref name="text"/> is raised or lowered by more than the font's ascent or descent, as only marks stacked on marks are.</summary>
    private bool Towering(ShapedText text)
    {
        var m = Metrics(text.Style);
        foreach (var run in text.Runs)
            foreach (var y in run.YOffsets)
                if (y > m.Ascent || y < m.Descent) return true;
        return false;
    }

    public SetLine Set(BrokenLine line)
    {
        var start = line.Start;
        while (start < line.End && items[start].Kind != BreakItemKind.Box) start++;
        var end = line.End;
        var endItem = items[end];
        var forcedEnd = endItem.IsForcedBreak;
        var hyphenate = endItem.Kind == BreakItemKind.Penalty && endItem.Width > 0;

        var runs = _runs;
        runs.Clear();
        float glue = 0, stretch = 0, shrink = 0, blank = 0;
        var blanks = 0;
        var gapLevel = -1;
        var joinable = false;
        for (var i = start; i < end; i++)
        {
            var it = items[i];
            switch (it.Kind)
            {
                case BreakItemKind.Glue:
                    glue += it.Width;
                    stretch += it.Stretch < 1000 ? it.Stretch : 0; // fill glue only ends paragraphs
                    shrink += it.Shrink;
                    gapLevel = Math.Max(it.Payload, 0);
                    joinable = false;
                    break;
                case BreakItemKind.Box when it.Payload < 0:
                    blank += it.Width;
                    blanks++;
                    joinable = false;
                    break;
                case BreakItemKind.Box:
                    var piece = pieces[it.Payload];
                    var head = joinable ? pieces[runs[^1].FirstPiece] : null;
                    if (head is not null && it.Payload == runs[^1].LastPiece + 1 && head.Look == piece.Look && head.Level == piece.Level
                        && piece.FootnoteId is null && head.FootnoteId is null && piece.Anchors.Count == 0 && piece.FitWidth == 0 && head.FitWidth == 0 && piece.Image is null && head.Image is null)
                    {
                        var last = runs[^1];
                        last.LastPiece = it.Payload;
                        runs[^1] = last;
                    }
                    else
                    {
                        runs.Add(new Run
                        {
                            FirstPiece = it.Payload, LastPiece = it.Payload,
                            GlueBefore = glue, StretchBefore = stretch, ShrinkBefore = shrink, BlankBefore = blank, BlanksBefore = blanks,
                            Level = piece.Level, GapLevel = gapLevel,
                        });
                        glue = stretch = shrink = blank = 0;
                        blanks = 0;
                        gapLevel = -1;
                    }
                    joinable = true;
                    break;
            }
        }
        float natural = 0, totalStretch = 0, totalShrink = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var first = pieces[run.FirstPiece];
            // A picture takes its width on the line and draws no glyph.
            run.Shaped = first.Image is not null
                ? new ShapedText("", first.Look.Style, [new ShapedRun(-1, "", [], [], [], [], first.Width, first.Look.Style.Size)])
                : measurer.Shape(RunText(run, hyphenate && r == runs.Count - 1), first.Look.Style, TextPiece.DirectionOf((byte)run.Level));
            if (first.Image is not null) { } // nothing to squeeze
            else if (first.FitWidth > 0)
                run.Shaped = run.Shaped.SqueezedTo(pieces[run.FirstPiece].FitWidth, EmergencySplitter.MaxShift * run.Shaped.Style.Size);
            else if (Towering(run.Shaped))
            {
                // Marks stacked on marks far above or below the line: brought down into it.
                run.Shaped = run.Shaped.SqueezedTo(run.Shaped.Width, EmergencySplitter.MaxShift * run.Shaped.Style.Size);
                Squeezed.Add(run.Shaped.Text);
            }
            runs[r] = run;
            natural += run.BlankBefore + run.GlueBefore + run.Shaped.Width;
            totalStretch += run.StretchBefore;
            totalShrink += run.ShrinkBefore;
        }

        var justify = flow.Align == TextAlign.Justify && !forcedEnd;
        float ratio = 0, tracking = 0, scale = 1;
        if (natural > width)
        {
            ratio = totalShrink > 0 ? (width - natural) / totalShrink : float.NegativeInfinity;
            // A line the breaker set tighter to avoid a runt: its glyphs, then its letters, take
            // what its word spaces would have to give beyond LetterTighteningFrom.
            var spacing = flow.Justification;
            if (line.Adjusted && totalShrink > 0 && -ratio > spacing.LetterTighteningFrom)
            {
                var excess = natural - width - spacing.LetterTighteningFrom * totalShrink;
                scale = Scale(runs, excess, -spacing.MaxGlyphScaling, out var narrowed);
                natural -= narrowed;
                if (spacing.MaxLetterTightening > 0)
                {
                    tracking = -LetterSpace(runs, excess - narrowed, spacing.MaxLetterTightening, -1, out var removed);
                    natural -= removed;
                }
                ratio = (width - natural) / totalShrink;
            }
        }
        else if (justify)
        {
            ratio = totalStretch > 0 ? (width - natural) / totalStretch : float.PositiveInfinity;
            var spacing = flow.Justification;
            if (float.IsFinite(ratio) && ratio > spacing.LetterSpacingFrom)
            {
                // Past LetterSpacingFrom: the glyphs of a line set to avoid a runt grow first, then
                // the letters of any loose line move apart.
                var excess = width - natural - spacing.LetterSpacingFrom * totalStretch;
                if (line.Adjusted)
                {
                    scale = Scale(runs, excess, spacing.MaxGlyphScaling, out var widened);
                    natural += widened;
                    excess -= widened;
                }
                if (spacing.MaxLetterSpacing > 0)
                {
                    tracking = LetterSpace(runs, excess, spacing.MaxLetterSpacing, 1, out var added);
                    natural += added;
                }
                ratio = (width - natural) / totalStretch;
            }
        }
        var applied = float.IsFinite(ratio) ? Math.Max(ratio, -1) : 0;
        var used = natural + (applied >= 0 ? applied * totalStretch : applied * totalShrink);
        // Decided from the content, not from `used`: natural + ratio * stretch lands on the measure
        // only up to rounding, so a very loose or tight line would report a few millionths of a
        // point of overflow. A line overflows only when even its fully shrunk glue cannot fit.
        var overfull = Math.Max(0, natural - totalShrink - width);

        // Left and right are the paragraph's start and end: a right-to-left paragraph starts at the right.
        var rtl = paragraphLevel % 2 == 1;
        var x = flow.Align switch
        {
            TextAlign.Center when used < width => (width - used) / 2,
            TextAlign.Right when used < width && !rtl => width - used,
            TextAlign.Left or TextAlign.Justify when used < width && rtl => width - used,
            _ => 0f,
        };
        var ops = new List<DrawOp>(runs.Count * 2);
        var footnotes = new List<string>();
        var positions = Place(runs, x, applied, out var gaps);
        _langSpan = null;
        // A line broken at a word space ends with that space, for the text's sake; so does a line
        // ended by a hard line break (the last item is the paragraph's own end), and the last line
        // when the flow asks for it.
        var textSpace = endItem.Kind == BreakItemKind.Glue
            || (forcedEnd && (end < items.Length - 1 || flow.SpaceAtEnd));
        var spaceAfter = textSpace ? Math.Max(endItem.Kind == BreakItemKind.Glue ? endItem.Width : 0, flow.Style.Size / 4) : 0;
        var wordHyphen = endItem.Kind == BreakItemKind.Penalty && endItem.Width == 0;
        // The space at the end of the line is the link's when the link goes on after it on the next line.
        var endInside = spaceAfter > 0 && runs.Count > 0 && NextPiece(end) is { } next && SameLink(pieces[runs[^1].FirstPiece], next) ? 1 : 0;
        _before = null;
        for (var r = 0; r < runs.Count; r++)
        {
            // Kept spaces (code) are written as that many space characters; a word space as one.
            var kept = flow.PreserveSpaces ? runs[r].BlanksBefore : 0;
            var space = kept > 0 ? gaps[r] + runs[r].BlankBefore : runs[r].GlueBefore > 0 ? gaps[r] : 0;
            var last = r == runs.Count - 1;
            Emit(runs[r], positions[r], space, Math.Max(kept, 1), last ? spaceAfter : 0, last ? endInside : 0, hyphenate && last, wordHyphen && last, ops, footnotes);
        }
        var spaces = 0;
        for (var r = 1; r < runs.Count; r++) if (runs[r].GlueBefore > 0) spaces++;
        var inUrl = endItem.Kind == BreakItemKind.Penalty && !forcedEnd && runs.Count > 0 && pieces[runs[^1].LastPiece].Url;
        var offset = runs.Count > 0 ? pieces[runs[0].FirstPiece].Offset : 0;
        return new SetLine(ops, natural, ratio, line.Hyphenated, overfull, footnotes, justify)
        {
            LetterSpacing = tracking, GlyphScale = scale, WordSpaces = spaces, BreaksUrl = inUrl && !hyphenate, HyphenatesUrl = inUrl && hyphenate, TextOffset = offset,
        };
    }

    /// <summary>
    /// Draws the glyphs of a justified line wider (a positive <paramref name="maxShare"/>) or
    /// narrower (a negative one) so that they take up to <paramref name="excess"/> points that its
    /// word spaces would otherwise have to absorb, by at most that share of their width. Pictures
    /// and clusters squeezed into the measure keep their size. Returns the scale factor and, in
    /// <paramref name="changed"/>, the width added or taken away (positive).
    /// </summary>
    private float Scale(List<Run> runs, float excess, float maxShare, out float changed)
    {
        changed = 0;
        float scalable = 0;
        foreach (var run in runs) if (Scalable(run)) scalable += run.Shaped!.Width;
        if (scalable <= 0 || excess <= 0 || maxShare == 0) return 1;
        var factor = 1 + Math.Sign(maxShare) * Math.Min(excess / scalable, Math.Abs(maxShare));
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (!Scalable(run)) continue;
            var before = run.Shaped!.Width;
            run.Shaped = run.Shaped.WithScale(factor);
            changed += Math.Abs(run.Shaped.Width - before);
            runs[r] = run;
        }
        return factor;

        bool Scalable(in Run run) => pieces[run.FirstPiece] is { FitWidth: 0, Image: null };
    }

    /// <summary>
    /// Letter-spaces the runs of a loose justified line so that they take up to
    /// <paramref name="excess"/> points that its word spaces would otherwise have to absorb, at
    /// most <see cref="Justification.MaxLetterSpacing"/> ems between two clusters. Returns the spacing
    /// in points and, in <paramref name="added"/>, the width it added to the line. With a
    /// <paramref name="sign"/> of -1 it tightens a tight line instead, by up to <paramref name="excess"/>
    /// points at most <paramref name="maxEms"/> ems between two clusters, and returns the spacing
    /// taken away and, in <paramref name="added"/>, the width taken from the line (both positive).
    /// </summary>
    private float LetterSpace(List<Run> runs, float excess, float maxEms, int sign, out float added)
    {
        added = 0;
        var gaps = 0;
        foreach (var run in runs) if (pieces[run.FirstPiece].FitWidth == 0) gaps += run.Shaped!.ClusterGaps;
        if (gaps == 0 || excess <= 0) return 0;
        var tracking = Math.Min(excess / gaps, maxEms * flow.Style.Size);
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (pieces[run.FirstPiece].FitWidth > 0) continue; // squeezed into the measure: no wider
            var before = run.Shaped!.Width;
            run.Shaped = run.Shaped.WithTracking(sign * tracking);
            added += sign * (run.Shaped.Width - before);
            runs[r] = run;
        }
        return tracking;
    }

    /// <summary>
    /// The x of each run, from <paramref name="x"/> on, with glue adjusted by <paramref name="ratio"/>.
    /// A line with right-to-left text is put in visual order: each run and the space before it are
    /// reordered by their levels (UAX #9 rule L2); a space with no glue (an indent, code's fixed
    /// spaces) takes the lower level of its neighbours.
    /// </summary>
    private float[] Place(List<Run> runs, float x, float ratio, out float[] gaps)
    {
        var positions = new float[runs.Count];
        gaps = new float[runs.Count];
        var widths = new float[runs.Count * 2];
        var levels = new byte[runs.Count * 2];
        var bidi = paragraphLevel > 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            widths[2 * r] = run.BlankBefore + run.GlueBefore + (ratio >= 0 ? ratio * run.StretchBefore : ratio * run.ShrinkBefore);
            gaps[r] = widths[2 * r] - run.BlankBefore;
            widths[2 * r + 1] = run.Shaped!.Width;
            var gap = run.GapLevel >= 0 ? run.GapLevel : r == 0 ? paragraphLevel : Math.Min(run.Level, runs[r - 1].Level);
            levels[2 * r] = (byte)gap;
            levels[2 * r + 1] = (byte)run.Level;
            bidi |= run.Level > 0 || gap > 0;
        }
        if (!bidi)
        {
            for (var r = 0; r < runs.Count; r++)
            {
                x += widths[2 * r];
                positions[r] = x;
                x += widths[2 * r + 1];
            }
            return positions;
        }
        foreach (var unit in BidiReorder.VisualOrder(levels))
        {
            if (unit % 2 == 1) positions[unit / 2] = x;
            x += widths[unit];
        }
        return positions;
    }

    /// <summary>The first piece of text or picture after item <paramref name="end"/> (the next line's first), or null.</summary>
    private TextPiece? NextPiece(int end)
    {
        for (var i = end + 1; i < items.Length; i++)
            if (items[i] is { Kind: BreakItemKind.Box, Payload: >= 0 } box) return pieces[box.Payload];
        return null;
    }

    /// <summary>Whether a word space between <paramref name="a"/> and <paramref name="b"/> is inside one link (neither a footnote mark nor a picture).</summary>
    private static bool SameLink(TextPiece a, TextPiece b) =>
        a.FootnoteId is null && b.FootnoteId is null && a.Image is null && b.Image is null
        && a.Look.Link?.Tag is { } tag && ReferenceEquals(tag, b.Look.Link?.Tag);

    /// <summary>
    /// The space glyph of <paramref name="style"/> as one cluster that reads as <paramref name="alt"/>
    /// (the PDF gives the glyph a character of its own mapped to that text, as it does for a
    /// ligature); null for an empty text. A ToUnicode entry holds at most 256 UTF-16 units: a
    /// longer text is cut at its last word space before that.
    /// </summary>
    private ShapedText? AltTextGlyph(string alt, TextStyle style)
    {
        alt = alt.Trim();
        if (alt.Length == 0) return null;
        if (alt.Length > MaxMappedText)
        {
            var cut = alt.LastIndexOf(' ', MaxMappedText - 1);
            alt = cut > 0 ? alt[..cut] : alt[..(char.IsHighSurrogate(alt[MaxMappedText - 1]) ? MaxMappedText - 1 : MaxMappedText)];
        }
        var space = measurer.Shape(" ", style);
        if (space.Runs.Count != 1 || space.Runs[0].Glyphs.Length != 1) return null;
        return new ShapedText(alt, style, [space.Runs[0] with { Text = alt, Clusters = [0] }]);
    }

    private const int MaxMappedText = 256;

    /// <summary>
    /// A word space of <paramref name="width"/> points before (<paramref name="before"/>) or after
    /// text at <paramref name="x"/> that is <paramref name="textWidth"/> wide, on the side it is in
    /// reading order: left of left-to-right text before it, right of right-to-left text.
    /// </summary>
    private static SpaceOp SpaceBeside(float x, float textWidth, bool rtl, bool before, float width, int count, float baseline, PieceLook look) =>
        new(before == rtl ? x + textWidth : x - width, baseline, width, look.Style, look.Color) { Count = count };

    /// <summary>The text of a run; a run of one piece reuses the piece's string.</summary>
    private string RunText(in Run run, bool hyphen)
    {
        if (run.FirstPiece == run.LastPiece) return hyphen ? pieces[run.FirstPiece].Text + "-" : pieces[run.FirstPiece].Text;
        _text.Clear();
        for (var p = run.FirstPiece; p <= run.LastPiece; p++) _text.Append(pieces[p].Text);
        if (hyphen) _text.Append('-');
        return _text.ToString();
    }

    /// <summary>
    /// Writes a run and the word spaces on either side of it. A word space is content of the
    /// element that holds the words on both sides: inside a link (and inside a language span)
    /// only between two of its words, else outside them, in the paragraph (or the list item, the
    /// table cell, the heading, the note) that the line belongs to; next to a footnote mark or a
    /// picture, always outside.
    /// </summary>
    /// <param name="space">Width of the word space before the run in reading order (0: none).</param>
    /// <param name="hyphen">The run ends with the hyphen of a line broken inside a word.</param>
    /// <param name="spaces">How many space characters fill <paramref name="space"/>.</param>
    /// <param name="spaceAfter">Width of the word space the line was broken at, after its last run (0: none).</param>
    /// <param name="afterDepth">How many of the run's elements hold <paramref name="spaceAfter"/>: 1 when the run's link goes on after it, else 0.</param>
    /// <param name="wordHyphen">The line was broken after a hyphen of the word itself.</param>
    private void Emit(in Run run, float x, float space, int spaces, float spaceAfter, int afterDepth, bool hyphen, bool wordHyphen, List<DrawOp> ops, List<string> footnotes)
    {
        var shaped = run.Shaped!;
        var piece = pieces[run.FirstPiece];
        var look = piece.Look;
        var m = Metrics(look.Style);
        var baseline = -look.Rise;
        var rtl = run.Level % 2 == 1;
        var before = _before;
        _before = piece;
        var scale = shaped.Runs.Count > 0 ? shaped.Runs[0].HorizontalScale : 1;
        SpaceOp? SpaceBefore() => space > 0 ? SpaceBeside(x, shaped.Width, rtl, before: true, space, spaces, baseline, look) with { HorizontalScale = scale } : null;
        SpaceOp? SpaceAfter() => spaceAfter > 0 ? SpaceBeside(x, shaped.Width, rtl, before: false, spaceAfter, 1, baseline, look) with { HorizontalScale = scale } : null;
        // Anchors of every piece in the run; pieces after the first never carry anchors (see the join rule).
        foreach (var id in piece.Anchors) ops.Add(new AnchorOp(x, baseline - m.Ascent, id));
        if (piece is { Image: { } image } picture)
        {
            // On the baseline, or from the ascent down when taller than it (never past the descent).
            var imageTop = baseline - Math.Min(picture.ImageHeight, m.Ascent);
            var figure = new StructTag(StructRole.Figure) { Alt = picture.Text };
            AddSpace(ops, SpaceBefore());
            ops.Add(new TagStartOp(figure));
            ops.Add(new ImageOp(x, imageTop, picture.Width, picture.ImageHeight, image));
            // For text extraction (copying the line, pdftotext): a space glyph, which draws
            // nothing, whose character reads as the alternative text, on the picture's baseline.
            if (AltTextGlyph(picture.Text, look.Style) is { } alt)
                ops.Add(new TextOp(x, baseline, alt, look.Color));
            ops.Add(new TagEndOp(figure));
            AddSpace(ops, SpaceAfter());
            return;
        }
        var linkTag = look.Link?.Tag;
        // A word in another language is a span with it: the author's, else one guessed from the
        // script; neighbouring words in it share the span.
        var lang = look.Lang ?? (flow.Language is null ? ScriptLanguage.Of(shaped.Text) : null);
        if (lang == flow.Language) lang = null;
        var previousSpan = _langSpan;
        if (lang is null) _langSpan = null;
        else if (_langSpan?.Lang != lang || !ReferenceEquals(_langSpanLink, linkTag))
        {
            _langSpan = new StructTag(StructRole.Span) { Lang = lang };
            _langSpanLink = linkTag;
        }
        // Where the space before the run goes: in its span, if the word before is in the same
        // span; else in its link, if that word is in the same link; else before both.
        var words = before is { FootnoteId: null, Image: null } && piece.FootnoteId is null;
        var depth = words && lang is not null && ReferenceEquals(_langSpan, previousSpan) ? 2 : before is not null && SameLink(before, piece) ? 1 : 0;
        if (depth == 0) AddSpace(ops, SpaceBefore());
        StructTag? reference = null;
        if (piece.FootnoteId is { } fn)
        {
            footnotes.Add(fn);
            reference = new StructTag(StructRole.Reference) { NoteId = fn };
            ops.Add(new TagStartOp(reference));
        }
        var top = baseline - m.Ascent;
        var height = m.Ascent - m.Descent;
        if (linkTag is not null) ops.Add(new TagStartOp(linkTag));
        if (depth == 1) AddSpace(ops, SpaceBefore());
        if (lang is not null) ops.Add(new TagStartOp(_langSpan!));
        if (depth == 2) AddSpace(ops, SpaceBefore());
        ops.Add(new TextOp(x, baseline, shaped, look.Color) { LayoutHyphen = hyphen, WordHyphenAtLineEnd = wordHyphen && shaped.Text.EndsWith('-') });
        if (lang is not null) ops.Add(new TagEndOp(_langSpan!));
        if (look.Link is { } link)
        {
            if (link.Url is not null) ops.Add(new UrlLinkOp(x, top, shaped.Width, height, link.Url));
            else if (link.InternalId is not null) ops.Add(new InternalLinkOp(x, top, shaped.Width, height, link.InternalId));
        }
        if (afterDepth == 1) AddSpace(ops, SpaceAfter());
        if (linkTag is not null) ops.Add(new TagEndOp(linkTag));
        if (reference is not null) ops.Add(new TagEndOp(reference));
        if (afterDepth == 0) AddSpace(ops, SpaceAfter());
        if (look.Strike)
        {
            var y = baseline - m.XHeight / 2;
            ops.Add(new RuleOp(x, y, x + shaped.Width, y, Math.Max(0.4f, look.Style.Size / 18), look.Color));
        }
    }

    private static void AddSpace(List<DrawOp> ops, SpaceOp? space)
    {
        if (space is not null) ops.Add(space);
    }

    private FontMetrics Metrics(TextStyle style)
    {
        if (!_metrics.TryGetValue(style, out var m)) _metrics[style] = m = measurer.Metrics(style);
        return m;
    }
}
