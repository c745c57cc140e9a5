using BookBuilder.Diagnostics;
using BookBuilder.Epub.Cover;
using BookBuilder.Epub.Navigation;
using BookBuilder.Epub.Package;
using BookBuilder.Epub.Pages;
using BookBuilder.Model;
using BookBuilder.Plan;

namespace BookBuilder.Epub;

/// <summary>
/// Writes a book as an EPUB 3 (with an EPUB 2 NCX for older readers). The pipeline: map every
/// division and image to a file, render the pages, build the navigation from one table of
/// contents, write the package document, and pack everything into the OCF zip.
/// </summary>
public static class EpubWriter
{
    private const string CoverImageId = "cover-image";
    private const string NcxId = "ncx";

    /// <summary>
    /// Writes the complete EPUB to <paramref name="output"/>. Throws only on I/O failure; model
    /// problems were reported as diagnostics before this point. An unexpected failure while a
    /// division, a block or the metadata is rendered is an <see cref="InputLocationException"/>
    /// naming that place.
    /// </summary>
    /// <param name="diagnostics">Receives a warning for each character of the cover or of an
    /// ornament picture that no font has (it is left out of the picture).</param>
    public static void Write(BookPlan plan, Stream output, EpubOptions options, DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var book = plan.Book;

        // Without fonts there is no cover at all and ornaments stay text: pictures drawn with a
        // guessed font would not repeat.
        using var art = options.Fonts is { } fonts ? new CoverText(fonts) : null;
        var ornaments = art is null ? null : InputLocationException.At(book.Metadata.Source, () => OrnamentArt.Render(Ornaments(book), art));
        var map = new EpubFileMap(plan, ornaments);
        // The author's cover when book.yml names one; else one drawn from the title page.
        var cover = book.Metadata.Cover is { } own ? CoverPicture.Own(own)
            : art is null ? null : CoverPicture.Drawn(InputLocationException.At(book.Metadata.Source, () => CoverImage.RenderPng(plan.TitlePage, art)));
        if (art is not null && diagnostics is not null)
            foreach (var (glyph, line) in art.Missing)
                diagnostics.Report(DiagnosticCatalog.EpubGlyphMissing, book.Locate(glyph.Character), glyph.CodePoint, glyph.Character, line);
        var items = BuildItems(plan, map, cover);
        var contentImages = map.Images.Select(a => a.Image).ToArray();
        var navigation = new AccessibleNavigation(map.PageBreaks.Marked.Count > 0 ? map.PageBreaks.Source : null, plan.Index is not null);
        var opf = PackageDocument.Write(plan, items, contentImages, options.Modified,
            cover is null ? null : CoverImageId, NcxId, navigation);

        var entries = new List<(string, byte[], bool)>
        {
            (ContainerDocument.Path, ContainerDocument.Write(), true),
            (PackageDocument.Path, opf, true),
        };
        entries.AddRange(items.Select(i => ("OEBPS/" + i.Href, i.Content, i.Compressible)));
        OcfContainer.Write(output, entries, options.Modified);
    }

    /// <summary>Every resource in manifest order; spine items appear in reading order.</summary>
    private static List<EpubItem> BuildItems(BookPlan plan, EpubFileMap map, CoverPicture? cover)
    {
        var nav = NavTree.Build(plan, map);
        var items = new List<EpubItem>();
        // The cover, title and copyright pages show only what book.yml says.
        if (cover is not null)
            items.Add(Page("cover", EpubFileMap.CoverPage, plan.Metadata.Source, () => CoverPage.Write(plan, map, cover.Href, cover.Width, cover.Height)) with { Properties = "svg" });
        // The navigation document lists the page breaks every other page marks: it is written last, in its place.
        var navAt = -1;
        foreach (var division in plan.Divisions)
        {
            if (division is FrontMatterDivision { Kind: DivisionKind.Contents }) navAt = items.Count;
            else items.Add(DivisionItem(plan, map, nav, division, cover is not null));
        }
        if (navAt >= 0) items.Insert(navAt, DivisionItem(plan, map, nav, plan.Divisions.First(d => d.Kind == DivisionKind.Contents), cover is not null));

        items.Add(new EpubItem(NcxId, EpubFileMap.Ncx, "application/x-dtbncx+xml", NcxDocument.Write(plan.Metadata, nav)));
        items.Add(new EpubItem("css", EpubFileMap.StyleSheet, "text/css", System.Text.Encoding.UTF8.GetBytes(StyleSheet.Css + ReferenceStyleSheet.Css + (HasCallouts(plan) ? CalloutStyleSheet.Css : "") + LearningStyleSheet.For(plan))));
        if (cover is not null)
            items.Add(new EpubItem(CoverImageId, cover.Href, cover.MediaType, cover.Bytes, "cover-image"));
        foreach (var ornament in map.OrnamentImages)
            items.Add(new EpubItem(ornament.ManifestId, ornament.Href, "image/png", ornament.Png));
        foreach (var asset in map.Images)
            items.Add(new EpubItem(asset.ManifestId, asset.Href, asset.MediaType, ImageLoader.Load(asset)));
        return items;
    }

    /// <summary>Whether any division holds a callout, whose rules the style sheet then carries.</summary>
    private static bool HasCallouts(BookPlan plan)
    {
        var found = false;
        new ContentWalker((_, block) => found |= block is CalloutBlock or ExerciseBlock or ReviewBlock or FaqBlock, null).Walk(plan.Divisions);
        return found;
    }

    /// <summary>The page of a division, in the spine.</summary>
    private static EpubItem DivisionItem(BookPlan plan, EpubFileMap map, IReadOnlyList<NavLink> nav, PlannedDivision division, bool hasCover) => division switch
    {
        FrontMatterDivision { Kind: DivisionKind.TitlePage } => Page("titlepage", EpubFileMap.TitlePage, division.Source, () => TitlePage.Write(plan, map)),
        FrontMatterDivision { Kind: DivisionKind.Copyright } => Page("copyright", EpubFileMap.CopyrightPage, division.Source, () => CopyrightPage.Write(plan, map)),
        FrontMatterDivision { Kind: DivisionKind.Contents } => new EpubItem("nav", EpubFileMap.Nav, EpubItem.Xhtml, NavDocument.Write(plan, map, nav, hasCover), "nav", InSpine: true),
        CaptionListDivision l => Page(Path.GetFileNameWithoutExtension(EpubFileMap.CaptionListPage(l)), EpubFileMap.CaptionListPage(l), l.Source, () => CaptionListPage.Write(plan, map, l)),
        ChapterDivision c => Page(Path.GetFileNameWithoutExtension(map.ChapterFile(c)), map.ChapterFile(c), c.Source, () => ChapterPage.Write(plan, map, c)),
        FaqDivision f => Page("faq", EpubFileMap.FaqPage, f.Source, () => FaqPage.Write(plan, map, f)),
        // A glossary in the sense of EPUB Dictionaries and Glossaries: reading systems may offer its entries on lookup.
        GlossaryDivision g => Page("glossary", EpubFileMap.GlossaryPage, g.Source, () => GlossaryPage.Write(plan, map, g)) with { Properties = "glossary" },
        SolutionsDivision s => Page("solutions", EpubFileMap.SolutionsPage, s.Source, () => SolutionsPage.Write(plan, map, s)),
        IndexDivision i => Page("index", EpubFileMap.IndexPage, i.Source, () => IndexPage.Write(plan, map, i)),
        _ => throw new InvalidOperationException($"the EPUB edition has no page for the division {division.Kind}"),
    };

    /// <summary>A page of the spine, rendered so that an unexpected failure in it names the manuscript file it comes from.</summary>
    private static EpubItem Page(string id, string file, SourceSpan source, Func<byte[]> render) =>
        new(id, file, EpubItem.Xhtml, InputLocationException.At(source, render), InSpine: true);

    /// <summary>Every block ornament of the book in reading order: title page, chapters, sections, dividers.</summary>
    private static IEnumerable<string?> Ornaments(Book book)
    {
        yield return book.Metadata.Ornament;
        foreach (var chapter in book.Chapters)
        {
            yield return chapter.Ornament;
            foreach (var o in chapter.Blocks.OfType<OrnamentBlock>()) yield return o.Text;
            foreach (var section in chapter.Sections)
            {
                yield return section.Ornament;
                foreach (var o in section.Blocks.OfType<OrnamentBlock>()) yield return o.Text;
            }
        }
    }
}
