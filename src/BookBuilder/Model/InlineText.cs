using System.Text;

namespace BookBuilder.Model;

/// <summary>Turns inline content into plain text (for navigation, running heads and search).</summary>
public static class InlineText
{
    /// <param name="crossReference">The text of a cross-reference (its label, which the plan knows); none when null.</param>
    public static string Plain(IEnumerable<Inline> inlines, Func<CrossRefInline, string>? crossReference = null)
    {
        var sb = new StringBuilder();
        Append(sb, inlines, crossReference);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IEnumerable<Inline> inlines, Func<CrossRefInline, string>? crossReference)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: sb.Append(t.Text); break;
                case CodeInline c: sb.Append(c.Code); break;
                case LineBreakInline: sb.Append(' '); break;
                case EmphasisInline e: Append(sb, e.Children, crossReference); break;
                case LinkInline l: Append(sb, l.Children, crossReference); break;
                case GlossaryRefInline g: Append(sb, g.Children, crossReference); break;
                case CrossRefInline x: sb.Append(crossReference?.Invoke(x)); break;
                case IndexMarkInline m: Append(sb, m.Children, crossReference); break;
                case LanguageInline l: Append(sb, l.Children, crossReference); break;
                case OrnamentInline o: sb.Append(o.Text); break;
                case FootnoteRefInline or ImageInline: break;
                default: throw UnknownNodeException.Inline(inline, "plain text");
            }
        }
    }
}
