using BookBuilder.Pdf.Output;
using BookBuilder.Tests.Typography;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Pdf.Output;

[Collection(FontsCollection.Name)]
public sealed class FontSubsetterTests(FontsFixture fx)
{
    [Fact]
    public void Text_font_subset_is_smaller_and_keeps_the_used_glyphs_at_their_ids()
    {
        var style = new TextStyle(FontFamilyRole.Serif, 10);
        var run = fx.Measurer.Shape("office hours", style).Runs.Single();
        var face = fx.Fonts[run.FontId];

        var bytes = FontSubsetter.Subset(face, run.Glyphs, run.Text.Select(c => (int)c));

        Assert.NotNull(bytes);
        Assert.True(bytes.Length < new FileInfo(face.Path).Length / 4, $"subset is {bytes.Length} bytes");
        using var subset = Load(bytes);
        foreach (var g in run.Glyphs.Where(g => g != face.GlyphFor(' ')))
            Assert.True(HasInk(subset, g), $"glyph {g} lost its outline");
        // A glyph that was not drawn is emptied (ids are retained, so it still exists).
        var unused = face.GlyphFor('Z');
        Assert.True(HasInk(face, unused));
        Assert.False(HasInk(subset, unused));
        // The cmap keeps the drawn characters, so the PDF can map glyphs back to text.
        Assert.Equal(face.GlyphFor('h'), subset.GlyphFor('h'));
        Assert.Equal(0, subset.GlyphFor('Z'));
    }

    [Fact]
    public void Colour_emoji_font_subsets_to_a_small_part_of_the_font()
    {
        var shaped = fx.Measurer.Shape("🇮🇱🤝🇷🇺🤔", new TextStyle(FontFamilyRole.Serif, 10));
        var emoji = fx.Fonts.Emoji!;
        var glyphs = shaped.Runs.Where(r => r.FontId == emoji.Id).SelectMany(r => r.Glyphs).ToArray();
        Assert.Equal(4, glyphs.Length);

        var bytes = FontSubsetter.Subset(emoji, glyphs, []);

        Assert.NotNull(bytes);
        // Glyph ids are kept, so the metrics of all 40,000 glyph slots stay (8 bytes each); the
        // colour layers and outlines shrink to those of four emoji.
        Assert.InRange(bytes.Length, 1_000, new FileInfo(emoji.Path).Length / 10);
        using var subset = Load(bytes);
        Assert.True(subset.IsColorFont);
        foreach (var g in glyphs) Assert.True(HasInk(subset, g), $"emoji glyph {g} lost its colour glyph");
    }

    private static bool HasInk(FontFace face, ushort glyph) =>
        face.HbFont.TryGetGlyphExtents(glyph, out var e) && e.Width != 0 && e.Height != 0;

    private static FontFace Load(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"subset-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, bytes);
        try { return new FontFace(0, path); }
        finally { File.Delete(path); }
    }
}
