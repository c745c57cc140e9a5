using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BookBuilder.Pdf.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// Adds what Skia's PDF backend cannot write: the outline (bookmarks), page labels, the document
/// language and viewer preferences. Opens Skia's output with PDFsharp and saves it again.
/// </summary>
internal static class PdfPostProcessor
{
    public static void Apply(MemoryStream skiaPdf, Stream output, IReadOnlyList<PageFrame> pages,
        IReadOnlyList<OutlineEntry> outline, PdfDocumentInfo info)
    {
        var id = DocumentId(skiaPdf, info);
        using var doc = PdfReader.Open(skiaPdf, PdfDocumentOpenMode.Modify);

        AddOutline(doc, pages, outline);
        AddPageLabels(doc, pages);
        var catalog = doc.Internals.Catalog;
        catalog.Elements.SetString("/Lang", info.Language);
        // Written by hand: PDFsharp 6.2.4's ViewerPreferences property fails on Skia's catalog.
        var prefs = new PdfDictionary(doc);
        prefs.Elements.SetBoolean("/DisplayDocTitle", true);
        catalog.Elements["/ViewerPreferences"] = prefs;
        if (outline.Count > 0) doc.PageMode = PdfPageMode.UseOutlines;

        WriteInfo(doc, info);
        using var saved = new MemoryStream();
        doc.Save(saved, false);
        var bytes = saved.GetBuffer().AsSpan(0, (int)saved.Length);
        ReproducibleIds.Apply(bytes, id);
        output.Write(bytes);
    }

    /// <summary>
    /// A hash of the painted document (Skia's output carries no clock or random value) and its
    /// metadata: the seed of the file's identifiers.
    /// </summary>
    private static byte[] DocumentId(MemoryStream skiaPdf, PdfDocumentInfo info)
    {
        var bytes = skiaPdf.GetBuffer().AsSpan(0, (int)skiaPdf.Length);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(bytes);
        sha.AppendData(Encoding.UTF8.GetBytes(info.ToString()));
        return sha.GetHashAndReset();
    }

    private static void AddOutline(PdfDocument doc, IReadOnlyList<PageFrame> pages, IReadOnlyList<OutlineEntry> outline)
    {
        // A stack of open parents: an entry nests under the nearest earlier entry of a lower level.
        var parents = new Stack<(int Level, PdfOutline Item)>();
        foreach (var entry in outline)
        {
            while (parents.Count > 0 && parents.Peek().Level >= entry.Level) parents.Pop();
            var siblings = parents.Count == 0 ? doc.Outlines : parents.Peek().Item.Outlines;
            var page = doc.Pages[entry.PageIndex];
            var item = siblings.Add(entry.Title, page, opened: entry.Level == 0);
            item.PageDestinationType = PdfPageDestinationType.Xyz;
            item.Left = 0;
            // Frames measure y down from the page top; PDF destinations measure up from the bottom.
            item.Top = pages[entry.PageIndex].Height - entry.Y;
            parents.Push((entry.Level, item));
        }
    }

    private static void AddPageLabels(PdfDocument doc, IReadOnlyList<PageFrame> pages)
    {
        if (pages.All(p => p.Label is null)) return;
        var nums = new PdfArray(doc);
        foreach (var range in PageLabelRanges.Compute(pages.Select(p => p.Label).ToArray()))
        {
            var label = new PdfDictionary(doc);
            switch (range.Style)
            {
                case PageLabelStyle.Decimal: label.Elements.SetName("/S", "/D"); break;
                case PageLabelStyle.LowerRoman: label.Elements.SetName("/S", "/r"); break;
            }
            if (range.Style != PageLabelStyle.None && range.Start != 1) label.Elements.SetInteger("/St", range.Start);
            if (range.Prefix is not null) label.Elements.SetString("/P", range.Prefix);
            nums.Elements.Add(new PdfInteger(range.FirstPage));
            nums.Elements.Add(label);
        }
        var tree = new PdfDictionary(doc);
        tree.Elements["/Nums"] = nums;
        doc.Internals.Catalog.Elements["/PageLabels"] = tree;
    }

    private static void WriteInfo(PdfDocument doc, PdfDocumentInfo info)
    {
        var e = doc.Info.Elements;
        e.SetString("/Title", info.Title);
        SetOrRemove(e, "/Author", info.Author);
        SetOrRemove(e, "/Subject", info.Subject);
        SetOrRemove(e, "/Keywords", info.Keywords);
        e.SetString("/Creator", info.Creator);
        e.SetString("/Producer", info.Producer);
        e.SetString("/CreationDate", PdfDate(info.Created));
        e.SetString("/ModDate", PdfDate(info.EffectiveModified));
    }

    private static void SetOrRemove(PdfDictionary.DictionaryElements e, string key, string? value)
    {
        if (string.IsNullOrEmpty(value)) e.Remove(key);
        else e.SetString(key, value);
    }

    /// <summary>A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') in the timestamp's own offset.</summary>
    internal static string PdfDate(DateTimeOffset t)
    {
        var sign = t.Offset < TimeSpan.Zero ? '-' : '+';
        var off = t.Offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"D:{t:yyyyMMddHHmmss}{sign}{off.Hours:00}'{off.Minutes:00}'");
    }
}
