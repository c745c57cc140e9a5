using BookBuilder.Epub.Content;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Pages;

/// <summary>The FAQ appendix: every question a second-level heading with its id, the answer below.</summary>
internal static class FaqPage
{
    public static byte[] Write(BookPlan plan, EpubFileMap map, FaqDivision division)
    {
        var faq = division.Faq;
        return XhtmlWriter.Page(plan, map, EpubFileMap.FaqPage, division.PlainTitle, "backmatter", w =>
        {
            w.Start("section").EpubType("appendix").Role("doc-appendix").Class("faq").Id(faq.Id).PageBreaks(division).Line();
            w.Start("h1");
            InlineRenderer.Write(w, division.Title);
            w.End().Line();
            BlockRenderer.Write(w, faq.Intro);
            foreach (var entry in faq.Entries) ExerciseRenderer.FaqEntry(w, entry, "h2");
            FootnoteRenderer.Write(w, faq.Footnotes);
            w.End().Line();
        });
    }
}
