using BookBuilder.Diagnostics;
using BookBuilder.Epub.Cover;
using BookBuilder.Epub.Navigation;
using BookBuilder.Epub.Package;
using BookBuilder.Epub.Pages;
using BookBuilder.Model;

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
    public static void Write(Book book, Stream output, EpubOptions options, DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        // Without fonts there is no cover at all and ornaments stay text: pictures drawn with a
        // guessed font would not repeat.
        using var art = options.Fonts is { } fonts ? new CoverText(fonts) : null;
        var ornaments = art is null ? null : InFile(book.Metadata.Source, () => OrnamentArt.Render(Ornaments(book), art));
        var map = new EpubFileMap(book, ornaments);
        var coverPng = art is null ? null : InFile(book.Metadata.Source, () => CoverImage.RenderPng(book.Metadata, art));
        if (art is not null && diagnostics is not null)
            foreach (var (glyph, line) in art.Missing)
                diagnostics.Report(DiagnosticCatalog.EpubGlyphMissing, book.Locate(glyph.Character), glyph.CodePoint, glyph.Character, line);
        var items = BuildItems(book, map, coverPng);
        var contentImages = map.Images.Select(a => a.Image).ToArray();
        var opf = PackageDocument.Write(book.Metadata, items, contentImages, options.Modified,
            coverPng is null ? null : CoverImageId, NcxId);

        var entries = new List<(string, byte[], bool)>
        {
            (ContainerDocument.Path, ContainerDocument.Write(), true),
            (PackageDocument.Path, opf, true),
        };
        entries.AddRange(items.Select(i => ("OEBPS/" + i.Href, i.Content, i.Compressible)));
        OcfContainer.Write(output, entries, options.Modified);
    }

    /// <summary>Every resource in manifest order; spine items appear in reading order.</summary>
    private static List<EpubItem> BuildItems(Book book, EpubFileMap map, byte[]? coverPng)
    {
        var toc = TableOfContents.Build(book, map);
        var items = new List<EpubItem>();

        // The cover, title and copyright pages show only what book.yml says.
        if (coverPng is not null)
            items.Add(new EpubItem("cover", EpubFileMap.CoverPage, EpubItem.Xhtml, InFile(book.Metadata.Source, () => CoverPage.Write(book, map)), InSpine: true));
        items.Add(new EpubItem("titlepage", EpubFileMap.TitlePage, EpubItem.Xhtml, InFile(book.Metadata.Source, () => TitlePage.Write(book, map)), InSpine: true));
        items.Add(new EpubItem("copyright", EpubFileMap.CopyrightPage, EpubItem.Xhtml, InFile(book.Metadata.Source, () => CopyrightPage.Write(book, map)), InSpine: true));
        items.Add(new EpubItem("nav", EpubFileMap.Nav, EpubItem.Xhtml, NavDocument.Write(book, map, toc, hasCover: coverPng is not null), "nav", InSpine: true));
        foreach (var chapter in book.Chapters)
        {
            var file = map.ChapterFile(chapter);
            items.Add(new EpubItem(Path.GetFileNameWithoutExtension(file), file, EpubItem.Xhtml, InFile(chapter.SourceFile, () => ChapterPage.Write(book, map, chapter)), InSpine: true));
        }
        if (book.Faq is { } faq)
            items.Add(new EpubItem("faq", EpubFileMap.FaqPage, EpubItem.Xhtml, InFile(faq.SourceFile, () => FaqPage.Write(book, map, faq)), InSpine: true));
        if (book.Glossary is { } glossary)
            items.Add(new EpubItem("glossary", EpubFileMap.GlossaryPage, EpubItem.Xhtml, InFile(glossary.SourceFile, () => GlossaryPage.Write(book, map, glossary)), InSpine: true));

        items.Add(new EpubItem(NcxId, EpubFileMap.Ncx, "application/x-dtbncx+xml", NcxDocument.Write(book.Metadata, toc)));
        items.Add(new EpubItem("css", EpubFileMap.StyleSheet, "text/css", System.Text.Encoding.UTF8.GetBytes(StyleSheet.Css)));
        if (coverPng is not null)
            items.Add(new EpubItem(CoverImageId, EpubFileMap.CoverImage, "image/png", coverPng, "cover-image"));
        foreach (var ornament in map.OrnamentImages)
            items.Add(new EpubItem(ornament.ManifestId, ornament.Href, "image/png", ornament.Png));
        foreach (var asset in map.Images)
            items.Add(new EpubItem(asset.ManifestId, asset.Href, asset.MediaType, ImageLoader.Load(asset)));
        return items;
    }

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

    /// <summary>Renders one page so that an unexpected failure in it names the manuscript file it comes from.</summary>
    private static T InFile<T>(SourceSpan file, Func<T> render) => InputLocationException.At(file, render);

    private static T InFile<T>(string file, Func<T> render) => InFile(InputLocationException.InFile(file), render);
}
