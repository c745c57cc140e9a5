using System.Globalization;
using BookBuilder.Diagnostics;
using BookBuilder.Epub.Content;
using BookBuilder.Model;

namespace BookBuilder.Epub.Pages;

/// <summary>One chapter as one XHTML file: heading with ornament and number, sections, footnotes.</summary>
internal static class ChapterPage
{
    public static byte[] Write(Book book, EpubFileMap map, Chapter chapter)
    {
        var (type, role, matter) = Semantics(chapter.Kind);
        return XhtmlWriter.Page(book, map, map.ChapterFile(chapter), chapter.PlainTitle, matter, w =>
        {
            w.Start("section").EpubType(type).Role(role).Class(type == "chapter" ? type : "chapter " + type).Id(chapter.Id).Line();
            w.Start("header").Class("chapter-head").Line();
            if (!string.IsNullOrWhiteSpace(chapter.Ornament))
                w.Ornament(chapter.Ornament, "ornament chapter-ornament").Line();
            w.Start("h1").Class("chapter-title");
            if (chapter.Kind == DivisionKind.Chapter)
            {
                w.Start("span").Class("chapter-number")
                    .Text($"{EpubLabels.Chapter} {chapter.Number.ToString(CultureInfo.InvariantCulture)}").End();
                w.Text(" ");
            }
            InlineRenderer.Write(w, chapter.Title);
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
        w.Start("section").Class("section").Id(section.Id).Line();
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

    /// <summary>The epub:type, ARIA role and matter of a division kind.</summary>
    public static (string Type, string Role, string Matter) Semantics(DivisionKind kind) => kind switch
    {
        DivisionKind.Introduction => ("introduction", "doc-introduction", "bodymatter"),
        DivisionKind.Conclusion => ("conclusion", "doc-conclusion", "bodymatter"),
        DivisionKind.Preface => ("preface", "doc-preface", "frontmatter"),
        DivisionKind.Appendix => ("appendix", "doc-appendix", "backmatter"),
        _ => ("chapter", "doc-chapter", "bodymatter"),
    };
}
