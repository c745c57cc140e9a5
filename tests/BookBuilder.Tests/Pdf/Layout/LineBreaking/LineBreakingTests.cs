using BookBuilder.Model;
using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using BookBuilder.Typography.Hyphenation;

namespace BookBuilder.Tests.Pdf.Layout.LineBreaking;

public class LineBreakingTests
{
    private readonly FakeMeasurer _m = new();

    private static float RatioOf(IReadOnlyList<BreakItem> items, BrokenLine line, float width)
    {
        var start = line.Start;
        while (items[start].Kind != BreakItemKind.Box) start++;
        float w = 0, st = 0, sh = 0;
        for (var i = start; i < line.End; i++)
        {
            if (items[i].Kind == BreakItemKind.Penalty) continue;
            w += items[i].Width; st += items[i].Stretch; sh += items[i].Shrink;
        }
        if (items[line.End].Kind == BreakItemKind.Penalty) w += items[line.End].Width;
        return w < width ? (width - w) / st : (width - w) / sh;
    }

    [Fact]
    public void Total_fit_has_less_raggedness_than_first_fit_on_a_known_paragraph()
    {
        var flow = InlineItemizer.Itemize(TestText.Paragraph, TestText.Justified(hyphenate: false), _m, Hyphenator.None);
        const float width = 180;
        var kp = KnuthPlassBreaker.Break(flow.ItemArray, width)!;
        var greedy = GreedyBreaker.Break(flow.ItemArray, width);

        double Cost(IReadOnlyList<BrokenLine> lines) =>
            lines.Take(lines.Count - 1).Sum(l => Math.Pow(RatioOf(flow.Items, l, width), 2));

        Assert.True(Cost(kp) < Cost(greedy), $"total-fit {Cost(kp):F3} vs first-fit {Cost(greedy):F3}");
        Assert.All(kp.Take(kp.Count - 1), l => Assert.InRange(RatioOf(flow.Items, l, width), -1f, 10f));
    }

    [Theory]
    [InlineData(120f)]
    [InlineData(200f)]
    [InlineData(330f)]
    public void No_line_is_wider_than_the_measure_over_a_long_text(float width)
    {
        var flow = InlineItemizer.Itemize(TestText.SeedAsOneParagraph(), TestText.Justified(), _m, TestText.English.Value);
        var composed = LineComposer.Compose(flow, width, _m);
        Assert.True(composed.Lines.Count > 50);
        foreach (var line in composed.Lines)
        {
            Assert.Equal(0, line.Overfull);
            foreach (var op in line.Ops.OfType<TextOp>())
            {
                Assert.True(op.X >= -0.01f);
                Assert.True(op.X + op.Text.Width <= width + 0.01f, $"'{line.Text}' ends at {op.X + op.Text.Width} > {width}");
            }
        }
        // Justified lines end exactly at the measure.
        foreach (var line in composed.Lines.Where(l => l.Justified && float.IsFinite(l.Ratio)))
        {
            var last = line.Ops.OfType<TextOp>().Last();
            Assert.Equal(width, last.X + last.Text.Width, 0.01f);
        }
    }

    [Fact]
    public void Hyphenated_lines_carry_the_hyphen_in_the_shaped_fragment()
    {
        var flow = InlineItemizer.Itemize(TestText.SeedAsOneParagraph(), TestText.Justified(), _m, TestText.English.Value);
        var composed = LineComposer.Compose(flow, 150, _m);
        var hyphenated = composed.Lines.Where(l => l.Hyphenated).ToList();
        Assert.NotEmpty(hyphenated);
        foreach (var line in hyphenated) Assert.EndsWith("-", line.Ops.OfType<TextOp>().Last().Text.Text);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void Never_more_consecutive_hyphenated_lines_than_allowed(int max)
    {
        var flow = InlineItemizer.Itemize(TestText.SeedAsOneParagraph(), TestText.Justified(), _m, TestText.English.Value);
        var options = new LineBreakOptions { MaxConsecutiveHyphens = max, DoubleHyphenDemerits = 0 };
        var lines = KnuthPlassBreaker.Break(flow.ItemArray, 110, options)!;
        var run = 0;
        var longest = 0;
        foreach (var l in lines)
        {
            run = l.Hyphenated ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        Assert.InRange(longest, 1, max);
    }

    [Fact]
    public void Breaks_after_hyphens_and_dashes_inside_words_but_not_inside_emoji()
    {
        var breaks = WordBreaks.Find("Israel-Russia", false, Hyphenator.None);
        Assert.Equal([new WordBreak(7, false, true)], breaks);
        Assert.Equal([5], WordBreaks.Find("1967-1970", false, Hyphenator.None).Select(b => b.Offset));
        Assert.Equal([3], WordBreaks.Find("15–20", false, Hyphenator.None).Select(b => b.Offset));
        Assert.Equal([6], WordBreaks.Find("peace—war", false, Hyphenator.None).Select(b => b.Offset));
        Assert.Empty(WordBreaks.Find("🇮🇱🤝🇷🇺", false, TestText.English.Value));
        Assert.Empty(WordBreaks.Find("-word", false, Hyphenator.None)); // a leading dash is not a break
        Assert.Empty(WordBreaks.Find("1990s", false, TestText.English.Value));
    }

    [Fact]
    public void A_word_and_its_punctuation_and_footnote_mark_stay_on_one_line()
    {
        var inlines = new Inline[]
        {
            new TextInline("aaaa bbbb "), new EmphasisInline(EmphasisKind.Italic, [new TextInline("cccc")]),
            new TextInline(",\u201D"), new FootnoteRefInline("fn1", 1, "fnref1"), new TextInline(" dddd"),
        };
        var flow = InlineItemizer.Itemize(inlines, TestText.Ragged(), _m, Hyphenator.None);
        // Width for "aaaa bbbb cccc" but not its trailing punctuation: the whole word must move down.
        var composed = LineComposer.Compose(flow, 70.5f, _m);
        Assert.Equal("aaaa bbbb", composed.Lines[0].Text);
        Assert.StartsWith("cccc ,\u201D 1", composed.Lines[1].Text);
        Assert.Equal(["fn1"], composed.Lines[1].FootnoteIds);
        Assert.Contains(composed.Lines[1].Ops, op => op is AnchorOp { Id: "fnref1" });
        Assert.Contains(composed.Lines[1].Ops, op => op is InternalLinkOp { TargetId: "fn1" });
    }

    [Fact]
    public void Non_breaking_space_glues_words()
    {
        var flow = InlineItemizer.Itemize("aaaa bbbb\u00A0cccc", TestText.Ragged(), _m, Hyphenator.None);
        var composed = LineComposer.Compose(flow, 60, _m); // "aaaa bbbb" fits, the glued pair does not
        Assert.Equal(["aaaa", "bbbb cccc"], composed.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_word_wider_than_the_measure_is_reported_and_split_by_characters()
    {
        // A number has no hyphenation points (an address would break at its slashes).
        const string word = "0123456789012345678901234567890123456789";
        var flow = InlineItemizer.Itemize($"see {word} now", TestText.Justified(), _m, TestText.English.Value);
        var composed = LineComposer.Compose(flow, 100, _m);
        Assert.Equal([word], composed.UnfittableWords);
        Assert.All(composed.Lines, l => Assert.Equal(0, l.Overfull));
        Assert.Contains(word, string.Concat(composed.Lines.SelectMany(l => l.Ops.OfType<TextOp>()).Select(t => t.Text.Text)));
    }

    [Fact]
    public void Emergency_splitting_keeps_emoji_sequences_whole()
    {
        var flow = InlineItemizer.Itemize(string.Concat(Enumerable.Repeat("🇮🇱🤝🇷🇺", 10)), TestText.Ragged(), _m, Hyphenator.None);
        var composed = LineComposer.Compose(flow, 42, _m); // room for 8 graphemes at 5pt
        Assert.Single(composed.UnfittableWords);
        var all = string.Concat(composed.Lines.SelectMany(l => l.Ops.OfType<TextOp>()).Select(t => t.Text.Text));
        Assert.Equal(string.Concat(Enumerable.Repeat("🇮🇱🤝🇷🇺", 10)), all);
        foreach (var op in composed.Lines.SelectMany(l => l.Ops.OfType<TextOp>()))
        {
            Assert.False(char.IsLowSurrogate(op.Text.Text[0]));
            Assert.True(System.Globalization.StringInfo.ParseCombiningCharacters(op.Text.Text).Length * 5 == op.Text.Width);
        }
    }

    [Fact]
    public void The_last_line_is_ragged_and_the_first_line_indented()
    {
        var flow = InlineItemizer.Itemize(TestText.Paragraph, TestText.Justified(indent: 15), _m, TestText.English.Value);
        var composed = LineComposer.Compose(flow, 200, _m);
        Assert.Equal(15, composed.Lines[0].Ops.OfType<TextOp>().First().X);
        Assert.Equal(0, composed.Lines[1].Ops.OfType<TextOp>().First().X);
        Assert.False(composed.Lines[^1].Justified);
        var last = composed.Lines[^1].Ops.OfType<TextOp>().Last();
        Assert.True(last.X + last.Text.Width < 200);
    }

    [Fact]
    public void Composition_is_deterministic()
    {
        string Run() => string.Join("\n", LineComposer.Compose(
            InlineItemizer.Itemize(TestText.SeedAsOneParagraph(), TestText.Justified(), new FakeMeasurer(), TestText.English.Value),
            170, new FakeMeasurer()).Lines.Select(l => string.Join("|", l.Ops.OfType<TextOp>().Select(t => $"{t.X:F3}:{t.Text.Text}"))));
        Assert.Equal(Run(), Run());
    }
}

public class LastWordTests
{
    [Fact]
    public void The_last_word_of_a_paragraph_is_never_hyphenated()
    {
        var m = new FakeMeasurer();
        var flow = InlineItemizer.Itemize("aaaa bbbb cooperation", TestText.Justified(), m, TestText.English.Value);
        var hyphenPoints = flow.Items.Count(i => i.Kind == BreakItemKind.Penalty && i.Flagged && i.Width > 0);
        Assert.Equal(0, hyphenPoints);
        var inner = InlineItemizer.Itemize("aaaa cooperation bbbb", TestText.Justified(), m, TestText.English.Value);
        Assert.Equal(4, inner.Items.Count(i => i.Kind == BreakItemKind.Penalty && i.Flagged && i.Width > 0));
    }
}

public class AuthorBreakTests
{
    [Fact]
    public void Soft_hyphens_replace_the_patterns_and_vanish_from_the_text()
    {
        var breaks = WordBreaks.Find("Tel\u00ADAviv\u00ADian", false, TestText.English.Value, out var text);
        Assert.Equal("TelAvivian", text);
        Assert.Equal([new WordBreak(3, true, true), new WordBreak(7, true, true)], breaks);
        var plain = WordBreaks.Find("cooperation", false, TestText.English.Value, out var same);
        Assert.Equal("cooperation", same);
        Assert.Equal(4, plain.Count);
    }

    [Fact]
    public void Zero_width_spaces_break_without_a_hyphen()
    {
        var m = new FakeMeasurer();
        var flow = InlineItemizer.Itemize("see example.org/\u200Bvery/\u200Blong/\u200Bpath now", TestText.Ragged(), m, Hyphenator.None);
        var composed = LineComposer.Compose(flow, 60, m);
        Assert.Empty(composed.UnfittableWords);
        Assert.DoesNotContain(composed.Lines, l => l.Text.Contains('\u200B') || l.Text.EndsWith('-'));
        Assert.Contains(composed.Lines, l => l.Text.StartsWith("very/"));
    }

    [Fact]
    public void Running_text_keeps_two_words_on_its_last_line_where_a_slightly_looser_line_allows_it()
    {
        // 33 two-letter words: sixteen fill a 200 pt line, so first-fit leaves the 33rd alone.
        var text = string.Join(' ', Enumerable.Range(0, 33).Select(i => ((char)('a' + i % 26)).ToString() + "b"));
        int LastLineWords(FlowStyle style)
        {
            var lines = LineComposer.Compose(InlineItemizer.Itemize(text, style, new FakeMeasurer(), Hyphenator.None), 200, new FakeMeasurer()).Lines;
            return lines[^1].WordSpaces + 1;
        }
        var body = TestText.Justified(hyphenate: false) with { Role = LineRole.Body };
        Assert.True(LastLineWords(body) >= 2);
        // Avoiding runts does it: without it, and in text that is not running text, the word is left alone.
        Assert.Equal(1, LastLineWords(body with { Justification = body.Justification with { AvoidRunts = false } }));
        Assert.Equal(1, LastLineWords(TestText.Justified(hyphenate: false)));
    }

    [Fact]
    public void A_paragraph_whose_last_two_words_cannot_share_a_line_keeps_its_runt_and_is_still_set()
    {
        // Ten letters are 50 pt: the last two words with their space are wider than 60 pt.
        var style = TestText.Justified(hyphenate: false) with { Role = LineRole.Body };
        var m = new FakeMeasurer();
        var lines = LineComposer.Compose(InlineItemizer.Itemize("aaaa bbbbbbbbbb cccccccccc", style, m, Hyphenator.None), 60, m).Lines;
        Assert.Equal(["aaaa", "bbbbbbbbbb", "cccccccccc"], lines.Select(l => l.Text.Trim()));
        Assert.All(lines, l => Assert.Equal(0, l.Overfull));
    }

    [Fact]
    public void A_word_joined_by_a_hyphen_is_not_split_onto_the_last_line_to_dodge_the_runt()
    {
        // Breaking after "well-" would leave "known." alone just as surely as breaking before the word.
        var text = string.Join(' ', Enumerable.Range(0, 30).Select(i => ((char)('a' + i % 26)).ToString() + "b")) + " well-known.";
        var style = TestText.Justified(hyphenate: false) with { Role = LineRole.Body };
        var m = new FakeMeasurer();
        foreach (var width in new[] { 150f, 170f, 200f, 230f })
        {
            var lines = LineComposer.Compose(InlineItemizer.Itemize(text, style, m, Hyphenator.None), width, m).Lines;
            Assert.True(lines[^1].WordSpaces >= 1, $"{width}: {lines[^1].Text}");
        }
    }

    [Fact]
    public void A_runt_is_kept_only_where_every_setting_without_it_has_a_very_loose_line()
    {
        // "aaaaaaaaa bbbbbbbbbb" fills 100 pt well; without the runt the first line is one word with nothing to stretch.
        var m = new FakeMeasurer();
        var style = TestText.Justified(hyphenate: false) with { Role = LineRole.Body };
        var flow = InlineItemizer.Itemize("aaaaaaaaa bbbbbbbbbb cccc", style, m, Hyphenator.None);
        var options = LineBreakOptions.Default with { AvoidRunts = true };
        var lines = KnuthPlassBreaker.Break(flow.Items.ToArray(), 100, options)!;
        Assert.True(lines[^1].KeptRunt);
        var lastWord = KnuthPlassBreaker.LastWordBreak(flow.Items.ToArray());
        var without = KnuthPlassBreaker.Run(flow.Items.ToArray(), 100, options, float.PositiveInfinity, emergencyStretch: 3, forbidFrom: lastWord)!;
        Assert.True(without.Take(without.Count - 1).Max(l => l.Ratio) > options.RuntLooseness);

        // Where a setting without the runt keeps its word spaces within bounds, it is taken.
        var loose = KnuthPlassBreaker.Break(InlineItemizer.Itemize("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kk", style, m, Hyphenator.None).Items.ToArray(), 100, options)!;
        Assert.False(loose[^1].KeptRunt);
        Assert.Equal(3, loose.Count);
    }

    [Fact]
    public void A_runt_is_avoided_by_closing_up_letters_only_where_nothing_else_avoids_it()
    {
        // 46 + 5 + 51 = 102 pt: one line of 100 pt only if its letters give 1.25 pt once the space has given half its shrink.
        static BreakItem[] Paragraph(float tightening) =>
        [
            BreakItem.Box(46, 0, tightening, 0), BreakItem.Glue(5, 2.5f, 1.5f), BreakItem.Box(51, 0, tightening, 1),
            BreakItem.Prohibit(), BreakItem.Glue(0, 10000, 0), BreakItem.Forced(),
        ];
        var options = LineBreakOptions.Default with { AvoidRunts = true };
        var tight = KnuthPlassBreaker.Break(Paragraph(2), 100, options)!;
        Assert.Single(tight);
        Assert.True(tight[0].Adjusted);
        Assert.Equal(-0.5f, tight[0].Ratio, 3);

        var rigid = KnuthPlassBreaker.Break(Paragraph(0), 100, options)!;
        Assert.Equal(2, rigid.Count);
        Assert.True(rigid[^1].KeptRunt);
        Assert.DoesNotContain(rigid, l => l.Adjusted);

        // A paragraph set without runts anyway is never tightened.
        Assert.DoesNotContain(KnuthPlassBreaker.Break(Paragraph(2), 120, options)!, l => l.Adjusted);
    }

    [Fact]
    public void A_runt_is_avoided_by_drawing_glyphs_narrower_where_letters_alone_cannot_close_up_enough()
    {
        // 47 + 5 + 51 = 103 pt: one line of 100 pt once the space has given half its shrink (0.75 pt)
        // only if the boxes give 2.25 pt more: 1 pt of letter-tightening and 1.96 pt of scaling (2% of 98 pt).
        static BreakItem[] Paragraph(float scaling) =>
        [
            BreakItem.Box(47, 0, 0.5f, 0) with { Scaling = 47 * scaling }, BreakItem.Glue(5, 2.5f, 1.5f),
            BreakItem.Box(51, 0, 0.5f, 1) with { Scaling = 51 * scaling },
            BreakItem.Prohibit(), BreakItem.Glue(0, 10000, 0), BreakItem.Forced(),
        ];
        var options = LineBreakOptions.Default with { AvoidRunts = true };
        var scaled = KnuthPlassBreaker.Break(Paragraph(0.02f), 100, options)!;
        Assert.Single(scaled);
        Assert.True(scaled[0].Adjusted);
        Assert.Equal(-0.5f, scaled[0].Ratio, 3);

        var unscaled = KnuthPlassBreaker.Break(Paragraph(0), 100, options)!;
        Assert.Equal(2, unscaled.Count);
        Assert.True(unscaled[^1].KeptRunt);
    }

    [Fact]
    public void Lines_set_to_avoid_a_runt_fill_the_measure_with_glyphs_scaled_by_at_most_the_allowed_share()
    {
        // Paragraphs of words of random lengths at many measures: every one set without a runt
        // (its last line holds at least two words), and where glyphs were scaled to get there they
        // are scaled by no more than MaxGlyphScaling and the line still ends on the measure.
        var m = new FakeMeasurer();
        var style = TestText.Justified(hyphenate: false) with { Role = LineRole.Body };
        var noScaling = style with { Justification = style.Justification with { MaxGlyphScaling = 0 } };
        var random = new Random(7);
        int scaledLines = 0, runtsWithoutScaling = 0, paragraphs = 0;
        for (var p = 0; p < 60; p++)
        {
            var words = Enumerable.Range(0, 6 + random.Next(18)).Select(_ => new string((char)('a' + random.Next(26)), 1 + random.Next(9)));
            var text = string.Join(' ', words) + ".";
            foreach (var width in new[] { 140f, 175f, 210f, 260f })
            {
                var flow = InlineItemizer.Itemize(text, style, m, Hyphenator.None);
                var lines = LineComposer.Compose(flow, width, m).Lines;
                if (lines.Count < 2) continue;
                paragraphs++;
                var without = LineComposer.Compose(InlineItemizer.Itemize(text, noScaling, m, Hyphenator.None), width, m).Lines;
                if (without[^1].KeptRunt) runtsWithoutScaling++;
                if (lines[^1].KeptRunt) continue; // the last two words are wider than the measure, or only a very loose line avoids it
                Assert.True(lines[^1].WordSpaces >= 1, $"{width}: \"{text}\" ends with \"{lines[^1].Text}\"");
                foreach (var line in lines.Where(l => l.GlyphScale != 1))
                {
                    scaledLines++;
                    Assert.InRange(line.GlyphScale, 1 - style.Justification.MaxGlyphScaling - 1e-5f, 1 + style.Justification.MaxGlyphScaling + 1e-5f);
                    var drawn = line.Ops.OfType<TextOp>().Max(t => t.X + t.Text.Width);
                    Assert.True(Math.Abs(drawn - width) < 0.01f || line == lines[^1] && drawn < width, $"{width}: \"{line.Text}\" ends at {drawn}");
                    Assert.All(line.Ops.OfType<TextOp>(), t => Assert.All(t.Text.Runs, r => Assert.Equal(line.GlyphScale, r.HorizontalScale, 5)));
                }
            }
        }
        Assert.True(paragraphs > 150);
        // Scaling is what rescued some of them: without it, more paragraphs keep their runt.
        Assert.True(scaledLines > 0, "no line needed its glyphs scaled");
        Assert.True(runtsWithoutScaling > 0, "no paragraph needed scaling to lose its runt");
    }
}
