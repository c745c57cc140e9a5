namespace BookBuilder.Pdf.Layout;

/// <summary>
/// Collects child fragments at offsets into one fragment. Local to one layout call; the result
/// is immutable.
/// </summary>
public sealed class FragmentBuilder
{
    private readonly List<DrawOp> _ops = [];
    private readonly List<string> _footnotes = [];
    private readonly List<LineMetric> _lines = [];
    private readonly List<PreflightNote> _notes = [];

    /// <summary>Adds <paramref name="fragment"/> with its top-left corner at (dx, dy).</summary>
    public FragmentBuilder Add(Fragment fragment, float dx, float dy)
    {
        foreach (var op in fragment.Ops) _ops.Add(DrawOps.Translate(op, dx, dy));
        _footnotes.AddRange(fragment.FootnoteIds);
        foreach (var line in fragment.Lines) _lines.Add(dy == 0 ? line : line with { Baseline = line.Baseline + dy });
        _notes.AddRange(fragment.Notes);
        return this;
    }

    public FragmentBuilder Add(DrawOp op) { _ops.Add(op); return this; }
    public FragmentBuilder AddLine(LineMetric line) { _lines.Add(line); return this; }
    public FragmentBuilder AddFootnote(string id) { _footnotes.Add(id); return this; }
    public FragmentBuilder AddNote(PreflightNote note) { _notes.Add(note); return this; }

    /// <summary>
    /// Freezes the collected content as a fragment of <paramref name="height"/>. A note that does
    /// not know its place (a heading kept from what follows it) takes the place of the content it
    /// is attached to, so that every layout problem is reported at a line of the manuscript.
    /// </summary>
    public Fragment Build(float height)
    {
        var fragment = new Fragment(height, _ops.ToArray(), _footnotes.ToArray(), _lines.ToArray(), _notes.ToArray());
        if (!_notes.Any(n => n.Source.Line == 0)) return fragment;
        var at = fragment.FirstSource();
        return at.Line == 0 ? fragment : fragment with { Notes = _notes.Select(n => n.Source.Line == 0 ? n with { Source = at } : n).ToArray() };
    }
}
