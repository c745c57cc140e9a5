using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;

namespace BookBuilder.Manuscript.Callouts;

/// <summary>
/// What the opening line of a <c>:::</c> container says: its name (<c>::: tip</c> or
/// <c>::: {.tip}</c>), a title (<c>::: tip "Before you start"</c> or <c>title="..."</c>) and a
/// language (<c>lang=he</c>), each absent when not written. Attributes come from Markdig's
/// generic attributes, which it reads off the end of the line before the name.
/// </summary>
internal sealed record ContainerHeader(string Name, string? Title, string? Language)
{
    public static ContainerHeader Of(CustomContainer cc)
    {
        var attributes = cc.TryGetAttributes();
        var name = cc.Info?.Trim() ?? "";
        if (name.Length == 0 && attributes?.Classes is [var first, ..]) name = first;
        var title = Unquoted(cc.Arguments?.Trim()) ?? Property(attributes, "title");
        return new ContainerHeader(name, title, Property(attributes, "lang"));
    }

    /// <summary>
    /// The attributes of the container's line that it does not read, as written (<c>key=value</c>,
    /// <c>.class</c>): every <c>key=value</c> but <c>title</c> and <c>lang</c>, and every class but
    /// the one that names the container. Words that Markdig reads as attributes without a value
    /// belong to a malformed <c>{#id}</c>, which the anchor phase reports.
    /// </summary>
    public static IEnumerable<string> Unread(CustomContainer cc)
    {
        var attributes = cc.TryGetAttributes();
        if (attributes is null) yield break;
        // Markdig gives the name written after the colons as a class as well: that class is the name.
        var name = Of(cc).Name;
        var skipped = false;
        foreach (var cls in attributes.Classes ?? [])
        {
            if (!skipped && string.Equals(cls, name, StringComparison.OrdinalIgnoreCase)) { skipped = true; continue; }
            yield return "." + cls;
        }
        foreach (var p in attributes.Properties ?? [])
            if (p.Value is not null && p.Key is not ("title" or "lang")) yield return $"{p.Key}={p.Value}";
    }

    private static string? Property(HtmlAttributes? attributes, string key) =>
        attributes?.Properties?.FirstOrDefault(p => p.Key == key).Value is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    /// <summary>The text without a pair of straight or curly quotation marks around it; null when empty.</summary>
    private static string? Unquoted(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length >= 2 && (text[0], text[^1]) is ('"', '"') or ('\'', '\'') or ('\u201C', '\u201D')) text = text[1..^1].Trim();
        return text.Length == 0 ? null : text;
    }
}
