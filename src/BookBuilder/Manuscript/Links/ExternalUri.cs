using System.Globalization;
using System.Text;

namespace BookBuilder.Manuscript.Links;

/// <summary>
/// The address of a link that leaves the book, as a URI of ASCII characters only: what the author
/// wrote may be an IRI (<c>https://ru.wikipedia.org/wiki/Россия</c>, <c>https://пример.рф</c>),
/// which a PDF cannot carry (its link addresses are bytes: the letters became '?') and EPUB
/// checkers warn about. A host name becomes its IDNA form (punycode), every other character
/// outside URI syntax is percent-encoded as UTF-8, and what is already a URI stays as written.
/// Both editions use this one value.
/// </summary>
internal static class ExternalUri
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    /// <summary>The ASCII form of <paramref name="url"/> (http, https or mailto), or null and why it is no address.</summary>
    public static (string? Uri, string? Problem) ToAscii(string url, string scheme) =>
        scheme == "mailto" ? Mailto(url) : Web(url, scheme);

    private static (string?, string?) Web(string url, string scheme)
    {
        var afterScheme = scheme.Length + 1;
        if (!url.AsSpan(afterScheme).StartsWith("//")) return (null, "it has no host name (write it as " + scheme + "://host/...)");
        var authorityStart = afterScheme + 2;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0) authorityEnd = url.Length;
        var authority = url[authorityStart..authorityEnd];
        var at = authority.LastIndexOf('@');
        var userInfo = at >= 0 ? authority[..(at + 1)] : "";
        var hostAndPort = authority[(at + 1)..];
        var colon = hostAndPort.StartsWith('[') ? hostAndPort.IndexOf(':', hostAndPort.IndexOf(']') + 1) : hostAndPort.LastIndexOf(':');
        var host = colon >= 0 ? hostAndPort[..colon] : hostAndPort;
        var port = colon >= 0 ? hostAndPort[colon..] : "";
        if (host.Length == 0) return (null, "it has no host name");
        if (Host(host) is not { } asciiHost) return (null, $"'{host}' is not a valid host name");
        return ($"{url[..authorityStart]}{Escape(userInfo)}{asciiHost}{Escape(port)}{Escape(url[authorityEnd..])}", null);
    }

    /// <summary>mailto:addresses?headers: each address's domain in IDNA form, the rest percent-encoded (RFC 6068).</summary>
    private static (string?, string?) Mailto(string url)
    {
        var body = url["mailto:".Length..];
        var query = body.IndexOf('?');
        var addresses = query >= 0 ? body[..query] : body;
        var result = new StringBuilder(url[..7]);
        var first = true;
        foreach (var address in addresses.Split(','))
        {
            if (!first) result.Append(',');
            first = false;
            var at = address.LastIndexOf('@');
            if (at < 0) { result.Append(Escape(address)); continue; }
            if (Host(address[(at + 1)..]) is not { } domain) return (null, $"'{address[(at + 1)..]}' is not a valid domain name");
            result.Append(Escape(address[..(at + 1)])).Append(domain);
        }
        if (query >= 0) result.Append(Escape(body[query..]));
        return (result.ToString(), null);
    }

    /// <summary>A host name in ASCII: as written when it is, else its IDNA form; null when it has none.</summary>
    private static string? Host(string host)
    {
        if (host.StartsWith('[') || IsAscii(host)) return host;
        try
        {
            return Idn.GetAscii(host.TrimEnd('.')) + (host.EndsWith('.') ? "." : "");
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Percent-encodes, as UTF-8, what a URI may not hold as it is: characters outside ASCII,
    /// spaces, controls and the few ASCII characters URI syntax excludes; a '%' that starts no
    /// escape. Everything else, escapes already there included, is kept.
    /// </summary>
    private static string Escape(string text)
    {
        if (IsAscii(text) && !text.Any(NeedsEscape) && !HasStrayPercent(text)) return text;
        var result = new StringBuilder(text.Length * 2);
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var strayPercent = b == '%' && !(i + 2 < bytes.Length && Uri.IsHexDigit((char)bytes[i + 1]) && Uri.IsHexDigit((char)bytes[i + 2]));
            if (b >= 0x80 || NeedsEscape((char)b) || strayPercent) result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            else result.Append((char)b);
        }
        return result.ToString();
    }

    private static bool NeedsEscape(char c) => c <= ' ' || c == 0x7F || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}';

    private static bool HasStrayPercent(string text)
    {
        for (var i = text.IndexOf('%'); i >= 0; i = text.IndexOf('%', i + 1))
            if (!(i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))) return true;
        return false;
    }

    private static bool IsAscii(string text) => Ascii.IsValid(text);
}
