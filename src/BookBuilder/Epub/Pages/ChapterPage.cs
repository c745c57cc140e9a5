using BookBuilder.Diagnostics;
using BookBuilder.Epub.Content;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>One chapter as one XHTML file: heading with ornament and number, sections, footnotes.</summary>
internal static class ChapterPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map, ChapterDivision division)
    {
        var chapter = division.Chapter;
        return XhtmlWriter.Page(plan, map, map.ChapterFile(division), division.PlainTitle, "bodymatter", w =>
        {
            w.Start("section").EpubType("chapter").Role("doc-chapter").Class("chapter").Id(chapter.Id).PageBreaks(division).Line();
            w.Start("header").Class("chapter-head").Line();
            if (!string.IsNullOrWhiteSpace(chapter.Ornament))
                w.Ornament(chapter.Ornament, "ornament chapter-ornament").Line();
            w.Start("h1").Class("chapter-title");
            w.Start("span").Class("chapter-number").Text(division.Label).End();
            w.Text(" ");
            InlineRenderer.Write(w, division.Title);
            w.End().Line();
            w.End().Line();

            BlockRenderer.Write(w, chapter.Blocks);
            foreach (var section in chapter.Sections) Section(w, section);
            FootnoteRenderer.Write(w, chapter.Footnotes);
            w.End().Line();
        });
    }

    private static void Section(XhtmlWriter w, Section section) =>
        InputLocationException.At(section.Source, () => SectionContent(w, section));

    private static void SectionContent(XhtmlWriter w, Section section)
    {
        w.Start("section").Class("section").Id(section.Id).PageBreaks(section).Line();
        if (!string.IsNullOrWhiteSpace(section.Ornament))
            w.Ornament(section.Ornament, "ornament section-ornament").Line();
        w.Start("h2");
        if (!string.IsNullOrWhiteSpace(section.Number))
        {
            w.Start("span").Class("section-number").Text(section.Number).End();
            w.Text(" ");
        }
        InlineRenderer.Write(w, section.Title);
        w.End().Line();
        BlockRenderer.Write(w, section.Blocks);
        w.End().Line();
    }
}
