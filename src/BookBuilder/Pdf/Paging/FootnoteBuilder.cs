using BookBuilder.Model;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>Builds the bodies of footnotes, which the paginator sets at the foot of the page that calls them.</summary>
public sealed class FootnoteBuilder(BlockBuilder blocks)
{
    private Theme Theme => blocks.Theme;

    /// <summary>
    /// The body of a footnote at the foot of a page: its number (linking back to the reference) and
    /// blocks, tagged as a Note whose id ties it to its reference (the structure tree puts it after
    /// the paragraph that calls it).
    /// </summary>
    public LayoutElement Footnote(Footnote note)
    {
        var flow = new FlowStyle(new TextStyle(Theme.BodyFamily, Theme.FootnoteSize), Theme.TextColor, Theme.LinkColor, Theme.GlossaryColor,
            Theme.Justify ? TextAlign.Justify : TextAlign.Left, Theme.Hyphenate, 0, Theme.FootnoteLeading)
        {
            Justification = Theme.Justification,
            SmallCapsAcronyms = Theme.SmallCapsAcronyms,
            Role = LineRole.Note,
            Links = Theme.Links,
        };
        var context = new TextContext(flow, false, Theme.FootnoteLeading / 3);
        var number = note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u2002";
        Inline mark = note.RefIds.Count > 0
            ? new LinkInline("#" + note.RefIds[0], note.RefIds[0], null, [new TextInline(number)])
            : new TextInline(number);
        var blocksOfNote = note.Blocks.ToList();
        var entries = new List<BlockBuilder.Entry>();
        if (blocksOfNote.Count > 0 && blocksOfNote[0] is ParagraphBlock first)
        {
            // A note may split across pages like any paragraph (two lines at least on each side).
            entries.Add(new(BlockBuilder.Tagged(blocks.Paragraph([mark, .. first.Inlines], flow, SplitRules.Body, first.Source, [note.Id]), StructRole.P)));
            if (blocksOfNote.Count > 1) entries.Add(new(new SpacerElement(context.ParagraphGap)));
            blocks.AddBlocks(entries, blocksOfNote.Skip(1).ToArray(), context);
        }
        else
        {
            entries.Add(new(BlockBuilder.Tagged(blocks.Paragraph([mark], flow, SplitRules.Unbreakable, default, [note.Id]), StructRole.P)));
            blocks.AddBlocks(entries, blocksOfNote, context);
        }
        return new TaggedElement(new ColumnElement(BlockBuilder.Fold(entries)), new StructTag(StructRole.Note) { NoteId = note.Id });
    }

    /// <summary>
    /// The line above the rest of a note that runs over from an earlier page: "12 (continued)" in
    /// small italics, an artifact (the note's text reads on without it).
    /// </summary>
    public LayoutElement Continued(string text)
    {
        var style = new TextStyle(Theme.BodyFamily, Theme.FootnoteSize, Italic: true);
        var flow = blocks.Ragged(style, Theme.FootnoteLeading, Theme.MutedColor);
        return BlockBuilder.Tagged(blocks.Paragraph(text, flow, SplitRules.Unbreakable), StructRole.Artifact);
    }
}
