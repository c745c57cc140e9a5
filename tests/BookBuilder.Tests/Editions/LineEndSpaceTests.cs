using System.Text;
using System.Text.RegularExpressions;
using BookBuilder.Tests.Apparatus;
using BookBuilder.Tests.Pdf.Output;
using BookBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The word space at the end of a line in the tagged PDF. A line broken at a space keeps that
/// space as a space character, in the marked content of the element that holds the words on both
/// sides of it: the paragraph's (the list item's, the cell's, the heading's, the note's) when the
/// line ends in a link, a footnote mark, a word in another script or a picture, the link's only
/// when the link goes on on the next line. Each case sets a chapter whose lines end in one kind of
/// thing; poppler's structure text must read every word of the chapter as written (none glued to
/// the next line's first word, none split where a line ends in a hyphen), pdftotext must read the
/// same words with single spaces and the structure text lose none of them (an emoji, text with
/// /ActualText, once cut off the rest of its paragraph), and links, spans and references must hold
/// no space at their ends.
/// </summary>
public sealed class LineEndSpaceTests(ITestOutputHelper output)
{
    private const string Title = "Spaces at the Ends of Lines";

    private static readonly string[] Plain =
    [
        "river", "stone", "current", "meander", "valley", "delta", "gravel", "channel", "floodplain",
        "catchment", "sediment", "tributary", "characteristically", "extraordinarily", "interdisciplinary", "responsibilities",
    ];

    private static readonly string[] Hebrew = ["נהר", "הירדן", "מים", "גשם", "אבן", "עמק"];

    /// <summary><paramref name="count"/> words of <see cref="Plain"/>, or what <paramref name="special"/> puts at a place.</summary>
    private static string Words(int count, int seed, Func<int, string?>? special = null)
    {
        var words = new List<string>(count);
        for (var i = 0; i < count; i++) words.Add(special?.Invoke(i) ?? Plain[(seed + i * 7) % Plain.Length]);
        return string.Join(' ', words);
    }

    private static string Paragraphs(int count, int words, Func<int, string?>? special = null) =>
        string.Join("\n\n", Enumerable.Range(0, count).Select(p => Words(words, p * 3, special) + "."));

    [Fact]
    public async Task Justified_lines_keep_their_end_spaces_and_hyphenated_words_stay_whole()
    {
        var text = await Check($"# {Title}\n\n{Paragraphs(6, 90)}\n", Plain, Plain.Contains, "a word");
        if (text is null) return;
        // Lines broken inside a word end with a soft hyphen in pdftotext's text: the word is read whole above.
        Assert.Contains("\u00AD\n", text);
    }

    [Fact]
    public async Task Lines_that_end_in_a_link_keep_the_space_outside_it_or_inside_where_the_link_goes_on()
    {
        var pdf = await Build($"# {Title}\n\n{Paragraphs(5, 80, i => i % 5 == 2 ? "[Danube Rhine Elbe](https://example.org/rivers)" : null)}\n");
        string[] link = ["Danube", "Rhine", "Elbe"];
        if (await Check(pdf, [.. Plain, .. link], link.Contains, "a link") is null) return;
        // The link annotations' text (what assistive technology reads for a link): the link's words, once each.
        var contents = TaggedPdf.Read(pdf.Bytes).Root.Descendants().Where(n => n.Role == "Link")
            .SelectMany(n => n.Annotations).Select(a => a.Elements.GetString("/Contents")).Where(c => c.Contains("Danube")).ToList();
        Assert.NotEmpty(contents);
        // (An external link's annotation reads as its words and, in brackets, its address.)
        Assert.All(contents, c => Assert.Equal("Danube Rhine Elbe (https://example.org/rivers)", c));
    }

    [Fact]
    public async Task Lines_that_end_in_a_footnote_mark_and_the_lines_of_the_notes_keep_their_end_spaces()
    {
        var notes = Enumerable.Range(1, 12).Select(n => $"[^n{n}]: {Words(45, n)}.");
        var marks = 0;
        var body = Paragraphs(4, 70, i => i % 6 == 3 ? $"{Plain[i % Plain.Length]}[^n{++marks}]" : null);
        Assert.True(marks >= 12);
        body = Regex.Replace(body, @"\[\^n(\d+)\]", m => int.Parse(m.Groups[1].Value) <= 12 ? m.Value : "");
        await Check($"# {Title}\n\n{body}\n\n{string.Join("\n\n", notes)}\n", Plain, w => Regex.IsMatch(w, @"^\p{L}+\d+$"), "a footnote mark");
    }

    [Fact]
    public async Task Lines_that_end_in_inline_code_keep_their_end_spaces()
    {
        string[] code = ["flow_rate", "q_max"];
        await Check($"# {Title}\n\n{Paragraphs(5, 80, i => i % 5 == 2 ? $"`{code[i % 2]}`" : null)}\n", [.. Plain, .. code], code.Contains, "inline code");
    }

    [Fact]
    public async Task Lines_that_end_in_right_to_left_words_keep_their_end_spaces()
    {
        var ltr = Paragraphs(4, 80, i => i % 5 == 3 ? $"{Hebrew[i % Hebrew.Length]} {Hebrew[(i + 1) % Hebrew.Length]}" : null);
        var rtl = string.Join(' ', Enumerable.Range(0, 120).Select(i => Hebrew[i * 5 % Hebrew.Length]));
        await Check($"# {Title}\n\n{ltr}\n\n::: {{lang=he}}\n{rtl}\n:::\n", [.. Plain, .. Hebrew], Hebrew.Contains, "a right-to-left word");
    }

    [Fact]
    public async Task Lines_that_end_in_another_font_keep_their_end_spaces()
    {
        // An emoji (a picture with its text under it) and a word in a script only the fallback face has.
        string[] other = ["rapids🌊", "მდინარე"];
        await Check($"# {Title}\n\n{Paragraphs(5, 80, i => i % 4 == 1 ? other[i / 4 % 2] : null)}\n", [.. Plain, .. other], other.Contains, "another font");
    }

    [Fact]
    public async Task Lines_of_list_items_keep_their_end_spaces()
    {
        var items = string.Join("\n", Enumerable.Range(0, 8).Select(i => "- " + Words(40, i)));
        await Check($"# {Title}\n\n{items}\n", Plain, Plain.Contains, "a list item", "LBody");
    }

    [Fact]
    public async Task Lines_of_table_cells_set_ragged_keep_their_end_spaces()
    {
        var rows = string.Join("\n", Enumerable.Range(0, 5).Select(i => $"| {Words(20, i)} | {Words(24, i + 5)} |"));
        await Check($"# {Title}\n\n| Left | Right |\n|:--|:--|\n{rows}\n", [.. Plain, "Left", "Right"], Plain.Contains, "a table cell", "TD");
    }

    [Fact]
    public async Task Lines_of_headings_that_wrap_keep_their_end_spaces()
    {
        var sections = string.Join("\n\n", Enumerable.Range(0, 5).Select(i => $"## {Words(14, i)}\n\n{Words(30, i + 2)}."));
        await Check($"# {Title} {Words(12, 1)}\n\n{sections}\n", Plain, Plain.Contains, "a heading", "H2");
    }

    [Fact]
    public async Task Lines_next_to_a_picture_in_the_text_keep_the_spaces_around_it()
    {
        var text = Paragraphs(4, 90, i => i % 3 == 1 ? "![dot](dot.png)" : null);
        var pdf = await Build($"# {Title}\n\n{text}\n", [("dot.png", TestImages.Png(60, 60))]);
        // The picture's alternative text reads in its place.
        var read = await Check(pdf, Plain.Append("dot"), Plain.Contains, "a word");
        if (read is not null) Assert.Matches(@"\w dot \w", read);
    }

    [Fact]
    public async Task A_letter_drawn_apart_from_its_mark_reads_whole_and_its_paragraph_goes_on()
    {
        // q with a tilde and x with a caron: no precomposed glyph, so each is a cluster of two
        // glyphs whose text is given as /ActualText.
        const string sentence = "The letters q\u0303 and x\u030C appear in some transcriptions of river names, and the paragraph goes on after them.";
        using var pdf = await Build($"# {Title}\n\n{sentence}\n");
        var text = await Validators.PdfToText(pdf.Path, output);
        var tree = await Validators.PdfStructText(pdf.Path, output);
        if (text is null || tree is null) return;
        Assert.Contains(sentence, Regex.Replace(text, @"\s+", " ").Normalize(NormalizationForm.FormD));
        // The structure text reads every word after the clusters (it once stopped at the first).
        var structure = string.Concat(Regex.Matches(tree, "\"(.*)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("appear in some transcriptions of river names, and the paragraph goes on after them.", structure);
    }

    // ---- the checks ----

    private sealed record Pdf(byte[] Bytes, string Path) : IDisposable
    {
        public void Dispose() => File.Delete(Path);
    }

    private static Task<Pdf> Build(string chapter, IEnumerable<(string, byte[])>? files = null)
    {
        using var book = new SmallBook([chapter], files: files);
        using var ms = new MemoryStream();
        new BookBuilder.Pdf.PdfEditionWriter().Write(book.Plan, ms, new BookBuilder.Publishing.BuildOptions { Timestamp = DateTimeOffset.UnixEpoch }, new BookBuilder.Diagnostics.DiagnosticBag());
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"line-ends-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, ms.ToArray());
        return Task.FromResult(new Pdf(ms.ToArray(), path));
    }

    private async Task<string?> Check(string chapter, IEnumerable<string> vocabulary, Func<string, bool> endsLine, string what, string? role = null)
    {
        using var pdf = await Build(chapter);
        return await Check(pdf, vocabulary, endsLine, what, role);
    }

    /// <summary>
    /// Checks the chapter's text as poppler reads it from the structure tree and as pdftotext reads
    /// it from the page, and that some line of the chapter (in an element of <paramref name="role"/>
    /// when given) ends in <paramref name="what"/> (a word <paramref name="endsLine"/> accepts) and
    /// goes on on the next line. Returns pdftotext's text, or null when poppler is missing outside CI.
    /// </summary>
    private async Task<string?> Check(Pdf pdf, IEnumerable<string> vocabulary, Func<string, bool> endsLine, string what, string? role = null)
    {
        var tree = await Validators.PdfStructText(pdf.Path, output);
        var text = await Validators.PdfToText(pdf.Path, output);
        if (tree is null || text is null) return null;
        var words = new HashSet<string>(vocabulary.Concat(Title.Split(' ')).Append("CHAPTER"));
        var nodes = Nodes(tree);
        var start = nodes.FindIndex(n => n.Role == "H1" && n.Text.ToString().Contains(Title));
        Assert.True(start >= 0, "the chapter's heading is not in the structure text");
        var chapter = nodes.Skip(start).ToList();

        // Every word of the chapter's blocks, as the structure tree reads it, is a word of the manuscript.
        // Poppler reads a picture as U+FFFC, next to its alternative text.
        var blocks = chapter.Where(n => n.Block).Select(n => n.Text.ToString().Replace("\uFFFC", "", StringComparison.Ordinal)).ToList();
        var read = blocks.SelectMany(Tokens).ToList();
        var foreign = read.Where(t => !words.Contains(Bare(t))).Distinct().ToList();
        Assert.True(foreign.Count == 0, "words glued or split in the structure text: " + string.Join(", ", foreign.Take(20)));
        Assert.DoesNotContain(blocks, b => b.Contains("  ", StringComparison.Ordinal));

        // A link, a span or a reference holds its words, and no word space at either end.
        foreach (var inline in chapter.Where(n => n.Role is "Link" or "Span" or "Reference"))
        {
            var s = inline.Text.ToString();
            Assert.True(s == s.Trim(), $"a {inline.Role} with a space at an end: \"{s}\"");
        }

        // pdftotext reads the same words, with single spaces and no space at the end of a line.
        // (Right-to-left runs are set off with directional marks and spaced by pdftotext's own rules.)
        var lines = Unmarked(text).Split('\n');
        Assert.DoesNotContain(text.Split('\n'), l => !Regex.IsMatch(l, "[\u202A-\u202E]") && (l.Contains("  ", StringComparison.Ordinal) || l.EndsWith(' ')));
        var extracted = Tokens(Unmarked(text).Replace("\u00AD\n", "")).Select(Bare).ToHashSet();
        var missing = read.Select(Bare).Where(t => !extracted.Contains(t)).Distinct().ToList();
        Assert.True(missing.Count == 0, "words of the structure text that pdftotext does not read: " + string.Join(", ", missing.Take(20)));
        // And the structure text loses none of the words of the book pdftotext reads.
        var lost = extracted.Where(words.Contains).Except(read.Select(Bare)).ToList();
        Assert.True(lost.Count == 0, "words pdftotext reads that the structure text lost: " + string.Join(", ", lost.Take(20)));

        // Some line ends in what the case is about, and its paragraph goes on on the next line.
        var covered = false;
        for (var i = 0; i + 1 < lines.Length && !covered; i++)
        {
            var last = Tokens(lines[i]).LastOrDefault();
            var first = Tokens(lines[i + 1]).FirstOrDefault();
            if (last is null || first is null || lines[i].EndsWith('\u00AD') || !endsLine(last)) continue;
            covered = chapter.Any(n => n.Block && (role is null || n.In(role)) && Tokens(n.Text.ToString()).Zip(Tokens(n.Text.ToString()).Skip(1)).Contains((last, first)));
        }
        Assert.True(covered, $"no line of the chapter ends in {what} and goes on");
        return text;
    }

    /// <summary>An element of poppler's structure text with all the text inside it.</summary>
    private sealed record Node(string Role, bool Block, Node? Parent)
    {
        public bool In(string role) => Role == role || Parent?.In(role) == true;

        public StringBuilder Text { get; } = new();
    }

    /// <summary>The elements of <c>pdfinfo -struct-text</c>'s tree in order, each with the text of its content and its descendants'.</summary>
    private static List<Node> Nodes(string tree)
    {
        var nodes = new List<Node>();
        var open = new List<(int Indent, Node Node)>();
        foreach (var line in tree.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            var indent = line.Length - line.TrimStart().Length;
            while (open.Count > 0 && open[^1].Indent >= indent) open.RemoveAt(open.Count - 1);
            var content = Regex.Match(line, "^\\s*\"(.*)\"\\s*$");
            var trimmed = line.Trim();
            // Annotations and attributes (a header cell's "/Scope /Column") are no elements.
            if (trimmed.StartsWith("Object ", StringComparison.Ordinal) || trimmed.StartsWith('/')) continue;
            if (!content.Success)
            {
                // Table cells print without a placement; each is a block of its own.
                var name = trimmed.Split(' ')[0].TrimEnd(':');
                var n = new Node(name, trimmed.EndsWith("(block)", StringComparison.Ordinal) || name is "TD" or "TH", open.Count > 0 ? open[^1].Node : null);
                nodes.Add(n);
                open.Add((indent, n));
            }
            // The text goes into the elements around it up to the nearest block; blocks further
            // out only see it apart from the text of other blocks. A picture in the text stands
            // between its neighbours as one object (it has no text).
            var text = content.Success ? content.Groups[1].Value : open[^1].Node.Role == "Figure" ? "\uFFFC" : "";
            if (text.Length == 0) continue;
            var inBlock = false;
            for (var k = open.Count - 1; k >= 0; k--)
            {
                var node = open[k].Node;
                if (!inBlock) node.Text.Append(text);
                else if (node.Text.Length > 0 && node.Text[^1] != '\n') node.Text.Append('\n');
                inBlock |= node.Block;
            }
        }
        return nodes;
    }

    /// <summary>The words of a text: what stands between spaces, without punctuation around it; those with no letter are left out.</summary>
    private static IEnumerable<string> Tokens(string text) =>
        text.Split([' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(".,;:!?()[]\"“”‘’'•\u00AD".ToCharArray()))
            .Where(t => t.Any(char.IsLetter));

    /// <summary>A word without a footnote mark after it, and with the hyphen of a word broken after it read as a hyphen.</summary>
    private static string Bare(string token)
    {
        token = token.Replace('\u2010', '-');
        var m = Regex.Match(token, @"^(\p{L}[\p{L}\p{M}_]*?)\d+$");
        return m.Success ? m.Groups[1].Value : token;
    }

    /// <summary>The text without the directional marks pdftotext puts around right-to-left runs.</summary>
    private static string Unmarked(string text) => Regex.Replace(text, "[\u200E\u200F\u202A-\u202E]", " ");
}
