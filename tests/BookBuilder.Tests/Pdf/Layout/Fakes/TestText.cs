using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Typography.Hyphenation;
using BookBuilder.Typography;

namespace BookBuilder.Tests.Pdf.Layout.Fakes;

/// <summary>Shared text and settings for layout tests.</summary>
public static class TestText
{
    /// <summary>
    /// The US English patterns from the build's asset folder (found as the builder finds it:
    /// BOOKBUILDER_ASSETS, else the assets copied next to the test assembly), never from the
    /// machine, so the tests see the pinned patterns on any machine.
    /// </summary>
    public static string PatternsPath => AssetLocator.File(Path.Combine("hyphen", "hyph_en_US.dic"));

    public static readonly Lazy<Hyphenator> English = new(() => Hyphenator.Load(PatternsPath));

    public static readonly TextStyle Body = new(FontFamilyRole.Serif, 10);

    /// <summary>
    /// What the line-breaking tests are written against: TeX's own \hyphenpenalty of 50 and no
    /// letter-spacing, so that lines show the breaker's choices alone.
    /// </summary>
    public static readonly Justification WordSpacingOnly = Justification.Default with { HyphenPenalty = 50, MaxLetterSpacing = 0 };

    public static FlowStyle Justified(bool hyphenate = true, float indent = 0) =>
        new(Body, 0xFF000000, 0xFF0000AA, 0xFF004400, TextAlign.Justify, hyphenate, indent, 13) { Justification = WordSpacingOnly };

    public static FlowStyle Ragged(bool hyphenate = false) =>
        new(Body, 0xFF000000, 0xFF0000AA, 0xFF004400, TextAlign.Left, hyphenate, 0, 13) { Justification = WordSpacingOnly };

    /// <summary>A real paragraph of the book, long enough for line breaking to matter.</summary>
    public const string Paragraph =
        "The relationship between Israel and Russia has undergone profound shifts over the past 75 years. " +
        "At times, the two countries have actively collaborated while at other periods, they have severed ties " +
        "and even engaged in proxy battles. Understanding the complex dynamics between Jerusalem and Moscow " +
        "requires examining how geopolitics, security interests, trade, and cultural ties have both united these " +
        "two powerful nations and pushed them apart across different eras. In 1947, the Soviet Union actually " +
        "played a crucial role in Israel's founding as an independent state, and Moscow voted to approve the UN " +
        "partition plan calling for an Arab and Jewish homeland in the British mandate of Palestine.";

    /// <summary>The seed article's words joined into one long paragraph.</summary>
    public static string SeedAsOneParagraph() =>
        string.Join(' ', SeedArticle.Text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
