namespace BookBuilder.Pdf.Layout.Lines;

/// <summary>
/// How an external link's address is printed after its text on paper, where nobody can follow
/// the link: without the scheme a reader need not type ("https://", "mailto:") and without a
/// closing slash; nothing when the text already shows the address.
/// </summary>
public static class PrintedAddress
{
    /// <summary>The address to print after <paramref name="text"/>, or null when the text shows it (or there is none).</summary>
    public static string? Of(string url, string text)
    {
        var address = Shorten(url);
        if (address.Length == 0) return null;
        var shown = Shorten(text.Trim());
        if (string.Equals(shown, address, StringComparison.OrdinalIgnoreCase)
            || string.Equals(WithoutWww(shown), WithoutWww(address), StringComparison.OrdinalIgnoreCase)) return null;
        return address;
    }

    private static string Shorten(string url)
    {
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://", "mailto:"])
            if (url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) { url = url[scheme.Length..]; break; }
        return url.TrimEnd('/');
    }

    private static string WithoutWww(string host) =>
        host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
