using BookBuilder.Typography;

namespace BookBuilder.Tests.Typography;

[Collection(FontsCollection.Name)]
public sealed class FontRegistryTests(FontsFixture fx)
{
    [Fact]
    public void Ids_are_indexes_and_each_file_is_loaded_once()
    {
        var faces = fx.Fonts.Faces;
        for (int i = 0; i < faces.Count; i++) Assert.Equal(i, faces[i].Id);
        Assert.Equal(faces.Count, faces.Select(f => f.Path).Distinct().Count());
    }

    [Theory]
    [InlineData(FontFamilyRole.Serif, false, false, "SourceSerif4-Regular")]
    [InlineData(FontFamilyRole.Serif, true, true, "SourceSerif4-SemiboldItalic")]
    [InlineData(FontFamilyRole.Sans, true, false, "SourceSans3-Semibold")]
    [InlineData(FontFamilyRole.Mono, false, true, "SourceCodePro-Italic")]
    [InlineData(FontFamilyRole.Emoji, true, false, "NotoColorEmoji")]
    public void Styles_resolve_to_real_faces(FontFamilyRole family, bool bold, bool italic, string expected)
    {
        Assert.Equal(expected, fx.Fonts.Resolve(new TextStyle(family, 10, bold, italic)).Name);
    }

    [Fact]
    public void Emoji_font_is_a_colour_font_and_text_fonts_are_not()
    {
        Assert.True(fx.Fonts.Emoji!.IsColorFont);
        Assert.False(fx.Fonts.Resolve(new TextStyle(FontFamilyRole.Serif, 10)).IsColorFont);
    }
}
