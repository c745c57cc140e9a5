using System.Text;
using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Pdf.Output.Document;
using BookBuilder.Pdf.Output.Images;
using BookBuilder.Pdf.Output.Syntax;
using BookBuilder.Pdf.Output.Tagging;
using BookBuilder.Pdf.Output.Text;
using BookBuilder.Typography;
using SkiaSharp;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// Writes laid-out pages as a tagged PDF (PDF/UA-1): gathers the fonts, emoji and images the pages
/// use, writes each page's content stream (in parallel: pages are independent), then the
/// structure tree, fonts (HarfBuzz subsets as CIDFontType2), images, link annotations, outline,
/// page labels, named destinations and metadata. The output depends only on its inputs: fixed
/// dates, no clock, identifiers derived from the content.
/// </summary>
public static class PdfWriter
{
    /// <summary>
    /// Writes <paramref name="pages"/> to <paramref name="output"/>. The text in the frames must have
    /// been shaped against <paramref name="fonts"/>. Problems that do not stop the PDF (an image
    /// that cannot be decoded, a link to an unknown anchor) go to <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="grayscale">Images and emoji in shades of grey (the print edition, for a black-only press).</param>
    public static void Write(IReadOnlyList<PageFrame> pages, FontRegistry fonts, PdfDocumentInfo info, Stream output,
        DiagnosticBag? diagnostics = null, bool grayscale = false)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(output);
        if (pages.Count == 0) throw new ArgumentException("A PDF needs at least one page.", nameof(pages));

        var res = DocumentResources.Collect(pages, fonts, diagnostics);
        var results = new PageResult[pages.Count];
        var textFonts = res.TextFonts.ToArray();
        var subsets = new byte[]?[textFonts.Length];
        var emoji = new RasterImage[res.Emoji.Count];
        // Pages, font subsets and emoji pictures do not depend on each other; each lands in its own slot.
        Parallel.Invoke(
            () => Parallel.For(0, pages.Count, i => results[i] = PageContentWriter.Write(res, pages[i])),
            () => Parallel.For(0, textFonts.Length, i => subsets[i] = FontEmbedder.SubsetBytes(textFonts[i])),
            () => RenderEmoji(res.Emoji, emoji, grayscale));
        // Reported here, in font order, so the diagnostics do not depend on scheduling.
        for (int i = 0; i < textFonts.Length; i++)
        {
            if (subsets[i] is not null) continue;
            diagnostics?.Report(PdfFontNotSubset, textFonts[i].Face.Path, 0, 0, textFonts[i].Face.Name);
            subsets[i] = textFonts[i].Face.ReadAllBytes();
        }

        var buffered = output is MemoryStream ? output : new BufferedStream(output, 1 << 16);
        var file = new PdfFile(buffered);
        int catalog = file.Reserve(), pagesRoot = file.Reserve();
        var pageObjects = pages.Select(_ => file.Reserve()).ToArray();
        var fontObjects = textFonts.Select(_ => file.Reserve()).ToArray();
        var emojiObjects = res.Emoji.Select(_ => file.Reserve()).ToArray();
        var imageObjects = res.Images.Select(_ => file.Reserve()).ToArray();

        var linkText = new Dictionary<StructTag, StringBuilder>();
        foreach (var r in results)
            foreach (var (tag, text) in r.LinkText)
            {
                // A link that goes on from one page to the next carries the word space at the end
                // of its first page's line, or none where the line ends inside a word.
                if (!linkText.TryGetValue(tag, out var all)) linkText[tag] = all = new StringBuilder();
                all.Append(text);
            }

        var b = new PdfBuffer(1024);
        // One resource dictionary for every page, written into each (shared fonts and pictures).
        b.Clear();
        b.Raw("<</ProcSet[/PDF/Text/ImageB/ImageC]");
        if (textFonts.Length > 0)
        {
            b.Raw("/Font<<");
            for (int f = 0; f < textFonts.Length; f++) b.Raw('/').Raw(textFonts[f].ResourceName).Space().Int(fontObjects[f]).Raw(" 0 R");
            b.Raw(">>");
        }
        if (emojiObjects.Length + imageObjects.Length > 0)
        {
            b.Raw("/XObject<<");
            for (int e = 0; e < emojiObjects.Length; e++) b.Raw('/').Raw(res.Emoji[e].ResourceName).Space().Int(emojiObjects[e]).Raw(" 0 R");
            for (int m = 0; m < imageObjects.Length; m++) b.Raw('/').Raw(res.Images[m].ResourceName).Space().Int(imageObjects[m]).Raw(" 0 R");
            b.Raw(">>");
        }
        b.Raw(">>");
        var resourceDictionary = b.ToArray();

        var tree = new StructureTree();
        var dests = new Dictionary<string, (int Page, float X, float Y)>(StringComparer.Ordinal);
        var outline = new List<OutlineEntry>();
        var links = new List<(int Page, string Target)>();
        int annotationKey = pages.Count;
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var result = results[i];
            var annotationObjects = result.Links.Select(_ => file.Reserve()).ToList();
            var keys = tree.AddPage(result, annotationObjects, ref annotationKey);
            foreach (var (id, x, y) in result.Anchors)
                if (!dests.TryAdd(id, (i, x, y))) diagnostics?.Report(PdfAnchorTwice, "", 0, 0, id, page.Label ?? $"#{i + 1}");
            foreach (var (y, level, title) in result.Outline) outline.Add(new OutlineEntry(i, y, level, title));
            foreach (var name in result.Unsupported) diagnostics?.Report(PdfDrawOpUnsupported, "", 0, 0, name);

            int content = file.Reserve();
            b.Clear();
            b.Raw("/Filter/FlateDecode");
            file.Stream(content, b, result.Content);

            for (int a = 0; a < result.Links.Count; a++)
            {
                var link = result.Links[a];
                if (link.Target is not null) links.Add((i, link.Target));
                LinkAnnotations.Write(file, b, annotationObjects[a], link, keys[a], pageObjects[i],
                    linkText.TryGetValue(link.Tag, out var t) ? t.ToString() : null);
            }

            b.Clear();
            b.Raw("<</Type/Page/Parent ").Int(pagesRoot).Raw(" 0 R/MediaBox[0 0 ").Num(page.Width).Space().Num(page.Height)
                .Raw("]/Resources").Bytes(resourceDictionary).Raw("/Contents ").Int(content).Raw(" 0 R");
            if (page.Trim is { } trim)
            {
                // Where the page is cut, and the bleed around it (the whole page).
                b.Raw("/TrimBox[").Num(trim.X).Space().Num(page.Height - trim.Y - trim.Height).Space()
                    .Num(trim.X + trim.Width).Space().Num(page.Height - trim.Y).Raw("]/BleedBox[0 0 ")
                    .Num(page.Width).Space().Num(page.Height).Raw("]");
            }
            if (result.McidCount > 0) b.Raw("/StructParents ").Int(i);
            if (annotationObjects.Count > 0)
            {
                b.Raw("/Tabs/S/Annots[");
                foreach (var a in annotationObjects) b.Int(a).Raw(" 0 R ");
                b.Raw("]");
            }
            b.Raw(">>");
            file.Object(pageObjects[i], b);
        }
        foreach (var (page, target) in links.Where(l => !dests.ContainsKey(l.Target)).DistinctBy(l => l.Target))
            diagnostics?.Report(PdfLinkDangling, "", 0, 0, page + 1, target);

        b.Clear();
        b.Raw("<</Type/Pages/Count ").Int(pages.Count).Raw("/Kids[");
        foreach (var p in pageObjects) b.Int(p).Raw(" 0 R ");
        b.Raw("]>>");
        file.Object(pagesRoot, b);
        int structRoot = tree.Write(file, pageObjects, annotationKey);

        for (int f = 0; f < textFonts.Length; f++) FontEmbedder.Write(file, fontObjects[f], textFonts[f], subsets[f]!);
        for (int e = 0; e < emoji.Length; e++) emoji[e].Write(file, emojiObjects[e], emoji[e].Alpha is null ? null : file.Reserve());
        for (int m = 0; m < imageObjects.Length; m++)
        {
            var image = grayscale ? res.Images[m].ToGray() : res.Images[m];
            if (image.Jpeg is { } jpeg) jpeg.Write(file, imageObjects[m]);
            else image.Raster!.Write(file, imageObjects[m], image.Raster.Alpha is null ? null : file.Reserve());
        }
        var outlines = OutlineWriter.Write(file, outline, pageObjects, pages.Select(p => p.Height).ToArray());

        int? destsObject = null;
        if (dests.Count > 0)
        {
            destsObject = file.Reserve();
            b.Clear();
            b.Raw("<<");
            foreach (var (id, (page, x, y)) in dests.OrderBy(d => d.Key, StringComparer.Ordinal))
                b.Name(id).Raw("[").Int(pageObjects[page]).Raw(" 0 R/XYZ ").Num(x).Space().Num(y).Raw(" null]");
            b.Raw(">>");
            file.Object(destsObject.Value, b);
        }

        int infoObject = file.Reserve();
        b.Clear();
        b.Raw("<</Title").Text(info.Title);
        if (!string.IsNullOrEmpty(info.Author)) b.Raw("/Author").Text(info.Author);
        if (!string.IsNullOrEmpty(info.Subject)) b.Raw("/Subject").Text(info.Subject);
        if (!string.IsNullOrEmpty(info.Keywords)) b.Raw("/Keywords").Text(info.Keywords);
        b.Raw("/Creator").Text(info.Creator).Raw("/Producer").Text(info.Producer)
            .Raw("/CreationDate").Text(PdfDate(info.Created)).Raw("/ModDate").Text(PdfDate(info.EffectiveModified)).Raw(">>");
        file.Object(infoObject, b);

        // The document id is a digest of everything before it, so it changes with any of it.
        var digest = file.DigestSoFar();
        int metadata = file.Reserve();
        b.Clear();
        b.Raw("/Type/Metadata/Subtype/XML");
        file.Stream(metadata, b, XmpMetadata.Build(info, new Guid(digest.AsSpan(0, 16))));

        b.Clear();
        b.Raw("<</Type/Catalog/Pages ").Int(pagesRoot).Raw(" 0 R/Metadata ").Int(metadata).Raw(" 0 R/StructTreeRoot ").Int(structRoot)
            .Raw(" 0 R/MarkInfo<</Marked true>>/Lang").Text(info.Language).Raw("/ViewerPreferences<</DisplayDocTitle true>>");
        PageLabelsWriter.Write(b, pages.Select(p => p.Label).ToArray());
        if (outlines is { } o) b.Raw("/Outlines ").Int(o).Raw(" 0 R/PageMode/UseOutlines");
        if (destsObject is { } d) b.Raw("/Dests ").Int(d).Raw(" 0 R");
        b.Raw(">>");
        file.Object(catalog, b);
        file.Finish(catalog, infoObject);
        if (!ReferenceEquals(buffered, output)) buffered.Flush();
    }

    private static void RenderEmoji(IReadOnlyList<EmojiImage> images, RasterImage[] into, bool grayscale)
    {
        var typefaces = new Dictionary<int, SKTypeface>();
        try
        {
            for (int i = 0; i < images.Count; i++)
            {
                var face = images[i].Face;
                if (!typefaces.TryGetValue(face.Id, out var typeface))
                    typefaces[face.Id] = typeface = SKTypeface.FromFile(face.Path)
                        ?? throw new IOException($"Skia could not read the emoji font {face.Path}.");
                into[i] = grayscale ? images[i].Render(typeface).ToGray() : images[i].Render(typeface);
            }
        }
        finally
        {
            foreach (var t in typefaces.Values) t.Dispose();
        }
    }

    /// <summary>A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') in the timestamp's own offset.</summary>
    internal static string PdfDate(DateTimeOffset t)
    {
        var sign = t.Offset < TimeSpan.Zero ? '-' : '+';
        var off = t.Offset.Duration();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"D:{t:yyyyMMddHHmmss}{sign}{off.Hours:00}'{off.Minutes:00}'");
    }
}
