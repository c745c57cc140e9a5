using BookBuilder.Model;

namespace BookBuilder.Tests.Pdf.Layout.Fakes;

/// <summary>Hand-built books for layout tests (no Markdown parsing involved).</summary>
public static class TestBook
{
    private static readonly string[] Sentences = TestText.Paragraph.Split(". ", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A paragraph of <paramref name="sentences"/> sentences drawn from the seed text.</summary>
    public static ParagraphBlock Para(int seed, int sentences, params Inline[] tail)
    {
        var text = string.Join(". ", Enumerable.Range(seed, sentences).Select(i => Sentences[i % Sentences.Length])) + ". ";
        return new ParagraphBlock([new TextInline(text), .. tail]);
    }

    /// <summary>
    /// A book of <paramref name="chapters"/> chapters of <paramref name="sections"/> sections with
    /// <paramref name="paragraphs"/> paragraphs each; every chapter has a footnote, a list, a
    /// glossary use at its very end; plus a FAQ and a glossary.
    /// </summary>
    public static Book Build(int chapters = 3, int sections = 3, int paragraphs = 6)
    {
        var anchors = new Dictionary<string, Anchor>();
        var chapterList = new List<Chapter>();
        var uses = new List<GlossaryUse>();
        for (var c = 1; c <= chapters; c++)
        {
            var id = $"chapter-{c}";
            anchors[id] = new Anchor(id, AnchorKind.Chapter, id, $"Chapter {c}");
            var fnId = $"fn-{c}";
            var refId = $"fnref-{c}";
            var sectionList = new List<Section>();
            for (var s = 1; s <= sections; s++)
            {
                var blocks = new List<Block>();
                for (var p = 0; p < paragraphs; p++)
                {
                    if (s == 2 && p == 1) blocks.Add(Para(p, 2, new FootnoteRefInline(fnId, 1, refId), new TextInline(" And so it went on.")));
                    else blocks.Add(Para(c + s + p, 2 + (p % 3)));
                }
                if (s == 1)
                {
                    blocks.Add(new ListBlock(false, 1, [new ListItem([Para(1, 1)]), new ListItem([Para(2, 2)])]));
                    blocks.Add(new HeadingBlock(3, $"sub-{c}-{s}", [new TextInline("A smaller heading")]));
                    blocks.Add(Para(3, 3));
                }
                var sid = $"section-{c}-{s}";
                anchors[sid] = new Anchor(sid, AnchorKind.Section, id, $"{c}.{s}");
                sectionList.Add(new Section
                {
                    Id = sid, Title = [new TextInline($"Section {s} of chapter {c}")],
                    Ornament = s == 2 ? "🤝👎" : null, Blocks = blocks,
                });
            }
            var endUse = $"use-end-{c}";
            uses.Add(new GlossaryUse(endUse, id));
            sectionList[^1] = sectionList[^1] with
            {
                Blocks = [.. sectionList[^1].Blocks, new ParagraphBlock([new TextInline("The last word goes to "), new GlossaryRefInline("glossary-detente", endUse, [new TextInline("détente")]), new TextInline(".")])],
            };
            chapterList.Add(new Chapter
            {
                Id = id,
                Title = [new TextInline(c == 1 ? "Introduction" : $"The {c}th chapter of the history")],
                Ornament = "🇮🇱🤝🇷🇺", SourceFile = $"{c:00}.md", Blocks = [Para(c, 3)], Sections = sectionList,
                Footnotes = [new Footnote(fnId, 1, [new ParagraphBlock([new TextInline($"A footnote of chapter {c}, with a source: Moscow archives, 1948.")])], [refId])],
            });
        }
        var faq = new FaqAppendix
        {
            Id = "faq", Title = [new TextInline("FAQs")], SourceFile = "faq.md",
            Entries = Enumerable.Range(1, 6).Select(i => new FaqEntry
            {
                Id = $"faq-{i}", Number = i, Question = [new TextInline($"Question number {i}: are they friends or enemies?")],
                Answer = [Para(i, 3), Para(i + 1, 2)],
            }).ToArray(),
        };
        var glossary = new Glossary
        {
            Id = "glossary", Title = [new TextInline("Glossary")], SourceFile = "glossary.md",
            Entries =
            [
                new GlossaryEntry { Id = "glossary-detente", Term = "Détente", Definition = [Para(4, 2)], Uses = uses },
                new GlossaryEntry { Id = "glossary-proxy", Term = "Proxy war", Definition = [Para(5, 2)] },
            ],
        };
        return new Book
        {
            Metadata = new BookMetadata
            {
                Title = "Israel, Russia…", Subtitle = "Are They Friends or Enemies?", Ornament = "🇮🇱🤝🇷🇺",
                Creators = [new Contributor("A. Writer")], Language = "en", Identifier = "urn:uuid:00000000-0000-0000-0000-000000000001",
                Date = new DateOnly(2024, 5, 1), Publisher = "Test Press", Rights = "© 2024 A. Writer", Slug = "test",
            },
            Chapters = chapterList, Faq = faq, Glossary = glossary, Anchors = anchors,
        };
    }
}
