using BookBuilder.Pdf.Layout;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// Lays out footnote bodies for the foot of a page: a short rule, then each footnote in order.
/// Footnotes are set once per width and reused; a footnote is never split.
/// </summary>
public sealed class FootnoteArea(IReadOnlyDictionary<string, LayoutElement> footnotes, float ruleGap, float noteGap, uint ruleColor)
{
    private readonly Dictionary<(string, float), Fragment> _cache = [];
    private readonly Lock _gate = new();

    public static FootnoteArea None { get; } = new(new Dictionary<string, LayoutElement>(), 0, 0, 0);

    /// <summary>Height the footnotes <paramref name="ids"/> need (0 when there are none).</summary>
    public float Height(IReadOnlyList<string> ids, float width)
    {
        float h = 0;
        var any = false;
        foreach (var id in ids)
        {
            if (Get(id, width) is not { } f) continue;
            h += f.Height + (any ? noteGap : 0);
            any = true;
        }
        return any ? h + ruleGap : 0;
    }

    /// <summary>The footnote block (rule and notes) with its top at y = 0.</summary>
    public Fragment Build(IReadOnlyList<string> ids, float width)
    {
        var b = new FragmentBuilder();
        var y = ruleGap;
        var any = false;
        foreach (var id in ids)
        {
            if (Get(id, width) is not { } f) continue;
            if (any) y += noteGap;
            b.Add(f, 0, y);
            y += f.Height;
            any = true;
        }
        if (!any) return Fragment.Empty;
        b.Add(new RuleOp(0, ruleGap / 3, Math.Min(width, 72), ruleGap / 3, 0.5f, ruleColor));
        return b.Build(y);
    }

    private Fragment? Get(string id, float width)
    {
        if (!footnotes.TryGetValue(id, out var element)) return null;
        lock (_gate)
        {
            if (_cache.TryGetValue((id, width), out var cached)) return cached;
        }
        var result = element.Layout(new Region(width, float.MaxValue, true));
        var fragment = result switch { Fits f => f.Content, Partial p => p.Content, _ => Fragment.Empty };
        lock (_gate) _cache[(id, width)] = fragment;
        return fragment;
    }
}
