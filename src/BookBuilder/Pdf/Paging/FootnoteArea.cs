using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Elements;

namespace BookBuilder.Pdf.Paging;

/// <summary>A footnote's body and what a report needs to name it.</summary>
public sealed record FootnoteEntry(LayoutElement Element, int Number, SourceSpan Source);

/// <summary>What is left of a footnote to set on the next page: its remainder, or the whole note when none of it fitted.</summary>
/// <param name="Continued">Part of the note is already on an earlier page (the rest is marked as continued).</param>
public sealed record NoteCarry(string Id, LayoutElement Rest, bool Continued);

/// <summary>How the foot of a page is set: an empty foot, or the rule and notes with their height.</summary>
public sealed record FootLayout(Fragment Content, IReadOnlyList<NoteCarry> Carry, IReadOnlyList<string> Started, IReadOnlyList<PreflightNote> Notes)
{
    public static FootLayout Empty { get; } = new(Fragment.Empty, [], [], []);
}

/// <summary>
/// The foot of a page, as TeX sets inserts: a short rule, then what is left of notes begun on
/// earlier pages, then the notes the page calls in the order of their calls, each note a flow of
/// its own that may split across pages (at least its first lines stay on the page of its call;
/// the rest goes on at the foot of the next page, under a "continued" label). A note cited
/// from inside another note comes right after it. The foot takes at most
/// <see cref="MaxShare"/> of the page for notes that would otherwise crowd the body out, but
/// never less than the whole of every note except the last and the start of the last.
/// Notes are set once per width and reused.
/// </summary>
public sealed class FootnoteArea(
    IReadOnlyDictionary<string, FootnoteEntry> footnotes, float ruleGap, float noteGap, uint ruleColor, float noteLeading,
    Func<int, LayoutElement>? continuedLabel = null)
{
    /// <summary>
    /// The share of the page the foot may take when notes are long (TeX's \dimen\footins): enough
    /// for long notes to make headway, little enough that the body goes on beside them.
    /// </summary>
    public const float MaxShare = 0.5f;

    /// <summary>Lines of a note that stay on the page of its call, when it has that many.</summary>
    public const int StartLines = 2;

    private readonly Dictionary<(string, float), Fragment> _cache = [];
    private readonly Lock _gate = new();

    public static FootnoteArea None { get; } = new(new Dictionary<string, FootnoteEntry>(), 0, 0, 0, 0);

    /// <summary>The notes a page calls, in order, that are not yet placed: each followed by the notes cited inside it.</summary>
    public IReadOnlyList<string> NewNotes(IReadOnlyList<string> calls, IReadOnlySet<string> placed, float width)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string id)
        {
            if (placed.Contains(id) || !footnotes.ContainsKey(id) || !seen.Add(id)) return;
            result.Add(id);
            foreach (var inner in Full(id, width).FootnoteIds) Add(inner);
        }
        foreach (var id in calls) Add(id);
        return result;
    }

    /// <summary>
    /// The least height the foot must have for a page that calls <paramref name="ids"/> (0: none):
    /// what is carried whole when new notes follow it (or its share of the page when none do),
    /// every new note whole but the last, and the start of the last.
    /// </summary>
    public float Need(IReadOnlyList<NoteCarry> carry, IReadOnlyList<string> ids, float width, float pageHeight)
    {
        if (carry.Count == 0 && ids.Count == 0) return 0;
        var h = ruleGap;
        if (ids.Count == 0)
        {
            var carried = CarriedHeight(carry, width);
            return h + Math.Min(carried, Math.Max(pageHeight * MaxShare, CarriedStart(carry[0], width)));
        }
        h += CarriedHeight(carry, width);
        for (var i = 0; i < ids.Count - 1; i++) h += Full(ids[i], width).Height + noteGap;
        if (carry.Count > 0) h += noteGap;
        return h + StartHeight(footnotes[ids[^1]].Element, width);
    }

    /// <summary>
    /// The height the foot would like: every note whole, or <see cref="MaxShare"/> of the page when
    /// that is less (the last note then splits), but never less than <see cref="Need"/>.
    /// </summary>
    public float Desired(IReadOnlyList<NoteCarry> carry, IReadOnlyList<string> ids, float width, float pageHeight)
    {
        var need = Need(carry, ids, width, pageHeight);
        if (ids.Count == 0) return need;
        var whole = ruleGap + CarriedHeight(carry, width) + (carry.Count > 0 ? noteGap : 0);
        foreach (var id in ids) whole += Full(id, width).Height;
        whole += noteGap * (ids.Count - 1);
        return Math.Min(whole, Math.Max(need, pageHeight * MaxShare));
    }

    /// <summary>
    /// Sets the foot in <paramref name="room"/>: the carried notes, then <paramref name="ids"/>,
    /// as much as fits; what does not fit is carried to the next page.
    /// </summary>
    /// <param name="bodyEmpty">Nothing else is on the page: the foot must make progress.</param>
    public FootLayout Build(IReadOnlyList<NoteCarry> carry, IReadOnlyList<string> ids, float width, float room, bool bodyEmpty, float pageHeight)
    {
        if (carry.Count == 0 && ids.Count == 0) return FootLayout.Empty;
        var parts = new List<(string Id, LayoutElement Element, bool Continued, bool New)>();
        foreach (var c in carry) parts.Add((c.Id, c.Rest, c.Continued, false));
        foreach (var id in ids) parts.Add((id, footnotes[id].Element, false, true));

        var b = new FragmentBuilder();
        var notes = new List<PreflightNote>();
        var started = new List<string>();
        var next = new List<NoteCarry>();
        var y = ruleGap;
        for (var i = 0; i < parts.Count; i++)
        {
            var (id, element, continued, isNew) = parts[i];
            if (next.Count > 0)
            {
                // Something before this note did not fit: it waits its turn on the next page.
                next.Add(new NoteCarry(id, element, continued));
                if (isNew) notes.Add(Deferred(id));
                continue;
            }
            var gap = i == 0 ? 0 : noteGap;
            var label = continued && continuedLabel is not null && continuedLabel(footnotes[id].Number).Layout(new Region(width, float.MaxValue, false)) is Fits lf
                ? lf.Content : null;
            var labelHeight = label?.Height ?? 0;
            var top = y + gap + labelHeight;
            var force = bodyEmpty && i == 0;
            var result = element.Layout(new Region(width, Math.Max(0, room - top), force));
            switch (result)
            {
                case Fits f:
                    Place(b, label, f.Content, y + gap, labelHeight);
                    y = top + f.Content.Height;
                    break;
                case Partial p:
                    Place(b, label, p.Content, y + gap, labelHeight);
                    y = top + p.Content.Height;
                    next.Add(new NoteCarry(id, p.Remainder, true));
                    break;
                default:
                    next.Add(new NoteCarry(id, element, continued));
                    if (isNew) notes.Add(Deferred(id));
                    continue;
            }
            if (isNew)
            {
                started.Add(id);
                var full = Full(id, width).Height;
                if (full > pageHeight)
                {
                    var e = footnotes[id];
                    notes.Add(new PreflightNote(PreflightKind.Oversize,
                        $"footnote {e.Number} is taller than a page ({full:F0} pt, the text block is {pageHeight:F0} pt): it is split and continues at the foot of the next pages", e.Source));
                }
            }
        }
        if (started.Count == 0 && y <= ruleGap) return new FootLayout(Fragment.Empty, next, [], notes);
        b.Add(new RuleOp(0, ruleGap / 3, Math.Min(width, 72), ruleGap / 3, 0.5f, ruleColor));
        return new FootLayout(b.Build(y), next, started, notes);
    }

    private static void Place(FragmentBuilder b, Fragment? label, Fragment content, float y, float labelHeight)
    {
        if (label is not null) b.Add(label, 0, y);
        b.Add(content, 0, y + labelHeight);
    }

    private PreflightNote Deferred(string id)
    {
        var e = footnotes[id];
        return new PreflightNote(PreflightKind.Oversize, $"footnote {e.Number} starts on the page after its reference: the notes before it fill the foot of the page", e.Source);
    }

    /// <summary>Height of the carried notes set whole.</summary>
    private float CarriedHeight(IReadOnlyList<NoteCarry> carry, float width)
    {
        float h = 0;
        for (var i = 0; i < carry.Count; i++)
            h += (i > 0 ? noteGap : 0) + Height(carry[i].Rest, width) + (carry[i].Continued && continuedLabel is not null ? noteLeading : 0);
        return h;
    }

    /// <summary>The least of a carried note that makes headway: its label and its first lines.</summary>
    private float CarriedStart(NoteCarry carry, float width) =>
        StartHeight(carry.Rest, width) + (carry.Continued && continuedLabel is not null ? noteLeading : 0);

    /// <summary>Height of the first lines of a note (the whole note when it may not split there).</summary>
    private float StartHeight(LayoutElement note, float width) =>
        note.Layout(new Region(width, StartLines * noteLeading + 0.01f, false)) switch
        {
            Partial p => p.Content.Height,
            _ => Height(note, width),
        };

    private static float Height(LayoutElement element, float width) =>
        element.Layout(new Region(width, float.MaxValue, true)) switch { Fits f => f.Content.Height, Partial p => p.Content.Height, _ => 0 };

    /// <summary>A whole note set at <paramref name="width"/>.</summary>
    private Fragment Full(string id, float width)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue((id, width), out var cached)) return cached;
        }
        var result = footnotes[id].Element.Layout(new Region(width, float.MaxValue, true));
        var fragment = result switch { Fits f => f.Content, Partial p => p.Content, _ => Fragment.Empty };
        lock (_gate) _cache[(id, width)] = fragment;
        return fragment;
    }
}
