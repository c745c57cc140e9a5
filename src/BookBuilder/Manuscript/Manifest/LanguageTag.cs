using System.Text.RegularExpressions;

namespace BookBuilder.Manuscript.Manifest;

/// <summary>
/// Whether a text is a well-formed BCP 47 language tag (RFC 5646, section 2.1): a language with
/// optional extended language subtags, script, region, variants, extensions and a private use
/// part (<c>en</c>, <c>en-GB</c>, <c>sr-Latn-RS</c>, <c>en-Latn-US-x-private</c>), a private use
/// tag alone (<c>x-whatever</c>), or one of the grandfathered tags. Primary language subtags of
/// four to eight letters, which the syntax reserves, are refused: none is registered, and
/// "english" is the mistake they catch.
/// </summary>
internal static partial class LanguageTag
{
    public static bool IsWellFormed(string tag) => Syntax().IsMatch(tag) || Irregular.Contains(tag);

    /// <summary>The grandfathered tags that do not follow the syntax (the regular ones do).</summary>
    private static readonly HashSet<string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
    };

    [GeneratedRegex("""
        ^(?:
          [a-z]{2,3}(?:-[a-z]{3}){0,3}                  # language, extended language subtags
          (?:-[a-z]{4})?                                # script
          (?:-(?:[a-z]{2}|[0-9]{3}))?                   # region
          (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*      # variants
          (?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*           # extensions
          (?:-x(?:-[a-z0-9]{1,8})+)?                    # private use
        | x(?:-[a-z0-9]{1,8})+                          # a private use tag alone
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
