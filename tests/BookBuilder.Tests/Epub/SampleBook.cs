using BookBuilder.Model;
using SkiaSharp;

namespace BookBuilder.Tests.Epub;

/// <summary>
/// A small but complete book built by hand: chapters of every kind, sections with ornaments,
/// footnotes (one referenced twice), a figure, a table, lists, a quote, code, FAQ entries, glossary
/// entries with uses in chapters and in the FAQ, and internal and external links.
/// </summary>
internal static class SampleBook
{
    public const string Identifier = "urn:uuid:2f6d7c1e-8a4b-4c3d-9e2f-1a2b3c4d5e6f";

    public static readonly string[] ChapterIds = ["introduction", "history", "conclusion"];
    public static readonly string[] SectionIds = ["soviet-support", "severing-ties", "renewed-ties"];
    public static readonly string[] FaqEntryIds = ["faq-allies", "faq-trade"];
    public static readonly string[] GlossaryEntryIds = ["gl-deconfliction", "gl-partition", "gl-proxy"];

    /// <summary>
    /// Builds the book; its image is written into <paramref name="directory"/>. <paramref name="renewedTiesId"/>
    /// lets a test give one section an id that needs escaping.
    /// </summary>
    public static Book Create(string directory, string imageFormat = "png", string renewedTiesId = "renewed-ties")
    {
        var image = WriteImage(directory, imageFormat);
        var anchors = new Dictionary<string, Anchor>(StringComparer.Ordinal);
        void A(string id, AnchorKind kind, string division, string label) => anchors[id] = new Anchor(id, kind, division, label);

        var introduction = new Chapter
        {
            Id = "introduction",
            Title = [T("Introduction")],
            Ornament = "🤝",
            SourceFile = "01-introduction.md",
            Blocks =
            [
                P(T("In 1947 the Soviet Union backed the "), G("gl-partition", "use-partition-1", "partition plan"),
                  T(" at the United Nations."), Fn("fn-intro-1", 1, "fnref-intro-1"),
                  T(" See "), new LinkInline("https://www.un.org/", null, "United Nations", [T("the UN site")]),
                  T(", write to "), new LinkInline("mailto:editor@example.org", null, null, [T("the editor")]),
                  T(", or ignore "), new LinkInline("javascript:alert(1)", null, null, [T("this script link")]), T(".")),
                P(T("Both nations "), new EmphasisInline(EmphasisKind.Italic, [T("changed")]), T(" over 75 years "),
                  new OrnamentInline("🇮🇱🤝🇷🇺"), T("; the "), In("faq-allies", "FAQ"), T(" asks whether they are allies."),
                  new LineBreakInline(true), T("A second line.")),
            ],
            Sections = [],
            Footnotes = [new Footnote("fn-intro-1", 1, [P(T("Resolution 181 of 29 November 1947."))], ["fnref-intro-1"])],
        };

        var history = new Chapter
        {
            Id = "history",
            Title = [T("History of Israel–Russia Relations")],
            Ornament = "🇮🇱🤝🇷🇺",
            SourceFile = "02-history.md",
            Blocks = [P(T("Relations swung between warmth and hostility."))],
            Sections =
            [
                new Section
                {
                    Id = "soviet-support",
                    Title = [T("Soviet Support for Israel’s Formation")],
                    Ornament = "🤝",
                    Blocks =
                    [
                        P(T("Moscow voted for the "), G("gl-partition", "use-partition-2", "partition"),
                          T(" and Czechoslovak arms followed."), Fn("fn-history-1", 1, "fnref-history-1a")),
                        new QuoteBlock([P(T("We are for the partition."))]),
                        new ImageBlock(image, [T("The vote of 29 November 1947.")]),
                        P(T("The same vote is noted again."), Fn("fn-history-1", 1, "fnref-history-1b"),
                          T(" Compare "), In(renewedTiesId, "the 1990s"), T(".")),
                    ],
                },
                new Section
                {
                    Id = "severing-ties",
                    Title = [T("Severing Ties after the "), new EmphasisInline(EmphasisKind.Bold, [T("Six-Day War")])],
                    Ornament = "👎",
                    Blocks =
                    [
                        new HeadingBlock(3, "six-day-war", [T("June 1967")]),
                        new ListBlock(true, 3, [Item("Diplomats recalled"), Item("Embassies closed")]),
                        new ListBlock(false, 1, [Item("Arms to Egypt"), new ListItem([P(T("Arms to Syria")), P(T("and advisers"))])]),
                        new TableBlock([ColumnAlign.Left, ColumnAlign.Right],
                        [
                            new TableRow([[T("Year")], [T("Event")]]),
                            new TableRow([[T("1967")], [T("Ties cut")]]),
                            new TableRow([[T("1991")], [T("Ties restored"), Fn("fn-history-2", 2, "fnref-history-2")]]),
                        ], HasHeader: true),
                        new CodeBlock("ties = false  # 1967 < year < 1991", "python"),
                        new ThematicBreakBlock(),
                        new OrnamentBlock("🇮🇱🤝🇷🇺"),
                        new DefinitionListBlock([new DefinitionItem([[T("Refusenik")]], [P(T("A Soviet Jew refused an exit visa."))])]),
                        P(T("Strike: "), new EmphasisInline(EmphasisKind.Strikethrough, [T("friends")]),
                          T(", H"), new EmphasisInline(EmphasisKind.Subscript, [T("2")]), T("O, 10"),
                          new EmphasisInline(EmphasisKind.Superscript, [T("3")]), T(", "), new CodeInline("<code & stuff>"), T(".")),
                    ],
                },
                new Section
                {
                    Id = renewedTiesId,
                    Title = [T("Renewed Cooperation in the 1990s")],
                    Blocks = [P(T("A million emigrants moved to Israel."))],
                },
            ],
            Footnotes =
            [
                new Footnote("fn-history-1", 1, [P(T("UN General Assembly, 1947.")), P(T("Second paragraph."))], ["fnref-history-1a", "fnref-history-1b"]),
                new Footnote("fn-history-2", 2, [P(T("Consular relations in 1987, full ties in 1991."))], ["fnref-history-2"]),
            ],
        };

        var conclusion = new Chapter
        {
            Id = "conclusion",
            Title = [T("Conclusion")],
            SourceFile = "03-conclusion.md",
            Blocks =
            [
                P(T("Syria turned every "), G("gl-proxy", "use-proxy-1", "proxy war"), T(" into a test; see "),
                  In("soviet-support", "section 2.1"), T(" and the "), In("gl-deconfliction", "glossary"), T(".")),
            ],
            Sections = [],
        };

        var faq = new FaqAppendix
        {
            Id = "faqs",
            Title = [T("FAQs")],
            SourceFile = "faq.md",
            Intro = [P(T("Questions readers ask."))],
            Entries =
            [
                new FaqEntry
                {
                    Id = "faq-allies", Number = 1, Question = [T("Are Israel and Russia allies?")],
                    Answer = [P(T("No; they coordinate to avoid a "), G("gl-proxy", "use-proxy-2", "proxy"), T(" clash."))],
                },
                new FaqEntry
                {
                    Id = "faq-trade", Number = 2, Question = [T("How much do they trade?")],
                    Answer = [P(T("About $3 billion a year; see "), In("history", "the history chapter"), T("."))],
                },
            ],
        };

        var glossary = new Glossary
        {
            Id = "glossary",
            Title = [T("Glossary")],
            SourceFile = "glossary.md",
            Entries =
            [
                new GlossaryEntry { Id = "gl-deconfliction", Term = "Deconfliction", Definition = [P(T("Arrangements that keep two militaries apart; compare "), In("gl-proxy", "proxy war"), T("."))] },
                new GlossaryEntry
                {
                    Id = "gl-partition", Term = "Partition plan", Definition = [P(T("The 1947 UN plan to divide Mandatory Palestine."))],
                    Uses = [new GlossaryUse("use-partition-1", "introduction"), new GlossaryUse("use-partition-2", "history")],
                },
                new GlossaryEntry
                {
                    Id = "gl-proxy", Term = "Proxy war", Aliases = ["proxy"], Definition = [P(T("A conflict fought through allies."))],
                    Uses = [new GlossaryUse("use-proxy-1", "conclusion"), new GlossaryUse("use-proxy-2", "faqs")],
                },
            ],
        };

        foreach (var c in new[] { introduction, history, conclusion })
        {
            A(c.Id, AnchorKind.Chapter, c.Id, c.PlainTitle);
            foreach (var s in c.Sections) A(s.Id, AnchorKind.Section, c.Id, s.PlainTitle);
            foreach (var f in c.Footnotes)
            {
                A(f.Id, AnchorKind.Footnote, c.Id, f.Number.ToString());
                foreach (var r in f.RefIds) A(r, AnchorKind.FootnoteRef, c.Id, f.Number.ToString());
            }
        }
        A("six-day-war", AnchorKind.Heading, "history", "June 1967");
        A(image.Id, AnchorKind.Figure, "history", image.Alt);
        A("faqs", AnchorKind.FaqAppendix, "faqs", "FAQs");
        foreach (var e in faq.Entries) A(e.Id, AnchorKind.FaqEntry, "faqs", e.PlainQuestion);
        A("glossary", AnchorKind.Glossary, "glossary", "Glossary");
        foreach (var e in glossary.Entries)
        {
            A(e.Id, AnchorKind.GlossaryEntry, "glossary", e.Term);
            foreach (var u in e.Uses) A(u.UseId, AnchorKind.GlossaryUse, u.DivisionId, e.Term);
        }

        return new Book
        {
            Metadata = new BookMetadata
            {
                Title = "Israel, Russia... Are They Friends or Enemies?",
                Subtitle = "Seventy-Five Years of an Uneasy Partnership",
                Ornament = "🇮🇱🤝🇷🇺",
                Creators = [new Contributor("Dana Levin Orlov"), new Contributor("Ilya Marks", "edt", "Marks, Ilya")],
                Language = "en",
                Identifier = Identifier,
                Date = new DateOnly(2024, 1, 15),
                Publisher = "Meridian Press",
                Rights = "© 2024 Dana Levin Orlov. All rights reserved.",
                Description = "How Israel and Russia moved between friendship and hostility from 1947 to today.",
                Subjects = ["Israel — Foreign relations — Russia", "Middle East — Politics"],
                Edition = "First edition",
                Slug = "israel-russia",
            },
            Chapters = [introduction, history, conclusion],
            Faq = faq,
            Glossary = glossary,
            Anchors = anchors,
            Images = [image],
        };
    }

    public static TextInline T(string text) => new(text);

    public static ParagraphBlock P(params Inline[] inlines) => new(inlines);

    private static ListItem Item(string text) => new([P(T(text))]);

    private static GlossaryRefInline G(string entry, string use, string text) => new(entry, use, [T(text)]);

    private static FootnoteRefInline Fn(string id, int number, string refId) => new(id, number, refId);

    private static LinkInline In(string target, string text) => new("#" + target, target, null, [T(text)]);

    /// <summary>Draws a small map-like picture so the book has a real image file.</summary>
    private static BookImage WriteImage(string directory, string format)
    {
        var images = Path.Combine(directory, "images");
        Directory.CreateDirectory(images);
        using var bitmap = new SKBitmap(320, 200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xE8, 0xF0, 0xF8));
            using var paint = new SKPaint { Color = new SKColor(0x20, 0x50, 0x90), IsAntialias = true };
            canvas.DrawCircle(100, 100, 60, paint);
            paint.Color = new SKColor(0xB0, 0x30, 0x30);
            canvas.DrawRect(180, 60, 100, 80, paint);
        }
        var (encoding, extension, mediaType) = format == "webp"
            ? (SKEncodedImageFormat.Webp, ".webp", "image/webp")
            : (SKEncodedImageFormat.Png, ".png", "image/png");
        var path = Path.Combine(images, "un-vote" + extension);
        using var data = bitmap.Encode(encoding, 90);
        File.WriteAllBytes(path, data.ToArray());
        return new BookImage("un-vote", "images/un-vote" + extension, mediaType, "Map of the 1947 partition vote", 320, 200) { Encoded = data.ToArray() };
    }
}
