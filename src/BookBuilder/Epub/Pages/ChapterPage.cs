using BookBuilder.Diagnostics;
using BookBuilder.Epub.Content;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>
/// One division of a chapter file as one XHTML file: heading with ornament and, for a numbered
/// chapter, its label; sections; footnotes. Its semantics say what it is (a chapter, an
/// introduction...) and where it stands (front, body or back matter), as the plan decided.
/// </summary>
internal static class ChapterPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map, ChapterDivision division)
    {
        var chapter = division.Chapter;
        var (type, role) = Semantics(chapter.Kind);
        return XhtmlWriter.Page(plan, map, map.ChapterFile(division), division.PlainTitle, MatterType(division.Matter), w =>
        {
            w.Start("section").EpubType(type).Role(role).Class("chapter").Id(chapter.Id).PageBreaks(division).Line();
            w.Start("header").Class("chapter-head").Line();
            if (!string.IsNullOrWhiteSpace(chapter.Ornament))
                w.Ornament(chapter.Ornament, "ornament chapter-ornament").Line();
            w.Start("h1").Class("chapter-title");
            if (division.Label is { } label)
            {
                w.Start("span").Class("chapter-number").Text(label).End();
                w.Text(" ");
            }
            InlineRenderer.Write(w, division.Title);
            w.End().Line();
            if (division.Byline is { } byline) w.Start("p").Class("chapter-author").Text(byline).End().Line();
            w.End().Line();

            BlockRenderer.Write(w, chapter.Blocks);
            for (var i = 0; i < chapter.Sections.Count; i++) Section(w, chapter.Sections[i], division.SectionNumbers[i]);
            if (division.KeyTerms is { } keyTerms) KeyTerms(w, keyTerms);
            if (division.Solutions.Count > 0)
            {
                // The solutions at the chapter's end: a section of their own after the last one.
                w.Start("section").Class("solutions chapter-solutions").PageBreaks(division.Solutions).Line();
                w.Start("h2").Text(plan.Labels.Solutions).End().Line();
                foreach (var exercise in division.Solutions) ExerciseRenderer.Solution(w, exercise);
                w.End().Line();
            }
            FootnoteRenderer.Write(w, chapter.Footnotes);
            w.End().Line();
        }, meta: Meta(chapter));
    }

    /// <summary>The chapter's author and description from its front matter, for the page's head.</summary>
    private static List<(string, string)> Meta(Chapter chapter)
    {
        var meta = new List<(string, string)>();
        if (chapter.Author is { } author) meta.Add(("author", author));
        if (chapter.Description is { } description) meta.Add(("description", description));
        return meta;
    }

    /// <summary>The structural semantics (epub:type) and the matching DPUB-ARIA role of each kind of division.</summary>
    private static (string Type, string Role) Semantics(ChapterKind kind) => kind switch
    {
        ChapterKind.Chapter => ("chapter", "doc-chapter"),
        ChapterKind.Foreword => ("foreword", "doc-foreword"),
        ChapterKind.Preface => ("preface", "doc-preface"),
        ChapterKind.Introduction => ("introduction", "doc-introduction"),
        ChapterKind.Prologue => ("prologue", "doc-prologue"),
        ChapterKind.Epilogue => ("epilogue", "doc-epilogue"),
        ChapterKind.Conclusion => ("conclusion", "doc-conclusion"),
        ChapterKind.Afterword => ("afterword", "doc-afterword"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "the EPUB edition has no semantics for this kind of division"),
    };

    private static string MatterType(Matter matter) => matter switch
    {
        Matter.Front => "frontmatter",
        Matter.Body => "bodymatter",
        Matter.Back => "backmatter",
        _ => throw new ArgumentOutOfRangeException(nameof(matter), matter, "the EPUB edition has no type for this matter"),
    };

    /// <summary>
    /// The glossary terms the chapter uses: a section named by its heading, a list of links to
    /// the entries (each a glossary reference, as the terms' uses in the text are).
    /// </summary>
    private static void KeyTerms(XhtmlWriter w, KeyTermList keyTerms)
    {
        w.Start("section").Class("key-terms").Attr("aria-labelledby", keyTerms.Id).PageBreaks(keyTerms).Line();
        w.Start("h2").Id(keyTerms.Id).Text(keyTerms.Title).End().Line();
        w.Start("ul").Class("key-terms-list").Line();
        foreach (var term in keyTerms.Terms)
        {
            w.Start("li").PageBreaks(term);
            var href = w.Map.HrefOfAnchor(term.EntryId, w.File) ?? EpubFileMap.Href(EpubFileMap.GlossaryPage, term.EntryId, w.File);
            w.Start("a").EpubType("glossref").Role("doc-glossref").Attr("href", href).Text(term.Term).End();
            w.End().Line();
        }
        w.End().Line();
        w.End().Line();
    }

    private static void Section(XhtmlWriter w, Section section, string? number) =>
        InputLocationException.At(section.Source, () => SectionContent(w, section, number));

    private static void SectionContent(XhtmlWriter w, Section section, string? number)
    {
        w.Start("section").Class("section").Id(section.Id).PageBreaks(section).Line();
        if (!string.IsNullOrWhiteSpace(section.Ornament))
            w.Ornament(section.Ornament, "ornament section-ornament").Line();
        w.Start("h2");
        if (number is not null)
        {
            w.Start("span").Class("section-number").Text(number).End();
            w.Text(" ");
        }
        InlineRenderer.Write(w, section.Title);
        w.End().Line();
        BlockRenderer.Write(w, section.Blocks);
        w.End().Line();
    }
}
