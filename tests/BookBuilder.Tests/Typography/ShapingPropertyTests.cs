using BookBuilder.Typography;
using CsCheck;

namespace BookBuilder.Tests.Typography;

[Collection(FontsCollection.Name)]
public sealed class ShapingPropertyTests(FontsFixture fx)
{
    private static readonly string[] Tokens =
    [
        "a", "office", "AV", " ", " ", "\u00A0", "\u2009", "—", "’", "“", "é", "e\u0301", "fi", "ffl", "1",
        "🇮🇱", "🇷🇺", "🤝", "🤔", "👍🏽", "👨‍👩‍👧", "❤️", "❤", "1️⃣", "∀", "→", "\u00AD", "\u200D", "\U00012000",
    ];

    private static readonly Gen<string> Texts =
        Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i]).Array[1, 25].Select(a => string.Concat(a));

    [Fact]
    public void Runs_cover_the_text_and_emoji_runs_hold_no_whitespace()
    {
        var emojiId = fx.Fonts.Emoji!.Id;
        Texts.Sample(text =>
        {
            var shaped = fx.Measurer.Shape(text, new TextStyle(FontFamilyRole.Serif, 10));

            Assert.Equal(text, string.Concat(shaped.Runs.Select(r => r.Text)));
            Assert.InRange(Math.Abs(shaped.Runs.Sum(r => r.Width) - shaped.Width), 0, 0.01);
            foreach (var run in shaped.Runs)
            {
                Assert.Equal(run.Glyphs.Length, run.Clusters.Length);
                Assert.Equal(run.Glyphs.Length, run.XOffsets.Length);
                Assert.Equal(run.Glyphs.Length, run.YOffsets.Length);
                for (int i = 0; i < run.Clusters.Length; i++)
                {
                    Assert.InRange(run.Clusters[i], 0, run.Text.Length - 1);
                    if (i > 0) Assert.True(run.Clusters[i] >= run.Clusters[i - 1]);
                }
                if (run.FontId == emojiId)
                    Assert.DoesNotContain(run.Text, char.IsWhiteSpace);
            }
        }, iter: 300);
    }
}
