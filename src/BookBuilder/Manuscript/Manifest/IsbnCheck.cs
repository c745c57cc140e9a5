namespace BookBuilder.Manuscript.Manifest;

/// <summary>
/// Whether a text is an ISBN whose check digit is right: 13 digits beginning 978 or 979 (weights
/// 1 and 3, modulo 10), or 10 characters, the last a digit or X (weights 10 to 1, modulo 11).
/// Hyphens and spaces, which printed ISBNs use to group the digits, are ignored.
/// </summary>
internal static class IsbnCheck
{
    public static bool IsValid(string text)
    {
        var chars = text.Where(c => c is not ('-' or ' ')).ToArray();
        if (chars.Length == 13 && chars.All(char.IsAsciiDigit) && (new string(chars, 0, 3) is "978" or "979"))
        {
            var sum = 0;
            for (var i = 0; i < 13; i++) sum += (chars[i] - '0') * (i % 2 == 0 ? 1 : 3);
            return sum % 10 == 0;
        }
        if (chars.Length == 10 && chars[..9].All(char.IsAsciiDigit) && (char.IsAsciiDigit(chars[9]) || chars[9] is 'X' or 'x'))
        {
            var sum = 0;
            for (var i = 0; i < 10; i++) sum += (chars[i] is 'X' or 'x' ? 10 : chars[i] - '0') * (10 - i);
            return sum % 11 == 0;
        }
        return false;
    }
}
