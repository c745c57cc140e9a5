using BookBuilder.Typography;

namespace BookBuilder.Tests.Typography;

[Collection(FontsCollection.Name)]
public sealed class DirectionAndSmallCapsShapingTests(FontsFixture fx)
{
    private static readonly TextStyle Body = new(FontFamilyRole.Serif, 10);

    [Fact]
    public void Right_to_left_puts_the_first_letter_rightmost()
    {
        var rtl = Assert.Single(fx.Measurer.Shape("אבג", Body, TextDirection.RightToLeft).Runs);
        var ltr = Assert.Single(fx.Measurer.Shape("אבג", Body, TextDirection.LeftToRight).Runs);

        Assert.Equal([2, 1, 0], rtl.Clusters);
        Assert.Equal(ltr.Glyphs.Reverse(), rtl.Glyphs);
        Assert.True(rtl.XOffsets[0] < rtl.XOffsets[1] && rtl.XOffsets[1] < rtl.XOffsets[2]);
    }

    [Fact]
    public void Arabic_letters_are_shaped_in_their_joining_forms()
    {
        const string word = "مرحبا";
        var run = Assert.Single(fx.Measurer.Shape(word, Body, TextDirection.RightToLeft).Runs);
        var face = fx.Fonts[run.FontId];

        // Every letter of this word joins a neighbour, so none may keep its isolated (cmap) glyph.
        Assert.Equal(word.Length, run.Glyphs.Length);
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            var isolated = face.GlyphFor(word[run.Clusters[i]]);
            Assert.NotEqual(0, isolated);
            Assert.NotEqual(isolated, run.Glyphs[i]);
        }
        Assert.Equal(run.Glyphs, Assert.Single(fx.Measurer.Shape(word, Body).Runs).Glyphs);
    }

    [Fact]
    public void Arabic_indic_digits_keep_their_order_left_to_right()
    {
        var run = Assert.Single(fx.Measurer.Shape("١٢٣", Body, TextDirection.LeftToRight).Runs);
        Assert.Equal([0, 1, 2], run.Clusters);
    }

    [Fact]
    public void Brackets_are_mirrored_right_to_left()
    {
        var open = Assert.Single(Assert.Single(fx.Measurer.Shape("(", Body, TextDirection.RightToLeft).Runs).Glyphs);
        var close = Assert.Single(Assert.Single(fx.Measurer.Shape(")", Body, TextDirection.LeftToRight).Runs).Glyphs);
        Assert.Equal(close, open);
    }

    [Fact]
    public void Right_to_left_text_in_several_fonts_lists_its_runs_left_to_right()
    {
        // The hyphen comes from the body font, the letters from the fallback font.
        var shaped = fx.Measurer.Shape("אב-גד", Body, TextDirection.RightToLeft);
        Assert.Equal(["גד", "-", "אב"], shaped.Runs.Select(r => r.Text));
    }

    [Fact]
    public void Small_caps_use_the_fonts_own_small_capital_glyphs_and_keep_the_text()
    {
        var caps = Assert.Single(fx.Measurer.Shape("NATO", Body).Runs);
        var small = Assert.Single(fx.Measurer.Shape("NATO", Body.WithSmallCaps()).Runs);

        Assert.Equal("NATO", small.Text);
        Assert.Equal([0, 1, 2, 3], small.Clusters);
        Assert.All(small.Glyphs.Zip(caps.Glyphs), p => Assert.NotEqual(p.Second, p.First));
        Assert.True(small.Width < caps.Width, $"small caps {small.Width} vs capitals {caps.Width}");
    }

    [Fact]
    public void Small_caps_are_letter_spaced()
    {
        // Capitals without kerning between them, so that the advances add up.
        var small = Assert.Single(fx.Measurer.Shape("HHHH", Body.WithSmallCaps()).Runs);
        var face = fx.Fonts[small.FontId];
        var scale = Body.Size / face.UnitsPerEm;
        var advances = small.Glyphs.Sum(g => face.HbFont.GetHorizontalGlyphAdvance(g)) * scale;

        Assert.Equal(advances + 3 * HarfBuzzTextMeasurer.SmallCapsTracking * Body.Size, small.Width, 0.05f);
    }

    [Fact]
    public void A_face_without_small_caps_sets_the_capitals_unchanged()
    {
        var italic = Body.WithItalic();
        var caps = fx.Measurer.Shape("NATO", italic);
        var small = fx.Measurer.Shape("NATO", italic.WithSmallCaps());

        Assert.Equal(caps.Runs[0].Glyphs, small.Runs[0].Glyphs);
        Assert.Equal(caps.Width, small.Width);
    }

    [Fact]
    public void The_cache_tells_features_and_directions_apart()
    {
        Assert.Same(fx.Measurer.Shape("NATO", Body.WithSmallCaps()), fx.Measurer.Shape("NATO", Body.WithSmallCaps()));
        Assert.NotSame(fx.Measurer.Shape("NATO", Body), fx.Measurer.Shape("NATO", Body.WithSmallCaps()));
        Assert.NotEqual(fx.Measurer.Shape("NATO", Body).Runs[0].Glyphs, fx.Measurer.Shape("NATO", Body.WithSmallCaps()).Runs[0].Glyphs);
        var ltr = fx.Measurer.Shape("אבג", Body, TextDirection.LeftToRight);
        var rtl = fx.Measurer.Shape("אבג", Body, TextDirection.RightToLeft);
        Assert.NotEqual(ltr.Runs[0].Clusters, rtl.Runs[0].Clusters);
    }
}
