using CsCheck;

namespace BookBuilder.Tests.Fuzz;

/// <summary>A generated manuscript: chapter texts, FAQ and glossary.</summary>
public sealed record GeneratedManuscript(IReadOnlyList<string> Chapters, string Faq, string Glossary)
{
    public override string ToString() =>
        string.Join("\n=====\n", Chapters) + "\n===== faq\n" + Faq + "\n===== glossary\n" + Glossary;
}

/// <summary>
/// Generators of random manuscripts built from hostile pieces: mixed scripts, emoji sequences,
/// zero-width and control characters, raw HTML, broken links, every block construct. Built from
/// index arrays so that CsCheck can shrink a failure to a small case.
/// </summary>
public static class ManuscriptGen
{
    private static readonly string[] Pieces =
    [
        "word", "Cold War", "proxies", "Israel’s", "\"quoted\"", "it's", "--", "...", "1967-1970",
        "שלום", "привет", "مرحبا", "日本語", "🇮🇱🤝🇷🇺", "👩‍👩‍👧", "🤔", "e\u0301", "a\u200Bb", "soft\u00ADhyphen",
        "\u0007bell", "\u202Eevil", "*em*", "**strong**", "`code <x>`", "~~gone~~", "H~2~O", "x^2^",
        "[ok](#second)", "[bad](#missing)", "[ext](https://example.org/a?b=1&c=2)", "[js](javascript:alert(1))",
        "<https://example.com>", "<b>bold</b>", "<span onclick=\"x()\">s</span>", "<script>alert(1)</script>",
        "<!-- note -->", "&amp;", "&nbsp;", "&#x1F600;", "<", ">", "&", "\\*", "[^n]", "[^missing]",
        "Supercalifragilisticexpialidociousnesses-and-more-hyphenated-compounds-without-breaks",
        "https://example.com/a/very/long/url/that/does/not/break/anywhere/at/all", "  ", "\t",
    ];

    private static readonly string[] BlockShapes =
    [
        "{0}", "## {0}", "### {0}", "#### {0}", "- {0}\n- {0}\n  - {0}", "1. {0}\n2. {0}", "> {0}\n>\n> > {0}",
        "```\n{0}\n```", "    {0}", "| a | b |\n|---|:-:|\n| {0} | {0} |", "::: ornament\n🤝👎\n:::", "::: other\n{0}\n:::",
        "---", "<div>{0}</div>", "<iframe src=\"x\"></iframe>", "[^n]: {0}", "Term {0}\n:   {0}", "![{0}](missing.png)",
        "{0}  \n{0}", "^^^\n{0}\n^^^ caption",
    ];

    private static readonly Gen<string> Inline =
        Gen.Int[0, Pieces.Length - 1].Array[1, 10].Select(ix => string.Join(" ", ix.Select(i => Pieces[i])));

    private static readonly Gen<string> Block =
        Gen.Select(Gen.Int[0, BlockShapes.Length - 1], Inline, (shape, text) => string.Format(BlockShapes[shape], text));

    private static readonly Gen<string> Chapter =
        Gen.Select(Inline, Block.Array[0, 10], (title, blocks) =>
            "# " + title.Replace("\n", " ") + "\n\n## Second\n\n" + string.Join("\n\n", blocks) + "\n");

    private static readonly Gen<string> Faq =
        Gen.Select(Inline, Inline.Array[1, 4], (intro, answers) =>
            "# Questions\n\n" + string.Join("\n\n", answers.Select((a, i) => $"## Question {i} {a}?\n\n{a}")) + "\n");

    private static readonly Gen<string> Glossary =
        Gen.Int[0, 3].Select(n => "# Glossary\n\n" + string.Join("\n\n",
            new[] { "Cold War\n:   A rivalry.", "Proxy war\nproxies\n:   Fighting through others.", "Unused term\n:   Never used.", "cold war\n:   Defined twice." }.Take(n + 1)) + "\n");

    /// <summary>Random manuscripts with one to three chapters.</summary>
    public static readonly Gen<GeneratedManuscript> Manuscript =
        Gen.Select(Chapter.Array[1, 3], Faq, Glossary, (chapters, faq, glossary) => new GeneratedManuscript(chapters, faq, glossary));
}
