using System.Text;

namespace BookBuilder.Model;

/// <summary>Turns inline content into plain text (for navigation, running heads and search).</summary>
public static class InlineText
{
    public static string Plain(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: sb.Append(t.Text); break;
                case CodeInline c: sb.Append(c.Code); break;
                case LineBreakInline: sb.Append(' '); break;
                case EmphasisInline e: Append(sb, e.Children); break;
                case LinkInline l: Append(sb, l.Children); break;
                case GlossaryRefInline g: Append(sb, g.Children); break;
                case OrnamentInline o: sb.Append(o.Text); break;
                case FootnoteRefInline or ImageInline: break;
                default: throw UnknownNodeException.Inline(inline, "plain text");
            }
        }
    }
}
