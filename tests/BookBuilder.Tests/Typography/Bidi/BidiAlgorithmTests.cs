using System.Text;
using BookBuilder.Typography.Bidi;

namespace BookBuilder.Tests.Typography.Bidi;

public class BidiAlgorithmTests
{
    /// <summary>
    /// Cases from Unicode's conformance test BidiCharacterTest.txt (15.0): code points; paragraph
    /// direction (0 left-to-right, 1 right-to-left); resolved paragraph level; resolved levels ('x'
    /// for characters rule X9 removes); visual order of the characters that are not removed.
    /// </summary>
    [Theory]
    [InlineData("05D0 05D1 0028 05D2 05D3 005B 0026 0065 0066 005D 002E 0029 0067 0068;0;0;1 1 0 1 1 0 0 0 0 0 0 0 0 0;1 0 2 4 3 5 6 7 8 9 10 11 12 13")]
    [InlineData("05D0 05D1 0028 05D2 05D3 005B 0026 0065 0066 005D 002E 0029 0067 0068;1;1;1 1 1 1 1 1 1 2 2 1 1 1 2 2;12 13 11 10 9 7 8 6 5 4 3 2 1 0")]
    [InlineData("0061 0062 0063 0020 0028 0064 0065 0066 0020 0627 0628 062C 0029 0020 05D0 05D1 05D2;0;0;0 0 0 0 0 0 0 0 0 1 1 1 0 0 1 1 1;0 1 2 3 4 5 6 7 8 11 10 9 12 13 16 15 14")]
    [InlineData("05D0 05D1 05D2 0020 0028 0627 0628 062C 0020 0064 0065 0066 0029 0020 0061 0062 0063;0;0;1 1 1 0 0 1 1 1 0 0 0 0 0 0 0 0 0;2 1 0 3 4 7 6 5 8 9 10 11 12 13 14 15 16")]
    [InlineData("0627 0628 062C 0020 0062 006F 006F 006B 0028 0073 0029;1;1;1 1 1 1 2 2 2 2 2 2 2;4 5 6 7 8 9 10 3 2 1 0")]
    [InlineData("0661 0028 0662 0029 0331;0;0;2 1 2 1 1;4 3 2 1 0")]
    [InlineData("0041 200F 005B 05D0 005D 200D 20D6;0;0;0 1 1 1 1 x 1;0 6 4 3 2 1")]
    [InlineData("0041 200F 005B 200D 200B 20D6 05D0 005D 200B 200D 20D6;0;0;0 1 1 x x 1 1 1 x x 1;0 10 7 6 5 2 1")]
    [InlineData("062A 0031 002F 0032;0;0;1 2 2 2;1 2 3 0")]
    [InlineData("061C 0020 06F1 0020 06F2 002D 06F3;0;0;1 1 2 1 2 1 2;6 5 4 3 2 1 0")]
    [InlineData("0061 0028 05D0 005B 05D1 005D 0021 0029 0062;0;0;0 0 1 1 1 1 0 0 0;0 1 5 4 3 2 6 7 8")]
    [InlineData("05D0 0028 0061 005B 0062 005D 0021 0029 05D1;1;1;1 1 2 2 2 2 1 1 1;8 7 6 2 3 4 5 1 0")]
    [InlineData("0028 05D0 0029 0020 0031 002D 0032;0;0;0 1 0 0 2 2 2;0 1 2 3 4 5 6")]
    [InlineData("0028 0627 0029 0020 0031 002D 0032;0;0;0 1 0 0 2 1 2;0 1 2 3 6 5 4")]
    [InlineData("0031 0661 0028 0627 0029;0;0;0 2 1 1 1;0 4 3 2 1")]
    [InlineData("05D0 0029 0028 0301 0661 0029;0;0;1 1 1 1 2 1;5 4 3 2 1 0")]
    [InlineData("0061 0028 0062 005B 0063 05D0 0064 005D 0065 0029 0066;0;0;0 0 0 0 0 1 0 0 0 0 0;0 1 2 3 4 5 6 7 8 9 10")]
    [InlineData("05D0 0028 05D1 005B 05D2 0061 05D3 005D 05D4 0029 05D5;1;1;1 1 1 1 1 2 1 1 1 1 1;10 9 8 7 6 5 4 3 2 1 0")]
    [InlineData("05D0 0020 2329 05D1 002E 0031 232A;0;0;1 1 1 1 1 2 1;6 5 4 3 2 1 0")]
    [InlineData("05D0 0020 3008 05D1 002E 0031 232A;0;0;1 1 1 1 1 2 1;6 5 4 3 2 1 0")]
    public void Resolves_levels_and_order_as_the_unicode_conformance_test_says(string line)
    {
        var fields = line.Split(';');
        var codePoints = fields[0].Split(' ').Select(h => Convert.ToInt32(h, 16)).ToArray();
        var wantLevels = fields[3].Split(' ');
        var wantOrder = fields[4].Split(' ').Select(int.Parse).ToArray();
        var text = new StringBuilder();
        var at = new int[codePoints.Length];
        for (var i = 0; i < codePoints.Length; i++)
        {
            at[i] = text.Length;
            text.Append(char.ConvertFromUtf32(codePoints[i]));
        }

        var levels = BidiLevels.Resolve(text.ToString(), byte.Parse(fields[1]));

        var kept = Enumerable.Range(0, codePoints.Length).Where(i => wantLevels[i] != "x").ToArray();
        Assert.Equal(kept.Select(i => wantLevels[i]), kept.Select(i => levels[at[i]].ToString()));
        var order = BidiReorder.VisualOrder(kept.Select(i => levels[at[i]]).ToArray()).Select(k => kept[k]);
        Assert.Equal(wantOrder, order);
    }

    [Fact]
    public void A_hebrew_phrase_in_an_english_sentence_is_one_right_to_left_run_with_its_inner_space()
    {
        const string text = "abc אבג דהו def";
        var levels = BidiLevels.Resolve(text);
        Assert.Equal("000011111110000", string.Concat(levels));
    }

    [Fact]
    public void Digits_inside_hebrew_are_a_left_to_right_number_at_level_two()
    {
        const string text = "in אבג 123 דהו here";
        var levels = BidiLevels.Resolve(text);
        Assert.Equal("0001111222111100000", string.Concat(levels));
    }

    [Fact]
    public void Digits_after_arabic_are_arabic_numbers_and_punctuation_at_the_end_stays_left_to_right()
    {
        // W2: a European number after an Arabic letter is an Arabic number; the comma then sits
        // between it (counted as right-to-left) and English text, so it takes the paragraph's direction.
        var levels = BidiLevels.Resolve("x مرحبا 42, y");
        Assert.Equal("0011111122000", string.Concat(levels));
    }

    [Fact]
    public void Explicit_embeddings_are_invisible_and_marks_are_strong()
    {
        // RLE ... PDF around Latin text does not turn it right-to-left here (see BidiLevels).
        Assert.All(BidiLevels.Resolve("a\u202Bbc\u202Cd"), l => Assert.Equal(0, l));
        // RLM after "!" makes the exclamation mark belong to the Hebrew word before it.
        Assert.Equal("0011111", string.Concat(BidiLevels.Resolve("a שלום!\u200F")[..7]));
        Assert.Equal("001111000", string.Concat(BidiLevels.Resolve("a שלום! b")));
    }

    [Fact]
    public void Trailing_white_space_goes_to_the_paragraph_level()
    {
        var levels = BidiLevels.Resolve("אבג  ", 0);
        Assert.Equal("11100", string.Concat(levels));
        Assert.Equal("11111", string.Concat(BidiLevels.Resolve("אבג  ", 1)));
    }

    [Fact]
    public void Only_right_to_left_letters_and_arabic_digits_need_resolving()
    {
        Assert.False(BidiLevels.NeedsResolving("Plain English, Русский, Ελληνικά, 1967–1970 and 🇮🇱"));
        Assert.True(BidiLevels.NeedsResolving("the word שלום"));
        Assert.True(BidiLevels.NeedsResolving("مرحبا"));
        Assert.True(BidiLevels.NeedsResolving("page ١٢"));
        Assert.True(BidiLevels.NeedsResolving("a\u200Fb"));
        Assert.False(BidiLevels.NeedsResolving("a\u202Bb\u202C")); // an embedding alone changes nothing here
    }

    [Theory]
    [InlineData('a', BidiClass.L)]
    [InlineData('Ж', BidiClass.L)]
    [InlineData('א', BidiClass.R)]
    [InlineData('\u05B4', BidiClass.NSM)] // hiriq
    [InlineData('\u05BE', BidiClass.R)] // maqaf
    [InlineData('ب', BidiClass.AL)]
    [InlineData('\u064E', BidiClass.NSM)] // fatha
    [InlineData('\u0661', BidiClass.AN)]
    [InlineData('\u06F1', BidiClass.EN)]
    [InlineData('\u060C', BidiClass.CS)] // Arabic comma
    [InlineData('7', BidiClass.EN)]
    [InlineData('+', BidiClass.ES)]
    [InlineData('$', BidiClass.ET)]
    [InlineData('€', BidiClass.ET)]
    [InlineData('%', BidiClass.ET)]
    [InlineData(',', BidiClass.CS)]
    [InlineData('\u00A0', BidiClass.CS)]
    [InlineData(' ', BidiClass.WS)]
    [InlineData('\t', BidiClass.S)]
    [InlineData('\n', BidiClass.B)]
    [InlineData('(', BidiClass.ON)]
    [InlineData('—', BidiClass.ON)]
    [InlineData('“', BidiClass.ON)]
    [InlineData('\u00AD', BidiClass.BN)]
    [InlineData('\u200D', BidiClass.BN)]
    [InlineData('\u200E', BidiClass.L)]
    [InlineData('\u200F', BidiClass.R)]
    [InlineData('\u061C', BidiClass.AL)]
    [InlineData('\u2067', BidiClass.RLI)]
    [InlineData('\u0301', BidiClass.NSM)]
    public void Classes_of_common_characters(char c, BidiClass expected)
    {
        Assert.Equal(expected, BidiCharacter.ClassOf(c));
    }

    [Fact]
    public void Classes_outside_the_basic_plane()
    {
        Assert.Equal(BidiClass.ON, BidiCharacter.ClassOf(0x1F91D)); // 🤝
        Assert.Equal(BidiClass.EN, BidiCharacter.ClassOf(0x1D7CE)); // mathematical bold digit zero
        Assert.Equal(BidiClass.R, BidiCharacter.ClassOf(0x10900)); // Phoenician alef
        Assert.Equal(BidiClass.AL, BidiCharacter.ClassOf(0x1EE01)); // Arabic mathematical beh
        Assert.Equal(BidiClass.BN, BidiCharacter.ClassOf(0xE0041)); // tag letter
        Assert.Equal(BidiClass.L, BidiCharacter.ClassOf(0x1D400)); // mathematical bold capital A
    }

    [Fact]
    public void Brackets_pair_with_their_closing_partner()
    {
        Assert.True(BidiCharacter.IsOpeningBracket('(', out var close));
        Assert.Equal(')', close);
        Assert.True(BidiCharacter.IsOpeningBracket('[', out close));
        Assert.Equal(']', close);
        Assert.True(BidiCharacter.IsOpeningBracket('\u2329', out close));
        Assert.Equal(0x3009, close); // canonical equivalent of U+232A
        Assert.False(BidiCharacter.IsOpeningBracket(')', out _));
        Assert.False(BidiCharacter.IsOpeningBracket('“', out _));
        Assert.False(BidiCharacter.IsOpeningBracket('\u2309', out _));
    }

    [Theory]
    [InlineData("0 0 0", "0 1 2")]
    [InlineData("0 1 1 0", "0 2 1 3")]
    [InlineData("1 1 1", "2 1 0")]
    [InlineData("0 1 2 2 1 0", "0 4 2 3 1 5")]
    [InlineData("0 2 2 0", "0 1 2 3")]
    [InlineData("1 2 1 2 1", "4 3 2 1 0")]
    public void Visual_order_reverses_runs_from_the_highest_level_down(string levels, string order)
    {
        var l = levels.Split(' ').Select(byte.Parse).ToArray();
        Assert.Equal(order.Split(' ').Select(int.Parse), BidiReorder.VisualOrder(l));
    }
}
