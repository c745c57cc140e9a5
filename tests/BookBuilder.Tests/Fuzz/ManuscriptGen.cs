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
        "[ok](#second)", "[2][3]", "a[i][j]", "[not][defined]", "[bad](#missing)", "[ext](https://example.org/a?b=1&c=2)", "[js](javascript:alert(1))",
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

    /// <summary>Pieces and shapes that are errors by design (unsafe HTML, broken links, missing files).</summary>
    private static readonly HashSet<string> Erroneous =
    [
        "[bad](#missing)", "[js](javascript:alert(1))", "<span onclick=\"x()\">s</span>", "<script>alert(1)</script>", "[^missing]",
        "<iframe src=\"x\"></iframe>", "![{0}](missing.png)", "^^^\n{0}\n^^^ caption",
        // Where Markdig resolves a footnote reference depends on the context it lands in; the
        // renderable books get theirs in a fixed place instead.
        "[^n]", "[^n]: {0}",
    ];

    /// <summary>Random manuscripts with one to three chapters, errors included.</summary>
    public static readonly Gen<GeneratedManuscript> Manuscript = Build(Pieces, BlockShapes, glossaryEntries: 4, titleWord: "", notes: "");

    /// <summary>
    /// Random manuscripts that are hostile but free of errors by design, so that both editions are
    /// rendered: mixed scripts, emoji, control characters, harmless raw HTML, every construct.
    /// </summary>
    public static readonly Gen<GeneratedManuscript> Renderable =
        Build(Pieces.Where(p => !Erroneous.Contains(p)).ToArray(),
            BlockShapes.Where(b => !Erroneous.Contains(b)).Select(b => b.StartsWith('#') ? b.Replace("{0}", "Heading {0}") : b).ToArray(),
            glossaryEntries: 3, titleWord: "Title ",
            notes: "\nA claim with a note.[^n]\n\n[^n]: The note of the claim, with *emphasis* and a [link](https://example.org).\n",
            flushLeft: true);

    /// <summary>
    /// Headings made of random pieces can come out empty (spaces, a comment), which is an error; the
    /// renderable books start every heading with a word.
    /// </summary>
    /// <param name="flushLeft">
    /// Start every block's text at its margin. Text that starts with spaces continues the list
    /// before it, and a "--" line then underlines a level-2 heading inside the list item, which is
    /// an error (BB030) that renderable books must not contain.
    /// </param>
    private static Gen<GeneratedManuscript> Build(string[] pieces, string[] shapes, int glossaryEntries, string titleWord, string notes, bool flushLeft = false)
    {
        var inline = Gen.Int[0, pieces.Length - 1].Array[1, 10].Select(ix => string.Join(" ", ix.Select(i => pieces[i])));
        var block = Gen.Select(Gen.Int[0, shapes.Length - 1], inline,
            (shape, text) => string.Format(shapes[shape], flushLeft ? text.TrimStart() : text));
        var chapter = Gen.Select(inline, block.Array[0, 10], (title, blocks) =>
            "# " + titleWord + title.Replace("\n", " ") + "\n\n## Second\n\n" + string.Join("\n\n", blocks) + "\n" + notes);
        var faq = inline.Array[1, 4].Select(answers =>
            "# Questions\n\n" + string.Join("\n\n", answers.Select((a, i) => $"## Question {i} {a}?\n\nYes. {a}")) + "\n" + notes);
        var glossary = Gen.Int[0, glossaryEntries - 1].Select(n => "# Glossary\n\n" + string.Join("\n\n",
            new[] { "Cold War\n:   A rivalry.", "Proxy war\nproxies\n:   Fighting through others.", "Unused term\n:   Never used.", "cold war\n:   Defined twice." }.Take(n + 1)) + "\n");
        return Gen.Select(chapter.Array[1, 3], faq, glossary, (chapters, f, g) => new GeneratedManuscript(chapters, f, g));
    }
}
