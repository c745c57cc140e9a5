using System.Globalization;
using BookBuilder.Diagnostics;
using BookBuilder.Model;

namespace BookBuilder.Epub.Content;

/// <summary>
/// Writes a division's footnotes at its end as EPUB footnote asides (reading systems show them as
/// pop-ups), each with a back-link to every reference to it.
/// </summary>
internal static class FootnoteRenderer
{
    public static void Write(XhtmlWriter w, IReadOnlyList<Footnote> footnotes)
    {
        if (footnotes.Count == 0) return;
        w.Start("div").Class("footnotes").Line();
        foreach (var note in footnotes)
        {
            // A note has no place of its own: its first block stands for it.
            var at = note.Blocks.Count > 0 ? note.Blocks[0].Source : SourceSpan.None;
            InputLocationException.At(at, () => Note(w, note));
        }
        w.End().Line();
    }

    private static void Note(XhtmlWriter w, Footnote note)
    {
        w.Start("aside").EpubType("footnote").Role("doc-footnote").Class("footnote").Id(note.Id).Line();
        var blocks = note.Blocks;
        if (blocks is [ParagraphBlock first, ..])
        {
            w.Start("p");
            Number(w, note);
            w.Text(" ");
            InlineRenderer.Write(w, first.Inlines);
            w.End().Line();
            blocks = blocks.Skip(1).ToArray();
        }
        else
        {
            w.Start("p").Class("footnote-label");
            Number(w, note);
            w.End().Line();
        }
        BlockRenderer.Write(w, blocks);
        if (note.RefIds.Count > 1)
        {
            // Further references to the same note each get their own way back.
            w.Start("p").Class("footnote-backlinks");
            for (var i = 1; i < note.RefIds.Count; i++)
            {
                if (i > 1) w.Text(" ");
                BackLink(w, note.RefIds[i], BackArrow.Text + " " + (i + 1).ToString(CultureInfo.InvariantCulture));
            }
            w.End().Line();
        }
        w.End().Line();
    }

    private static void Number(XhtmlWriter w, Footnote note)
    {
        var label = note.Number.ToString(CultureInfo.InvariantCulture) + ".";
        if (note.RefIds.Count > 0) BackLink(w, note.RefIds[0], label);
        else w.Start("span").Class("footnote-number").Text(label).End();
    }

    private static void BackLink(XhtmlWriter w, string refId, string label)
    {
        var href = w.Map.HrefOfAnchor(refId, w.File) ?? EpubFileMap.Href(w.File, refId, w.File);
        w.Start("a").Role("doc-backlink").Class("footnote-number").Attr("href", href)
            .Attr("title", w.Plan.Labels.BackToText).Text(label).End();
    }
}
