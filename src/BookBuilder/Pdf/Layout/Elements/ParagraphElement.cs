using System.Collections.Concurrent;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>How a paragraph may be split across pages.</summary>
/// <param name="Orphans">Fewest lines left at the bottom of a page when the paragraph is split.</param>
/// <param name="Widows">Fewest lines carried to the top of the next page.</param>
/// <param name="Splittable">False for headings and other text that must stay in one piece.</param>
public sealed record SplitRules(int Orphans = 2, int Widows = 2, bool Splittable = true)
{
    public static SplitRules Body { get; } = new();
    public static SplitRules Unbreakable { get; } = new(Splittable: false);
}

/// <summary>
/// A paragraph of text. Lines are composed once per measure and shared by every remainder of
/// the paragraph (the cache is thread-safe); a remainder is the same paragraph starting at a
/// later line. Every line takes the flow's leading; the baseline sits where the font's ascent
/// and descent are centred in it.
/// </summary>
public sealed class ParagraphElement : LayoutElement
{
    private readonly Shared _shared;
    private readonly int _firstLine;

    /// <summary>What all remainders of one paragraph share.</summary>
    private sealed record Shared(TextFlow Flow, ITextMeasurer Measurer, SplitRules Rules, SourceSpan Source, LineBreakOptions Options)
    {
        /// <summary>What the paragraph's text is in the book (a block, a heading, an entry), for <see cref="TextStartOp"/>; none when null.</summary>
        public object? Node { get; init; }
        /// <summary>Turns a line's offset in the flow into an offset in the node's text, when they differ (code).</summary>
        public Func<int, int>? OffsetOf { get; init; }
        public ConcurrentDictionary<float, ComposedText> Composed { get; } = new();
        public float BaselineOffset { get; init; }
    }

    /// <param name="node">What the text is in the book: each fragment starts with a <see cref="TextStartOp"/> naming it and the offset its first line starts at.</param>
    /// <param name="offsetOf">Turns an offset in the flow into one in the node's text, when they differ.</param>
    public ParagraphElement(TextFlow flow, ITextMeasurer measurer, SplitRules? rules = null, SourceSpan source = default, LineBreakOptions? options = null,
        object? node = null, Func<int, int>? offsetOf = null)
    {
        var m = measurer.Metrics(flow.Style.Style);
        var content = m.Ascent - m.Descent;
        _shared = new Shared(flow, measurer, rules ?? SplitRules.Body, source, options ?? LineBreakOptions.Default)
        {
            BaselineOffset = (flow.Style.Leading - content) / 2 + m.Ascent,
            Node = node,
            OffsetOf = offsetOf,
        };
    }

    private ParagraphElement(Shared shared, int firstLine)
    {
        _shared = shared;
        _firstLine = firstLine;
    }

    /// <summary>The paragraph's text flow.</summary>
    public TextFlow Flow => _shared.Flow;

    /// <summary>Line height of this paragraph.</summary>
    public float Leading => _shared.Flow.Style.Leading;

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public float BaselineOffset => _shared.BaselineOffset;

    /// <summary>The lines of the whole paragraph at <paramref name="width"/>.</summary>
    public ComposedText Compose(float width) =>
        _shared.Composed.GetOrAdd(width, w => LineComposer.Compose(_shared.Flow, w, _shared.Measurer, _shared.Options));

    /// <inheritdoc />
    /// <remarks>An unexpected failure while setting the lines names the paragraph's place in the manuscript.</remarks>
    public override LayoutResult Layout(Region region) =>
        InputLocationException.At(_shared.Source, (this, region), static s => s.Item1.LayoutLines(s.region));

    private LayoutResult LayoutLines(Region region)
    {
        var composed = Compose(region.Width);
        var total = composed.Lines.Count;
        var remaining = total - _firstLine;
        var leading = Leading;
        var fit = (int)Math.Floor((region.Height + 0.01f) / leading);
        if (remaining <= 0) return new Fits(Build(composed, _firstLine, 0));
        if (fit >= remaining) return new Fits(Build(composed, _firstLine, remaining));

        var rules = _shared.Rules;
        if (!rules.Splittable)
        {
            if (!region.AtPageTop) return NothingFits.Instance;
            var forced = Build(composed, _firstLine, Math.Max(1, fit), new PreflightNote(PreflightKind.Oversize,
                $"text that should stay together is taller than the page: \"{Excerpt(composed)}\"", _shared.Source));
            return Math.Max(1, fit) >= remaining ? new Fits(forced) : new Partial(forced, new ParagraphElement(_shared, _firstLine + Math.Max(1, fit)));
        }

        var take = Math.Min(fit, remaining - rules.Widows);
        if (take < rules.Orphans)
        {
            if (!region.AtPageTop) return NothingFits.Instance;
            // A page too short for the rules: break them rather than loop forever.
            take = Math.Max(1, Math.Min(fit, remaining - 1));
            var note = take < rules.Orphans
                ? new PreflightNote(PreflightKind.Orphan, $"single line left at the foot of a page: \"{Excerpt(composed)}\"", _shared.Source)
                : new PreflightNote(PreflightKind.Widow, $"single line carried to the next page: \"{Excerpt(composed)}\"", _shared.Source);
            return new Partial(Build(composed, _firstLine, take, note), new ParagraphElement(_shared, _firstLine + take));
        }
        return new Partial(Build(composed, _firstLine, take), new ParagraphElement(_shared, _firstLine + take));
    }

    private Fragment Build(ComposedText composed, int first, int count, PreflightNote? note = null)
    {
        var b = new FragmentBuilder();
        var leading = Leading;
        var baseline = BaselineOffset;
        if (_shared.Node is { } node && count > 0)
        {
            var offset = first == 0 ? 0 : composed.Lines[first].TextOffset;
            b.Add(new TextStartOp(0, 0, node, _shared.OffsetOf?.Invoke(offset) ?? offset));
        }
        if (first == 0)
        {
            foreach (var word in composed.UnfittableWords)
                b.AddNote(new PreflightNote(PreflightKind.UnfittableWord, $"word too wide for the measure, split by characters: {Shown(word)}", _shared.Source, Shown(word)));
            foreach (var cluster in composed.SqueezedClusters)
                b.AddNote(new PreflightNote(PreflightKind.SqueezedCluster,
                    $"a character with its marks too wide or too tall for a line, drawn squeezed into it: {Shown(cluster)}", _shared.Source, Shown(cluster)));
            if (composed.Lines.Count == 0)
                foreach (var id in composed.TrailingAnchors) b.Add(new AnchorOp(0, 0, id));
        }
        for (var i = 0; i < count; i++)
        {
            var line = composed.Lines[first + i];
            var y = i * leading + baseline;
            // A picture in the line is placed where its paragraph is (for the print edition's resolution check).
            foreach (var op in line.Ops) b.Add(DrawOps.Translate(op is ImageOp { Source.Line: 0 } image ? image with { Source = _shared.Source } : op, 0, y));
            foreach (var fn in line.FootnoteIds) b.AddFootnote(fn);
            var role = _shared.Flow.Style.Role;
            var runt = role != LineRole.Other && first + i == composed.Lines.Count - 1 && composed.Lines.Count > 1 && line.WordSpaces == 0;
            b.AddLine(new LineMetric(line.Justified ? line.Ratio : 0, line.Hyphenated, line.Overfull, line.Justified, line.LetterSpacing)
            {
                Baseline = y, Role = role, Source = _shared.Source, BreaksUrl = line.BreaksUrl, HyphenatesUrl = line.HyphenatesUrl, Runt = runt, RuntKept = runt && line.KeptRunt, Wrapped = line.Wrapped,
                GlyphScaling = line.GlyphScale - 1,
            });
            if (line.HyphenatesUrl) b.AddNote(new PreflightNote(PreflightKind.UrlHyphenated, $"an address hyphenated at a line end: \"{line.Text}\"", _shared.Source));
            if (first + i == composed.Lines.Count - 1)
                foreach (var id in composed.TrailingAnchors) b.Add(new AnchorOp(line.NaturalWidth, i * leading, id));
        }
        if (note is not null) b.AddNote(note);
        return b.Build(count * leading);
    }

    /// <summary>A word as a report shows it: whole up to 200 characters, else its start and its length.</summary>
    private static string Shown(string word) =>
        word.Length <= 200 ? word : $"{word[..(char.IsHighSurrogate(word[39]) ? 39 : 40)]}… ({word.Length} characters)";

    private static string Excerpt(ComposedText composed)
    {
        var text = composed.Lines.Count > 0 ? composed.Lines[0].Text : "";
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
