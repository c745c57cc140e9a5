namespace BookBuilder.Pdf.Layout.LineBreaking;

/// <summary>
/// Knuth-Plass total-fit line breaking: chooses the breaks of a whole paragraph that minimise the
/// sum of demerits, with fitness classes, flagged (hyphen) penalties and a hard limit on
/// consecutive hyphenated lines, and (when asked) no runt. Looseness is always 0. The paragraph must end with a forced break.
/// </summary>
public static class KnuthPlassBreaker
{
    private struct Node
    {
        public int Position;
        public int Fitness;
        public int Hyphens;
        public float TotalWidth, TotalStretch, TotalShrink, TotalLetterSpacing, TotalTightening, TotalScaling;
        public double Demerits;
        public float Ratio;
        public bool Flagged, Adjusted;
        public int Previous;
    }

    /// <summary>
    /// Breaks <paramref name="items"/> into lines of <paramref name="width"/>. Tries the
    /// configured tolerance first; failing that, an emergency pass accepts any line that does not
    /// overflow (short lines without stretch included), so a result exists whenever every box fits
    /// the measure. Returns null only when some box is wider than the measure.
    /// </summary>
    /// <remarks>
    /// The emergency pass works like TeX's \emergencystretch: every line gets extra background
    /// stretch (<see cref="LineBreakOptions.EmergencyStretch"/> of the measure) when its badness is
    /// computed, and that badness is not capped, so a line twice as loose always costs more and the
    /// unavoidable looseness is spread over the paragraph instead of piling up in a few lines that a
    /// capped badness would rate as equally (infinitely) bad. Lines are still set with their own
    /// stretch only; the background stretch exists only for ranking.
    /// </remarks>
    public static IReadOnlyList<BrokenLine>? Break(ReadOnlySpan<BreakItem> items, float width, LineBreakOptions? options = null)
    {
        options ??= LineBreakOptions.Default;
        // A runt (the paragraph's last word alone on its last line): the passes are tried again
        // without any break that would leave one. Total fit then chooses among all the ways to set
        // the paragraph without it, one line shorter (tighter lines that take the word up) or one
        // line longer (looser lines that send a second word down) alike, as TeX's \looseness ±1
        // would. A paragraph that cannot be set without a runt at all (its last two words wider
        // than the measure) keeps one.
        var set = Passes(items, width, options, -1);
        if (!options.AvoidRunts || set is null || set.Count < 2 || LastWordBreak(items) is not (>= 0 and var lastWord) || set[^1].Start <= lastWord)
            return set;
        // The runt-free setting is taken unless it needs a very loose line the paragraph does not
        // have with the runt: a line with holes in it is worse than a short last line.
        var limit = Math.Max(options.RuntLooseness, Loosest(set));
        if (Passes(items, width, options, lastWord) is { } whole && Loosest(whole) <= limit) return whole;
        // Failing that, as a compositor would, lines may be set a little tighter or looser than
        // their word spaces alone allow: past the word spaces' thresholds their glyphs are drawn
        // up to 2% narrower or wider (BreakItem.Scaling) and then, if need be, their letters
        // closer (BreakItem.Shrink) or further apart (BreakItem.Stretch), so that a line can take
        // up a few more letters or send a word down without holes. Only a paragraph that would
        // otherwise keep a runt or have a very loose line is set so.
        var adjusted = Passes(items, width, options, lastWord, adjust: true);
        if (adjusted is not null && Loosest(adjusted) <= limit) return adjusted;
        var kept = set.ToArray();
        kept[^1] = kept[^1] with { KeptRunt = true };
        return kept;
    }

    /// <summary>The largest adjustment ratio of the lines before the last (the last is set loose by design).</summary>
    private static float Loosest(IReadOnlyList<BrokenLine> lines)
    {
        var max = 0f;
        for (var i = 0; i < lines.Count - 1; i++) max = Math.Max(max, lines[i].Ratio);
        return max;
    }

    /// <summary>
    /// As TeX does: first without inserted hyphens at a strict tolerance, so paragraphs that set
    /// well unbroken are not hyphenated at all; then with hyphens; then the emergency pass.
    /// </summary>
    private static IReadOnlyList<BrokenLine>? Passes(ReadOnlySpan<BreakItem> items, float width, LineBreakOptions options, int forbidFrom, bool adjust = false)
    {
        if (options.PreTolerance >= 0 && Run(items, width, options, options.PreTolerance, hyphenate: false, forbidFrom: forbidFrom, adjust: adjust) is { } plain)
            return plain;
        return Run(items, width, options, options.Tolerance, forbidFrom: forbidFrom, adjust: adjust)
            ?? Run(items, width, options, float.PositiveInfinity, emergencyStretch: Math.Max(0, options.EmergencyStretch) * width, forbidFrom: forbidFrom, adjust: adjust);
    }

    /// <summary>
    /// The last legal break before the paragraph's last word (the glue in front of it): a break
    /// there or after it leaves that word, or a part of it, alone on the last line. -1 when the
    /// paragraph is one word, or its last line follows a hard line break (a line of verse, of an
    /// address: the author's).
    /// </summary>
    public static int LastWordBreak(ReadOnlySpan<BreakItem> items)
    {
        if (items.Length == 0 || !items[^1].IsForcedBreak) return -1;
        for (var i = items.Length - 2; i > 0; i--)
        {
            if (items[i].IsForcedBreak) return -1;
            if (items[i].Kind == BreakItemKind.Glue && items[i - 1].Kind == BreakItemKind.Box) return i;
        }
        return -1;
    }

    /// <summary>One pass at a fixed tolerance; null when no feasible set of breaks exists.</summary>
    /// <param name="hyphenate">False to ignore inserted-hyphen breaks (flagged penalties with a width).</param>
    /// <param name="emergencyStretch">
    /// Null for a normal pass (badness 100·r³ capped at 10000). Otherwise an emergency pass: this
    /// much stretch, in points, is added to every line when its badness and fitness are computed,
    /// and the badness is not capped. <paramref name="tolerance"/> still applies to the line's own
    /// adjustment ratio.
    /// </param>
    /// <param name="forbidFrom">Breaks at this item or after it, but the paragraph's end, are not taken (-1: none forbidden).</param>
    /// <param name="adjust">
    /// Lets a tight line's boxes give their glyph scaling (<see cref="BreakItem.Scaling"/>) and
    /// letter-tightening (<see cref="BreakItem.Shrink"/>) once its word spaces have shrunk past
    /// <see cref="LineBreakOptions.LetterTighteningFrom"/>, and a loose line's boxes take their
    /// glyph scaling besides their letter-spacing past <see cref="LineBreakOptions.LetterSpacingFrom"/>;
    /// such lines come back <see cref="BrokenLine.Adjusted"/>.
    /// </param>
    public static IReadOnlyList<BrokenLine>? Run(
        ReadOnlySpan<BreakItem> items, float width, LineBreakOptions options, float tolerance, bool hyphenate = true, float? emergencyStretch = null,
        int forbidFrom = -1, bool adjust = false)
    {
        if (items.Length == 0) return [];
        var nodes = new List<Node>(64) { new() { Previous = -1, Fitness = 1, Position = -1 } };
        var active = new List<int>(16) { 0 };
        // Best new node per (fitness class, consecutive hyphens) at the current breakpoint.
        Span<double> bestDemerits = stackalloc double[4 * 3];
        Span<int> bestFrom = stackalloc int[4 * 3];
        Span<float> bestRatio = stackalloc float[4 * 3];
        Span<bool> bestTight = stackalloc bool[4 * 3];
        var maxHyphens = Math.Clamp(options.MaxConsecutiveHyphens, 0, 2);

        float sumW = 0, sumSt = 0, sumSh = 0, sumLs = 0, sumLt = 0, sumSc = 0;
        for (var b = 0; b < items.Length; b++)
        {
            var item = items[b];
            var legal = item.Kind switch
            {
                BreakItemKind.Glue => b > 0 && items[b - 1].Kind == BreakItemKind.Box,
                BreakItemKind.Penalty => item.Penalty < BreakItem.Infinity && (hyphenate || !item.Flagged || item.Width == 0),
                _ => false,
            };
            if (legal && forbidFrom >= 0 && b >= forbidFrom && !item.IsForcedBreak) legal = false;
            if (legal)
            {
                bestDemerits.Fill(double.PositiveInfinity);
                var penaltyWidth = item.Kind == BreakItemKind.Penalty ? item.Width : 0;
                var forced = item.IsForcedBreak;
                for (var j = 0; j < active.Count; j++)
                {
                    var from = active[j];
                    var a = nodes[from];
                    var natural = sumW - a.TotalWidth + penaltyWidth;
                    float ratio, ranked;
                    var adjusted = false;
                    if (natural < width)
                    {
                        var stretch = sumSt - a.TotalStretch;
                        var gap = width - natural;
                        // Past LetterSpacingFrom the boxes take what they can before the glue stretches further.
                        if (stretch > 0 && gap > options.LetterSpacingFrom * stretch)
                        {
                            var boxes = sumLs - a.TotalLetterSpacing + (adjust ? sumSc - a.TotalScaling : 0);
                            adjusted = adjust;
                            gap -= Math.Min(boxes, gap - options.LetterSpacingFrom * stretch);
                        }
                        ratio = stretch > 0 ? gap / stretch : float.PositiveInfinity;
                        ranked = emergencyStretch is { } extra && stretch + extra > 0 ? gap / (stretch + extra) : ratio;
                    }
                    else if (natural > width)
                    {
                        var shrink = sumSh - a.TotalShrink;
                        var over = natural - width;
                        // Past LetterTighteningFrom the boxes give what they can before the glue shrinks further.
                        var boxes = sumLt - a.TotalTightening + sumSc - a.TotalScaling;
                        if (adjust && shrink > 0 && over > options.LetterTighteningFrom * shrink && boxes > 0)
                        {
                            over -= Math.Min(boxes, over - options.LetterTighteningFrom * shrink);
                            adjusted = true;
                        }
                        ratio = shrink > 0 ? -over / shrink : float.NegativeInfinity;
                        ranked = ratio;
                    }
                    else ratio = ranked = 0;

                    if (ratio < -1 || forced)
                    {
                        active.RemoveAt(j);
                        j--;
                    }
                    if (ratio < -1 || ratio > tolerance) continue;

                    var hyphens = item.Flagged ? a.Hyphens + 1 : 0;
                    if (hyphens > maxHyphens) continue;
                    var badness = emergencyStretch is null ? LineBreakMath.Badness(ratio) : LineBreakMath.UncappedBadness(ranked);
                    var demerits = Demerits(item, a, badness, options);
                    var fitness = LineBreakMath.Fitness(ranked);
                    if (Math.Abs(fitness - a.Fitness) > 1) demerits += options.AdjacentFitnessDemerits;
                    demerits += a.Demerits;
                    var slot = fitness * 3 + hyphens;
                    if (demerits < bestDemerits[slot])
                    {
                        bestDemerits[slot] = demerits;
                        bestFrom[slot] = from;
                        bestRatio[slot] = ratio;
                        bestTight[slot] = adjusted;
                    }
                }
                AddBest(items, b, nodes, active, bestDemerits, bestFrom, bestRatio, bestTight, sumW, sumSt, sumSh, sumLs, sumLt, sumSc);
                if (active.Count == 0) return null;
            }
            if (item.Kind == BreakItemKind.Box)
            {
                sumW += item.Width;
                sumLs += item.Stretch;
                sumLt += item.Shrink;
                sumSc += item.Scaling;
            }
            else if (item.Kind == BreakItemKind.Glue)
            {
                sumW += item.Width;
                sumSt += item.Stretch;
                sumSh += item.Shrink;
            }
        }

        var best = -1;
        foreach (var n in active)
            if (nodes[n].Position == items.Length - 1 && (best < 0 || nodes[n].Demerits < nodes[best].Demerits)) best = n;
        return best < 0 ? null : Backtrack(nodes, best);
    }

    private static double Demerits(in BreakItem item, in Node from, double badness, LineBreakOptions options)
    {
        var d = options.LinePenalty + badness;
        d *= d;
        if (item.Kind == BreakItemKind.Penalty)
        {
            if (item.Penalty >= 0) d += item.Penalty * item.Penalty;
            else if (item.Penalty > -BreakItem.Infinity) d -= item.Penalty * item.Penalty;
            if (item.Flagged && from.Flagged) d += options.DoubleHyphenDemerits;
        }
        return d;
    }

    private static void AddBest(
        ReadOnlySpan<BreakItem> items, int b, List<Node> nodes, List<int> active,
        Span<double> bestDemerits, Span<int> bestFrom, Span<float> bestRatio, Span<bool> bestTight,
        float sumW, float sumSt, float sumSh, float sumLs, float sumLt, float sumSc)
    {
        var any = false;
        foreach (var d in bestDemerits) any |= !double.IsPositiveInfinity(d);
        if (!any) return;
        // A line that starts after this break begins at the next box: discard glue and penalties.
        float w = sumW, st = sumSt, sh = sumSh;
        for (var k = b; k < items.Length; k++)
        {
            var it = items[k];
            if (it.Kind == BreakItemKind.Box) break;
            if (it.Kind == BreakItemKind.Glue) { w += it.Width; st += it.Stretch; sh += it.Shrink; }
            else if (it.IsForcedBreak && k > b) break;
        }
        for (var slot = 0; slot < bestDemerits.Length; slot++)
        {
            if (double.IsPositiveInfinity(bestDemerits[slot])) continue;
            nodes.Add(new Node
            {
                Position = b,
                Fitness = slot / 3,
                Hyphens = slot % 3,
                TotalWidth = w,
                TotalStretch = st,
                TotalShrink = sh,
                TotalLetterSpacing = sumLs,
                TotalTightening = sumLt,
                TotalScaling = sumSc,
                Demerits = bestDemerits[slot],
                Ratio = bestRatio[slot],
                Flagged = items[b].Flagged,
                Adjusted = bestTight[slot],
                Previous = bestFrom[slot],
            });
            active.Add(nodes.Count - 1);
        }
    }

    private static BrokenLine[] Backtrack(List<Node> nodes, int last)
    {
        var count = 0;
        for (var n = last; nodes[n].Previous >= 0; n = nodes[n].Previous) count++;
        var lines = new BrokenLine[count];
        for (var n = last; nodes[n].Previous >= 0; n = nodes[n].Previous)
        {
            var node = nodes[n];
            lines[--count] = new BrokenLine(nodes[node.Previous].Position + 1, node.Position, node.Ratio, node.Flagged) { Adjusted = node.Adjusted };
        }
        return lines;
    }
}
