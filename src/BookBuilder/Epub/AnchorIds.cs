using System.Text;

namespace BookBuilder.Epub;

/// <summary>
/// Turns the model's anchor ids into what XHTML accepts. HTML ids may hold anything but
/// whitespace, and an href fragment must be a valid IRI; both the id attribute and every link
/// to it go through here, so they always agree.
/// </summary>
internal static class AnchorIds
{
    /// <summary>The id as written in an id attribute: whitespace runs become '-'.</summary>
    public static string Attribute(string id)
    {
        if (!id.Any(char.IsWhiteSpace)) return id;
        var sb = new StringBuilder(id.Length);
        foreach (var c in id.Trim())
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString();
    }

    /// <summary>The id as written after '#': ASCII characters an IRI forbids are percent-encoded.</summary>
    public static string Fragment(string id)
    {
        var value = Attribute(id);
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c > 0x7F || char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".Contains(c)) sb.Append(c);
            else sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
