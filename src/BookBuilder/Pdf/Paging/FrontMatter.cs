using BookBuilder.Plan;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>The title page and the copyright page, each a single page of the text block.</summary>
public sealed class FrontMatter(BlockBuilder blocks)
{
    /// <summary>Anchor id at the top of the title page.</summary>
    public const string TitleAnchorId = BookPlanner.TitlePageId;

    private Theme Theme => blocks.Theme;

    /// <summary>Ornament, title, subtitle and series in the upper half; authors below; publisher at the foot.</summary>
    public PageBody TitlePage(TitlePagePlan title)
    {
        var w = Theme.ContentWidth;
        var h = Theme.ContentHeight;
        var top = new List<LayoutElement> { new FixedElement(Fragment.Blank(h * 0.12f)) };
        if (!string.IsNullOrEmpty(title.Ornament))
        {
            top.Add(blocks.Ornament(title.Ornament, Theme.TitleOrnamentSize));
            top.Add(new FixedElement(Fragment.Blank(Theme.BodyLeading)));
        }
        top.Add(BlockBuilder.Tagged(Centered(title.Title, new TextStyle(Theme.HeadingFamily, Theme.TitleSize, Bold: true), Theme.TitleSize * 1.2f, Theme.HeadingColor), StructRole.H1));
        if (!string.IsNullOrEmpty(title.Subtitle))
        {
            top.Add(new FixedElement(Fragment.Blank(Theme.BodyLeading * 0.8f)));
            top.Add(BlockBuilder.Tagged(Centered(title.Subtitle, new TextStyle(Theme.HeadingFamily, Theme.SubtitleSize), Theme.SubtitleSize * 1.3f, Theme.MutedColor), StructRole.P));
        }
        if (!string.IsNullOrEmpty(title.Series))
        {
            top.Add(new FixedElement(Fragment.Blank(Theme.BodyLeading)));
            top.Add(BlockBuilder.Tagged(Centered(title.Series, new TextStyle(Theme.HeadingFamily, Theme.SmallSize), Theme.SmallLeading, Theme.MutedColor), StructRole.P));
        }
        top.Add(new FixedElement(Fragment.Blank(Theme.BodyLeading * 3)));
        if (title.Byline.Length > 0) top.Add(BlockBuilder.Tagged(Centered(title.Byline, new TextStyle(Theme.BodyFamily, Theme.SubtitleSize, Italic: true), Theme.SubtitleSize * 1.4f, Theme.TextColor), StructRole.P));

        var b = new FragmentBuilder().Add(new AnchorOp(0, 0, TitleAnchorId));
        b.Add(Lay(new ColumnElement(top), w, h), 0, 0);
        if (!string.IsNullOrEmpty(title.Publisher))
        {
            var pub = Lay(BlockBuilder.Tagged(Centered(title.Publisher, new TextStyle(Theme.HeadingFamily, Theme.SmallSize), Theme.SmallLeading, Theme.MutedColor), StructRole.P), w, h);
            b.Add(pub, 0, h - pub.Height);
        }
        var page = TaggedElement.Wrap(b.Build(h), new StructTag(StructRole.Sect));
        return new PageBody(page.Ops, [], page.Notes, []);
    }

    /// <summary>The copyright page's title and paragraphs set small at the foot of the page, a blank line between paragraphs.</summary>
    public PageBody CopyrightPage(CopyrightPlan copyright)
    {
        var w = Theme.ContentWidth;
        var h = Theme.ContentHeight;
        var style = new TextStyle(Theme.BodyFamily, Theme.SmallSize);
        var flow = blocks.Ragged(style, Theme.SmallLeading, Theme.TextColor) with { SpaceAtEnd = true };
        // Each line is set on its own; the lines of one paragraph share its tag, so they read as one paragraph.
        var lines = new List<(string Text, StructTag? Tag)> { (copyright.Title, new StructTag(StructRole.P)) };
        for (var i = 0; i < copyright.Paragraphs.Count; i++)
        {
            if (i > 0) lines.Add(("", null));
            var paragraph = new StructTag(StructRole.P);
            lines.AddRange(copyright.Paragraphs[i].Select(l => (l, (StructTag?)paragraph)));
        }
        var column = new List<LayoutElement>();
        foreach (var (line, tag) in lines)
            column.Add(tag is null ? new FixedElement(Fragment.Blank(Theme.SmallLeading)) : new TaggedElement(blocks.Paragraph(line, flow, SplitRules.Unbreakable), tag));
        var content = Lay(new ColumnElement(column), w, h);
        var page = TaggedElement.Wrap(new FragmentBuilder().Add(content, 0, h - content.Height).Build(h), new StructTag(StructRole.Sect));
        return new PageBody(page.Ops, [], page.Notes, []);
    }

    private ParagraphElement Centered(string text, TextStyle style, float leading, uint color) =>
        blocks.Paragraph(text, blocks.Ragged(style, leading, color, TextAlign.Center), SplitRules.Unbreakable);

    private static Fragment Lay(LayoutElement element, float width, float height) =>
        element.Layout(new Region(width, height, true)) switch
        {
            Fits f => f.Content,
            Partial p => p.Content,
            _ => Fragment.Empty,
        };
}
