using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Manuscript;

/// <summary>The manuscript of the first book against its seed text.</summary>
public partial class FirstBookTests
{

    private static Book Book => LoadedBooks.Get(RepoPaths.Manuscript).Book;

    [Fact]
    public void Manuscript_has_no_diagnostics_at_all()
    {
        Assert.Empty(LoadedBooks.Get(RepoPaths.Manuscript).Diagnostics.Items);
    }

    [Fact]
    public void Every_sentence_of_the_seed_body_and_faq_is_in_the_manuscript()
    {
        var manuscript = Normalise(string.Join(" ", ReadingOrderText(Book)));
        var missing = SeedSentences().Where(s => !manuscript.Contains(Normalise(s), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "sentences of the seed missing from the manuscript:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Sentence_check_would_notice_a_dropped_sentence()
    {
        // Guard against a check that cannot fail: remove one sentence and the check must see it.
        var text = ReadingOrderText(Book).ToList();
        var victim = text.FindIndex(t => t.Contains("Economic and security engagement gradually increased.", StringComparison.Ordinal));
        Assert.True(victim >= 0);
        text[victim] = text[victim].Replace("Economic and security engagement gradually increased.", "", StringComparison.Ordinal);
        var manuscript = Normalise(string.Join(" ", text));
        Assert.Contains(SeedSentences(), s => !manuscript.Contains(Normalise(s), StringComparison.Ordinal));
    }

    [Fact]
    public void Chapters_and_sections_follow_the_seed_table_of_contents()
    {
        var toc = SeedTableOfContents();
        Assert.Equal("FAQs", toc[^1]);
        var modelOrder = Book.Chapters.SelectMany(c => new[] { c.PlainTitle }.Concat(c.Sections.Select(s => s.PlainTitle))).ToList();
        Assert.Equal(toc.Take(toc.Count - 1).Select(Normalise), modelOrder.Select(Normalise));
        Assert.Equal([0, 3, 3, 2, 0, 0], Book.Chapters.Select(c => c.Sections.Count));
        Assert.Equal(["Introduction", "History of Israel-Russia Relations", "Putin\u2019s Russia and Israel", "Remaining Sources of Tension", "The Future of Israel-Russia Ties", "Conclusion"],
            Book.Chapters.Select(c => c.PlainTitle));
    }

    [Fact]
    public void Faq_has_five_question_and_answer_pairs()
    {
        var faq = Book.Faq!;
        Assert.Equal(5, faq.Entries.Count);
        Assert.All(faq.Entries, e =>
        {
            Assert.EndsWith("?", e.PlainQuestion);
            Assert.NotEmpty(e.Answer);
            Assert.True(InlineText.Plain(((ParagraphBlock)e.Answer[0]).Inlines).Length > 200);
        });
        Assert.Equal("What role did the Soviet Union play in the founding of Israel?", faq.Entries[0].PlainQuestion);
    }

    [Fact]
    public void Glossary_has_at_least_twenty_terms_each_linked_from_the_text()
    {
        var entries = Book.Glossary!.Entries;
        Assert.True(entries.Count >= 20, $"only {entries.Count} glossary entries");
        Assert.All(entries, e => Assert.True(e.Uses.Count > 0, $"'{e.Term}' is never linked"));
        Assert.All(entries, e => Assert.True(InlineText.Plain(((ParagraphBlock)e.Definition[0]).Inlines).Length > 20, $"'{e.Term}' has no real definition"));
        Assert.Equal(entries.Select(e => e.Term).Order(StringComparer.OrdinalIgnoreCase), entries.Select(e => e.Term));
        // Back-links name their division as the reader sees it (typographic apostrophes included).
        var titles = Book.Chapters.ToDictionary(c => c.Id, c => c.PlainTitle);
        titles[Book.Faq!.Id] = Book.Faq.PlainTitle;
        var references = BookPlanner.Plan(Book).Glossary!.References.Values.SelectMany(r => r).ToList();
        Assert.Equal(entries.Sum(e => e.Uses.Count), references.Count);
        Assert.All(references, r => Assert.Equal(titles[r.DivisionId], r.DivisionTitle));
    }

    [Fact]
    public void Ornaments_decorate_the_title_sections_and_chapter_as_in_the_seed()
    {
        Assert.Equal("🇮🇱🤝🇷🇺", Book.Metadata.Ornament);
        var sections = Book.Chapters.SelectMany(c => c.Sections).Where(s => s.Ornament is not null).ToDictionary(s => s.PlainTitle, s => s.Ornament);
        Assert.Equal("🤝👎", sections["Severing Ties after the Six-Day War"]);
        Assert.Equal("🤝👍", sections["Trade and Cultural Exchanges"]);
        Assert.Equal("🤔", Book.Chapters.Single(c => c.PlainTitle.StartsWith("The Future", StringComparison.Ordinal)).Ornament);
    }

    [Fact]
    public void Metadata_is_complete()
    {
        var m = Book.Metadata;
        Assert.Equal("en", m.Language);
        Assert.StartsWith("urn:uuid:", m.Identifier);
        Assert.Equal("israel-russia", m.Slug);
        Assert.NotEmpty(m.Creators);
        Assert.False(string.IsNullOrWhiteSpace(m.Publisher));
        Assert.False(string.IsNullOrWhiteSpace(m.Rights));
        Assert.False(string.IsNullOrWhiteSpace(m.Description));
        Assert.NotEmpty(m.Subjects);
    }

    /// <summary>Headings, questions and paragraphs of the book in reading order.</summary>
    private static IEnumerable<string> ReadingOrderText(Book book)
    {
        foreach (var c in book.Chapters)
        {
            yield return c.PlainTitle;
            foreach (var b in c.Blocks) yield return BlockText(b);
            foreach (var s in c.Sections)
            {
                yield return s.PlainTitle;
                foreach (var b in s.Blocks) yield return BlockText(b);
            }
        }
        foreach (var e in book.Faq!.Entries)
        {
            yield return e.PlainQuestion;
            foreach (var b in e.Answer) yield return BlockText(b);
        }
    }

    private static string BlockText(Block b) => b is ParagraphBlock p ? InlineText.Plain(p.Inlines) : "";

    /// <summary>
    /// The seed's sentences: its body and FAQ after the table of contents and the repeated title,
    /// with headings and ornaments taken out, the "Answer:" labels dropped and the corrections of
    /// EDITING.md applied.
    /// </summary>
    private static List<string> SeedSentences()
    {
        var lines = File.ReadAllLines(RepoPaths.Seed);
        var lastToc = Array.FindLastIndex(lines, l => l.StartsWith("- ", StringComparison.Ordinal));
        var firstChapter = Array.FindIndex(lines, lastToc + 1, l => l.Trim() == "Introduction");
        var body = Regex.Replace(string.Join(" ", lines.Skip(firstChapter)), @"\s+", " ");

        foreach (var (seed, fixedText) in Corrections())
        {
            Assert.True(body.Contains(seed, StringComparison.Ordinal), $"correction '{seed}' does not occur in the seed");
            body = body.Replace(seed, fixedText, StringComparison.Ordinal);
        }
        body = body.Replace("Answer: ", "", StringComparison.Ordinal);
        body = Regex.Replace(body, @"[\p{So}\p{Cs}\u200D\uFE0F]+", " ");
        var headings = Book.Chapters.SelectMany(c => new[] { c.PlainTitle }.Concat(c.Sections.Select(s => s.PlainTitle))).Append("FAQs");
        foreach (var h in headings)
        {
            var pattern = Regex.Escape(Normalise(h)).Replace(@"\ ", @"\s+");
            var normalisedBody = Normalise(body);
            var m = Regex.Match(normalisedBody, @"(?<=^|[.?!]\s)\s*" + pattern + @"\s", RegexOptions.IgnoreCase);
            Assert.True(m.Success, $"heading '{h}' not found in the seed");
            body = normalisedBody.Remove(m.Index, m.Length).Insert(m.Index, " ");
        }
        return SentenceEnd().Split(body).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    private static List<string> SeedTableOfContents()
    {
        var lines = File.ReadAllLines(RepoPaths.Seed);
        var start = Array.FindIndex(lines, l => l.Trim() == "Table of Contents");
        var end = Array.FindLastIndex(lines, l => l.StartsWith("- ", StringComparison.Ordinal));
        var entries = new List<string>();
        // Entries start with "- "; a line without it continues the entry the export wrapped.
        for (var i = start + 1; i <= end; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("- ", StringComparison.Ordinal)) entries.Add(line[2..]);
            else entries[^1] += " " + line;
        }
        return entries;
    }

    /// <summary>Rows of the corrections table in manuscript/EDITING.md.</summary>
    private static List<(string Seed, string Fixed)> Corrections()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Manuscript, "EDITING.md"));
        var section = text[text.IndexOf("## Corrections", StringComparison.Ordinal)..];
        var rows = new List<(string, string)>();
        foreach (var line in section.Split('\n').Skip(1))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) break;
            if (!line.StartsWith('|') || line.StartsWith("|---", StringComparison.Ordinal) || line.StartsWith("| Seed text", StringComparison.Ordinal)) continue;
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            rows.Add((cells[0], cells[1]));
        }
        Assert.NotEmpty(rows);
        return rows;
    }

    /// <summary>Folds what smart typography and line wrapping change, so texts compare by their words.</summary>
    private static string Normalise(string s)
    {
        s = s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
             .Replace("\u2026", "...").Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u00A0', ' ');
        return Regex.Replace(s, @"\s+", " ").Trim();
    }

    [GeneratedRegex(@"(?<=[.?!])\s+(?=[A-Z0-9""'])")]
    private static partial Regex SentenceEnd();
}
