using BookBuilder.Tests.Support;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Typography;

[Collection(FontsCollection.Name)]
public sealed class HarfBuzzTextMeasurerTests(FontsFixture fx)
{
    private static readonly TextStyle Body = new(FontFamilyRole.Serif, 10);

    [Fact]
    public void Ligatures_make_fewer_glyphs_than_characters_and_clusters_map_back()
    {
        var shaped = fx.Measurer.Shape("office", Body);

        var run = Assert.Single(shaped.Runs);
        Assert.True(run.Glyphs.Length < "office".Length, $"expected a ligature, got {run.Glyphs.Length} glyphs");
        Assert.Equal(run.Glyphs.Length, run.Clusters.Length);
        // The "ffi" ligature starts at index 1 and the next glyph ("c") at index 4.
        Assert.Equal([0, 1, 4, 5], run.Clusters);
        Assert.All(run.Glyphs, g => Assert.NotEqual(0, g));
    }

    [Fact]
    public void Clusters_are_non_decreasing_offsets_into_the_run_text()
    {
        var shaped = fx.Measurer.Shape("The affluent fjord, an office.", Body);
        foreach (var run in shaped.Runs)
        {
            for (int i = 0; i < run.Clusters.Length; i++)
            {
                Assert.InRange(run.Clusters[i], 0, run.Text.Length - 1);
                if (i > 0) Assert.True(run.Clusters[i] >= run.Clusters[i - 1]);
            }
        }
    }

    [Fact]
    public void Kerning_changes_the_width_of_AV()
    {
        var av = fx.Measurer.Shape("AV", Body).Width;
        var a = fx.Measurer.Shape("A", Body).Width;
        var v = fx.Measurer.Shape("V", Body).Width;

        Assert.True(av < a + v - 0.1f, $"AV = {av}, A + V = {a + v}");
    }

    [Fact]
    public void Width_scales_with_size_and_x_positions_increase()
    {
        var small = fx.Measurer.Shape("Hello world", Body);
        var large = fx.Measurer.Shape("Hello world", Body.WithSize(20));

        Assert.Equal(small.Width * 2, large.Width, 3);
        var xs = small.Runs[0].XOffsets;
        for (int i = 1; i < xs.Length; i++) Assert.True(xs[i] > xs[i - 1]);
    }

    [Fact]
    public void Flag_emoji_goes_to_the_emoji_font_as_one_glyph()
    {
        var shaped = fx.Measurer.Shape("Israel 🇮🇱 here", Body);

        Assert.Equal(3, shaped.Runs.Count);
        var flag = shaped.Runs[1];
        Assert.Equal(fx.Fonts.Emoji!.Id, flag.FontId);
        Assert.Equal("🇮🇱", flag.Text);
        Assert.Single(flag.Glyphs);
        Assert.Equal(fx.Fonts.Resolve(Body).Id, shaped.Runs[0].FontId);
        Assert.Equal("Israel ", shaped.Runs[0].Text);
    }

    [Theory]
    [InlineData("🤝 🤔")]
    [InlineData("a 👍🏽 b")]
    [InlineData("👨‍👩‍👧 family")]
    [InlineData("🇮🇱🤝🇷🇺🤔")]
    [InlineData("1️⃣ 2")]
    public void Spaces_never_go_into_emoji_runs(string text)
    {
        var shaped = fx.Measurer.Shape(text, Body);
        var emojiId = fx.Fonts.Emoji!.Id;

        Assert.Contains(shaped.Runs, r => r.FontId == emojiId);
        foreach (var run in shaped.Runs.Where(r => r.FontId == emojiId))
            Assert.DoesNotContain(' ', run.Text);
        Assert.Equal(text, string.Concat(shaped.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Zwj_sequence_and_skin_tone_shape_to_single_emoji_glyphs()
    {
        var family = fx.Measurer.Shape("👨‍👩‍👧", Body);
        var thumb = fx.Measurer.Shape("👍🏽", Body);

        Assert.Single(Assert.Single(family.Runs).Glyphs);
        Assert.Single(Assert.Single(thumb.Runs).Glyphs);
    }

    [Fact]
    public void Text_presentation_selector_keeps_a_symbol_out_of_the_emoji_font()
    {
        var shaped = fx.Measurer.Shape("\u2764\uFE0E", Body);

        Assert.DoesNotContain(shaped.Runs, r => r.FontId == fx.Fonts.Emoji!.Id);
    }

    [Fact]
    public void Characters_the_body_font_lacks_fall_back_to_the_symbol_font()
    {
        var shaped = fx.Measurer.Shape("a \u2200x", Body); // ∀ is in DejaVu Sans, not in Source Serif

        var symbolRun = Assert.Single(shaped.Runs, r => r.Text.Contains('\u2200'));
        Assert.Equal(fx.Fonts.Fallbacks[0].Id, symbolRun.FontId);
        Assert.DoesNotContain(0, symbolRun.Glyphs.Select(g => (int)g));
    }

    [Fact]
    public void Missing_glyph_is_recorded_with_code_point_and_text()
    {
        const string text = "Linear B \U00010000 and cuneiform \U00012000";
        var measurer = new HarfBuzzTextMeasurer(fx.Fonts);

        var shaped = measurer.Shape(text, Body);

        Assert.Equal(text, string.Concat(shaped.Runs.Select(r => r.Text)));
        var missing = measurer.MissingGlyphs;
        Assert.Equal([0x10000, 0x12000], missing.Select(m => m.CodePoint));
        Assert.All(missing, m => Assert.Equal(text, m.Text));
        Assert.Contains("U+12000", missing.Last().Describe());
        // Shaped with .notdef, so the layout still reserves room for a visible box.
        Assert.Contains(shaped.Runs, r => r.Glyphs.Contains((ushort)0));
    }

    [Fact]
    public void Control_characters_are_not_reported_as_missing_glyphs()
    {
        var measurer = new HarfBuzzTextMeasurer(fx.Fonts);

        var shaped = measurer.Shape("a\tb\n", Body);

        Assert.Empty(measurer.MissingGlyphs);
        Assert.All(shaped.Runs, r => Assert.NotEqual(fx.Fonts.Emoji!.Id, r.FontId));
    }

    [Fact]
    public void Shaping_is_cached_per_text_and_style()
    {
        var a = fx.Measurer.Shape("cached text", Body);
        var b = fx.Measurer.Shape("cached text", Body);
        var c = fx.Measurer.Shape("cached text", Body.WithBold());

        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.NotEqual(a.Runs[0].FontId, c.Runs[0].FontId);
    }

    [Fact]
    public void Concurrent_shaping_gives_the_same_results()
    {
        var measurer = new HarfBuzzTextMeasurer(fx.Fonts);
        var words = Enumerable.Range(0, 400).Select(i => $"word{i % 50} office 🤝 {i % 7}").ToArray();

        var widths = words.AsParallel().Select(w => measurer.Shape(w, Body).Width).ToArray();
        var again = words.Select(w => new HarfBuzzTextMeasurer(fx.Fonts).Shape(w, Body).Width).ToArray();

        Assert.Equal(again, widths);
    }

    [Fact]
    public void Metrics_come_from_the_font_in_points()
    {
        var m = fx.Measurer.Metrics(Body);

        Assert.InRange(m.Ascent, 7f, 11f);
        Assert.InRange(m.Descent, -4f, -1.5f);
        Assert.InRange(m.CapHeight, 5.5f, 7.5f);
        Assert.InRange(m.XHeight, 4f, 5.5f);
        Assert.True(m.XHeight < m.CapHeight && m.CapHeight < m.Ascent);
        Assert.Equal(m.Ascent * 2, fx.Measurer.Metrics(Body.WithSize(20)).Ascent, 3);
    }
}

[Collection(FontsCollection.Name)]
public sealed class EmojiRunTests(FontsFixture fx)
{
    [Theory]
    [InlineData("\u2764\uFE0F")]      // heart + VS16
    [InlineData("1\uFE0F\u20E3")]    // keycap one
    [InlineData("👍🏽")]
    public void Emoji_runs_hold_only_visible_bitmap_glyphs(string emoji)
    {
        var shaped = fx.Measurer.Shape(emoji, new TextStyle(FontFamilyRole.Serif, 10));

        var run = Assert.Single(shaped.Runs);
        Assert.Equal(fx.Fonts.Emoji!.Id, run.FontId);
        // Default ignorables are removed, not replaced by the (bitmap-less) space glyph.
        Assert.DoesNotContain(fx.Fonts.Emoji.GlyphFor(' '), run.Glyphs);
        Assert.Single(run.Glyphs);
    }
}

[Collection(FontsCollection.Name)]
public sealed class SeedArticleTests(FontsFixture fx)
{
    [Fact]
    public void Every_character_of_the_manuscript_has_a_glyph()
    {
        // The seed article and every text file of the manuscript made from it.
        var files = Directory.GetFiles(RepoPaths.Manuscript, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md") || f.EndsWith(".yml")).Append(RepoPaths.Seed).ToArray();
        var texts = files.SelectMany(File.ReadLines).Where(l => l.Length > 0).ToArray();
        Assert.True(texts.Length > 200, $"only {texts.Length} lines of text found");
        var measurer = new HarfBuzzTextMeasurer(fx.Fonts);

        foreach (var line in texts)
        {
            var shaped = measurer.Shape(line, new TextStyle(FontFamilyRole.Serif, 10));
            Assert.Equal(line, string.Concat(shaped.Runs.Select(r => r.Text)));
        }

        Assert.Empty(measurer.MissingGlyphs.Select(m => m.Describe()));
    }

    [Fact]
    public void Missing_glyph_becomes_a_warning_naming_the_character()
    {
        var measurer = new HarfBuzzTextMeasurer(fx.Fonts);
        measurer.Shape("tablet \U00012000", new TextStyle(FontFamilyRole.Serif, 10));

        var d = Assert.Single(measurer.MissingGlyphs).ToDiagnostic("chapters/01.md", 12);

        Assert.Equal(BookBuilder.Diagnostics.Severity.Warning, d.Severity);
        Assert.Equal("PDF001", d.Code);
        Assert.StartsWith("chapters/01.md:12:1: warning: No font has a glyph for U+12000", d.ToString());
    }

    [Theory]
    [InlineData("\u072B\u0720\u0721\u0710", "Syriac")]   // no font of the builder covers these scripts
    [InlineData("\u078B\u07A8\u0788\u07AC\u0780\u07A8", "Thaana")]
    [InlineData("tablet \U00012000", "Cuneiform")]
    public void A_missing_glyph_s_warning_names_its_script(string text, string script)
    {
        var measurer = new HarfBuzzTextMeasurer(fx.Fonts);
        measurer.Shape(text, new TextStyle(FontFamilyRole.Serif, 10));
        Assert.NotEmpty(measurer.MissingGlyphs);
        Assert.All(measurer.MissingGlyphs, m => Assert.Contains($" of the {script} script", m.ToDiagnostic("chapters/01.md", 3).Message));
    }

    [Theory]
    [InlineData("\u05E9\u05DC\u05D5\u05DD")]     // Hebrew
    [InlineData("\u0645\u0631\u062D\u0628\u0627")] // Arabic
    public void Hebrew_and_arabic_have_a_font(string text)
    {
        var measurer = new HarfBuzzTextMeasurer(fx.Fonts);
        measurer.Shape(text, new TextStyle(FontFamilyRole.Serif, 10), TextDirection.RightToLeft);
        Assert.Empty(measurer.MissingGlyphs);
    }
}
