using BookBuilder.Diagnostics;
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
            foreach (var entry in faq.Entries) InputLocationException.At(entry.Source, () => Entry(w, entry));
            FootnoteRenderer.Write(w, faq.Footnotes);
            w.End().Line();
        });
    }

    private static void Entry(XhtmlWriter w, FaqEntry entry)
    {
        w.Start("section").Class("faq-entry").PageBreaks(entry).Line();
        w.Start("h2").Class("faq-question").Id(entry.Id);
        InlineRenderer.Write(w, entry.Question);
        w.End().Line();
        w.Start("div").Class("faq-answer").Line();
        BlockRenderer.Write(w, entry.Answer);
        w.End().Line();
        w.End().Line();
    }
}
