using System.Text;
using BookBuilder.Pdf.Layout;

namespace BookBuilder.Pdf.Output;

/// <summary>The glyphs and characters a document draws from each font, gathered before painting.</summary>
internal sealed class GlyphUsage
{
    private readonly SortedDictionary<int, (HashSet<ushort> Glyphs, HashSet<int> CodePoints)> _byFont = new();

    /// <summary>Font ids in ascending order, so the fonts are embedded in a stable order.</summary>
    public IEnumerable<int> FontIds => _byFont.Keys;

    public IReadOnlySet<ushort> Glyphs(int fontId) => _byFont[fontId].Glyphs;
    public IReadOnlySet<int> CodePoints(int fontId) => _byFont[fontId].CodePoints;

    public static GlyphUsage Collect(IReadOnlyList<PageFrame> pages)
    {
        var usage = new GlyphUsage();
        foreach (var page in pages)
            foreach (var op in page.Ops)
                if (op is TextOp text)
                    foreach (var run in text.Text.Runs)
                        usage.Add(run.FontId, run.Glyphs, run.Text);
        return usage;
    }

    private void Add(int fontId, ushort[] glyphs, string text)
    {
        if (!_byFont.TryGetValue(fontId, out var sets))
            _byFont[fontId] = sets = (new HashSet<ushort>(), new HashSet<int>());
        sets.Glyphs.UnionWith(glyphs);
        foreach (var rune in text.EnumerateRunes()) sets.CodePoints.Add(rune.Value);
    }
}
