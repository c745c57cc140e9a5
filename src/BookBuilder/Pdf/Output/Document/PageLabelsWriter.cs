using BookBuilder.Pdf.Output.Syntax;

namespace BookBuilder.Pdf.Output.Document;

/// <summary>The /PageLabels number tree: the book's own page numbers (roman front matter, arabic body).</summary>
internal static class PageLabelsWriter
{
    /// <summary>Appends <c>/PageLabels&lt;&lt;...&gt;&gt;</c> to <paramref name="b"/> unless no page has a label.</summary>
    public static void Write(PdfBuffer b, IReadOnlyList<string?> labels)
    {
        if (labels.All(l => l is null)) return;
        b.Raw("/PageLabels<</Nums[");
        foreach (var range in PageLabelRanges.Compute(labels))
        {
            b.Int(range.FirstPage).Raw("<<");
            switch (range.Style)
            {
                case PageLabelStyle.Decimal: b.Raw("/S/D"); break;
                case PageLabelStyle.LowerRoman: b.Raw("/S/r"); break;
            }
            if (range.Style != PageLabelStyle.None && range.Start != 1) b.Raw("/St ").Int(range.Start);
            if (range.Prefix is not null) b.Raw("/P").Text(range.Prefix);
            b.Raw(">>");
        }
        b.Raw("]>>");
    }
}
