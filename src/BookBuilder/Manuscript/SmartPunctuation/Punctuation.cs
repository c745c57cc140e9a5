using System.Text;
using BookBuilder.Model;
using Markdig.Extensions.SmartyPants;

namespace BookBuilder.Manuscript.SmartPunctuation;

/// <summary>
/// Typographic punctuation: the characters of Markdig's SmartyPants marks, and the joining of
/// adjacent text runs, whose straight quotes only the joined run can curl right.
/// </summary>
internal static class Punctuation
{
    /// <summary>The character a SmartyPants mark stands for.</summary>
    public static string Text(SmartyPant sp) => sp.Type switch
    {
        SmartyPantType.Quote or SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.DoubleQuote or SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        _ => sp.ToString(),
    };

    /// <summary>
    /// Joins adjacent text runs and curls the straight quotes SmartyPants left in them: only the
    /// joined run shows whether a quote follows a word, since removed raw HTML and smart
    /// punctuation split the text into pieces.
    /// </summary>
    public static List<Inline> Merge(List<Inline> list)
    {
        var result = new List<Inline>(list.Count);
        StringBuilder? pending = null;
        foreach (var inline in list)
        {
            if (inline is TextInline t)
            {
                pending ??= new StringBuilder();
                pending.Append(t.Text);
                continue;
            }
            Flush();
            result.Add(inline);
        }
        Flush();
        return result;

        void Flush()
        {
            if (pending is null) return;
            var afterWord = result.Count > 0 && result[^1] is not LineBreakInline;
            result.Add(new TextInline(Elisions.Apostrophes(StraightQuotes.Curl(pending.ToString(), afterWord), afterWord)));
            pending = null;
        }
    }
}
