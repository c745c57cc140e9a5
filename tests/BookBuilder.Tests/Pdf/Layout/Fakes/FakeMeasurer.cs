using System.Collections.Concurrent;
using System.Globalization;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Pdf.Layout.Fakes;

/// <summary>
/// A measurer without fonts: every grapheme is 0.5 em wide, a space 0.25 em, bold text 10% wider.
/// Counts calls so tests can check caching.
/// </summary>
public sealed class FakeMeasurer : ITextMeasurer
{
    private readonly ConcurrentDictionary<(string, TextStyle), ShapedText> _cache = new();
    private int _calls;

    public int ShapeCalls => _calls;

    public ShapedText Shape(string text, TextStyle style)
    {
        Interlocked.Increment(ref _calls);
        return _cache.GetOrAdd((text, style), static key => Make(key.Item1, key.Item2));
    }

    public static float WidthOf(string text, TextStyle style)
    {
        float w = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var s = (string)e.Current;
            w += s == " " ? 0.25f : 0.5f;
        }
        return w * style.Size * (style.Bold ? 1.1f : 1f);
    }

    private static ShapedText Make(string text, TextStyle style)
    {
        var width = WidthOf(text, style);
        var run = new ShapedRun((int)style.Family, text, new ushort[text.Length], new float[text.Length], new float[text.Length],
            Enumerable.Range(0, text.Length).ToArray(), width, style.Size);
        return new ShapedText(text, style, [run]);
    }

    public FontMetrics Metrics(TextStyle style) =>
        new(style.Size * 0.8f, -style.Size * 0.2f, style.Size * 0.7f, style.Size * 0.5f);
}
