using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub.Content;

/// <summary>The content of a figcaption or a table caption: the plan's label ("Figure 3.1"), then the author's caption.</summary>
internal static class CaptionLabel
{
    public static void Write(XhtmlWriter w, NumberedCaption? numbered, IReadOnlyList<Inline> caption)
    {
        if (numbered is not null)
        {
            w.Start("span").Class("caption-label").Text(numbered.Label).End();
            if (caption.Count > 0) w.Text(" ");
        }
        InlineRenderer.Write(w, caption);
    }
}
