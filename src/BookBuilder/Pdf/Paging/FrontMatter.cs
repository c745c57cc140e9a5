using System.Globalization;
using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>The title page and the copyright page, each a single page of the text block.</summary>
public sealed class FrontMatter(BlockBuilder blocks)
{
    /// <summary>Anchor id at the top of the title page.</summary>
    public const string TitleAnchorId = "title-page";

    private Theme Theme => blocks.Theme;

    /// <summary>Ornament, title and subtitle in the upper half; authors below; publisher at the foot.</summary>
    public PageBody TitlePage(BookMetadata meta)
    {
        var w = Theme.ContentWidth;
        var h = Theme.ContentHeight;
        var top = new List<LayoutElement> { new FixedElement(Fragment.Blank(h * 0.12f)) };
        if (!string.IsNullOrEmpty(meta.Ornament))
        {
            top.Add(blocks.Ornament(meta.Ornament, Theme.TitleOrnamentSize));
            top.Add(new FixedElement(Fragment.Blank(Theme.BodyLeading)));
        }
        top.Add(Centered(meta.Title, new TextStyle(Theme.HeadingFamily, Theme.TitleSize, Bold: true), Theme.TitleSize * 1.2f, Theme.HeadingColor));
        if (!string.IsNullOrEmpty(meta.Subtitle))
        {
            top.Add(new FixedElement(Fragment.Blank(Theme.BodyLeading * 0.8f)));
            top.Add(Centered(meta.Subtitle, new TextStyle(Theme.HeadingFamily, Theme.SubtitleSize), Theme.SubtitleSize * 1.3f, Theme.MutedColor));
        }
        top.Add(new FixedElement(Fragment.Blank(Theme.BodyLeading * 3)));
        var authors = string.Join(" & ", meta.Creators.Where(c => c.Role == "aut").Select(c => c.Name).DefaultIfEmpty(meta.Creators.FirstOrDefault()?.Name ?? ""));
        if (authors.Length > 0) top.Add(Centered(authors, new TextStyle(Theme.BodyFamily, Theme.SubtitleSize, Italic: true), Theme.SubtitleSize * 1.4f, Theme.TextColor));

        var b = new FragmentBuilder().Add(new AnchorOp(0, 0, TitleAnchorId));
        b.Add(Lay(new ColumnElement(top), w, h), 0, 0);
        if (!string.IsNullOrEmpty(meta.Publisher))
        {
            var pub = Lay(Centered(meta.Publisher, new TextStyle(Theme.HeadingFamily, Theme.SmallSize), Theme.SmallLeading, Theme.MutedColor), w, h);
            b.Add(pub, 0, h - pub.Height);
        }
        var page = b.Build(h);
        return new PageBody(page.Ops, [], page.Notes, []);
    }

    /// <summary>Rights, edition, identifier, date and publisher set small at the foot of the page.</summary>
    public PageBody CopyrightPage(BookMetadata meta)
    {
        var w = Theme.ContentWidth;
        var h = Theme.ContentHeight;
        var style = new TextStyle(Theme.BodyFamily, Theme.SmallSize);
        var flow = blocks.Ragged(style, Theme.SmallLeading, Theme.TextColor);
        var lines = new List<string> { meta.FullTitle };
        var creators = string.Join(", ", meta.Creators.Select(c => c.Name));
        if (creators.Length > 0) lines.Add("by " + creators);
        lines.Add("");
        if (!string.IsNullOrEmpty(meta.Rights)) lines.Add(meta.Rights);
        if (!string.IsNullOrEmpty(meta.Edition)) lines.Add(meta.Edition);
        lines.Add("Published " + meta.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(meta.Publisher) ? "" : " by " + meta.Publisher));
        lines.Add("Identifier: " + meta.Identifier);
        var column = new List<LayoutElement>();
        foreach (var line in lines)
            column.Add(line.Length == 0 ? new FixedElement(Fragment.Blank(Theme.SmallLeading)) : blocks.Paragraph(line, flow, SplitRules.Unbreakable));
        var content = Lay(new ColumnElement(column), w, h);
        var page = new FragmentBuilder().Add(content, 0, h - content.Height).Build(h);
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
