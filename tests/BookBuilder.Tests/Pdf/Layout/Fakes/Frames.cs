using System.Globalization;
using System.Text;
using BookBuilder.Pdf.Layout;

namespace BookBuilder.Tests.Pdf.Layout.Fakes;

/// <summary>Helpers to inspect laid-out pages.</summary>
public static class FrameQueries
{
    public static int PageOfAnchor(this IReadOnlyList<PageFrame> pages, string id) =>
        pages.First(p => p.Ops.Any(o => o is AnchorOp a && a.Id == id)).Index;

    public static AnchorOp Anchor(this PageFrame page, string id) => page.Ops.OfType<AnchorOp>().First(a => a.Id == id);

    public static string Text(this PageFrame page) => string.Join(" ", page.Ops.OfType<TextOp>().Select(t => t.Text.Text));

    /// <summary>A full textual dump of the pages, for comparing runs.</summary>
    public static string Dump(IReadOnlyList<PageFrame> pages)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        foreach (var p in pages)
        {
            sb.Append(c, $"page {p.Index} {p.Label} {p.Width}x{p.Height}\n");
            foreach (var op in p.Ops)
                sb.Append(op switch
                {
                    TextOp t => string.Create(c, $"T {t.X:F3} {t.Baseline:F3} {t.ColorArgb:X8} {t.Text.Style} {t.Text.Text}\n"),
                    _ => op + "\n",
                });
        }
        return sb.ToString();
    }
}
