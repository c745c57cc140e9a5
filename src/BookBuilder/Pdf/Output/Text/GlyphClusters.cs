using BookBuilder.Typography;

namespace BookBuilder.Pdf.Output.Text;

/// <summary>
/// One cluster of a shaped run: the glyphs [<see cref="GlyphStart"/>, +<see cref="GlyphCount"/>)
/// drawn for the characters [<see cref="TextStart"/>, <see cref="TextEnd"/>) of the run's text.
/// </summary>
internal readonly record struct GlyphCluster(int GlyphStart, int GlyphCount, int TextStart, int TextEnd);

/// <summary>
/// Splits a run into clusters. HarfBuzz gives every glyph the offset of the first character of
/// its cluster; glyphs are in visual order, so offsets rise in a left-to-right run and fall in a
/// right-to-left one. A cluster's text ends where the next higher offset begins.
/// </summary>
internal static class GlyphClusters
{
    public static void Split(ShapedRun run, List<GlyphCluster> into)
    {
        into.Clear();
        var clusters = run.Clusters;
        int n = clusters.Length;
        if (Monotonic(clusters, out bool rising))
        {
            // The usual case: a cluster's text ends where the next (rising) or previous (falling) group starts.
            int groupStart = 0;
            for (int i = 1; i <= n; i++)
            {
                if (i < n && clusters[i] == clusters[groupStart]) continue;
                into.Add(new GlyphCluster(groupStart, i - groupStart, 0, 0));
                groupStart = i;
            }
            for (int k = 0; k < into.Count; k++)
            {
                var g = into[k];
                int start = Math.Clamp(clusters[g.GlyphStart], 0, run.Text.Length);
                int neighbour = rising ? k + 1 : k - 1;
                int end = neighbour >= 0 && neighbour < into.Count ? clusters[into[neighbour].GlyphStart] : run.Text.Length;
                into[k] = g with { TextStart = start, TextEnd = Math.Clamp(end, start, run.Text.Length) };
            }
            return;
        }
        for (int i = 0; i < n;)
        {
            int start = i, value = clusters[i];
            while (i < n && clusters[i] == value) i++;
            int end = run.Text.Length;
            for (int k = 0; k < n; k++)
                if (clusters[k] > value && clusters[k] < end) end = clusters[k];
            into.Add(new GlyphCluster(start, i - start, Math.Clamp(value, 0, run.Text.Length), end));
        }
    }

    private static bool Monotonic(int[] clusters, out bool rising)
    {
        rising = clusters.Length < 2 || clusters[0] <= clusters[^1];
        for (int i = 1; i < clusters.Length; i++)
            if (rising ? clusters[i] < clusters[i - 1] : clusters[i] > clusters[i - 1]) return false;
        return true;
    }

    /// <summary>Whether the run's glyphs are in right-to-left order (offsets fall).</summary>
    public static bool IsRightToLeft(ShapedRun run)
    {
        var c = run.Clusters;
        return c.Length > 1 && c[0] > c[^1];
    }

    /// <summary>Whether any run of the text is set right to left.</summary>
    public static bool IsRightToLeft(ShapedText text)
    {
        foreach (var run in text.Runs) if (IsRightToLeft(run)) return true;
        return false;
    }
}
