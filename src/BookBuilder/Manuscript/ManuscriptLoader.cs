using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Anchors;
using BookBuilder.Manuscript.Chapters;
using BookBuilder.Manuscript.Conversion;
using BookBuilder.Manuscript.Faq;
using BookBuilder.Manuscript.GlossaryTerms;
using BookBuilder.Manuscript.Images;
using BookBuilder.Manuscript.Manifest;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Model;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript;

/// <summary>
/// Reads a manuscript folder (book.yml, chapter files, FAQ, glossary) into a <see cref="Book"/>,
/// in phases that each hand the next its result: book.yml (<see cref="BookManifest"/>), the
/// files parsed (<see cref="ParsedManuscript"/>), every anchor id (<see cref="AnchorIndex"/>),
/// the chapters and the FAQ converted (with the glossary uses they make), then the glossary.
/// All problems are collected as diagnostics; the book is returned even when some are errors, so
/// that a check can report everything at once (callers must not render a book with errors).
/// </summary>
public static class ManuscriptLoader
{
    /// <summary>Loads the manuscript; null when it is too broken to model (no usable book.yml).</summary>
    public static Book? Load(string manuscriptDir, DiagnosticBag diagnostics)
    {
        // Every file is read through the folder, which keeps the reads inside it and within limits.
        if (ManuscriptFolder.Open(manuscriptDir) is not { } root)
        {
            diagnostics.Report(ManuscriptFolderMissing, manuscriptDir, 0, 0);
            return null;
        }
        // An unexpected failure names the file it happened in (or, further in, the block).
        var manifest = InFile(ManifestReader.FileName, () => ManifestReader.Read(root, diagnostics));
        if (manifest is null) return null;

        var parsed = ManuscriptParser.Parse(root, manifest, diagnostics);
        var anchors = new AnchorRegistry(diagnostics);
        var index = AnchorIndexer.Index(parsed, anchors, diagnostics);
        var images = new ImageResolver(root, diagnostics);
        var services = new ConversionServices(diagnostics, anchors, index, images);

        var chapters = new List<Chapter>();
        foreach (var source in parsed.Chapters)
            chapters.Add(InFile(source.Path, () => ChapterBuilder.Build(source, services)));
        var faq = parsed.Faq is { } f ? InFile(f.Path, () => FaqBuilder.Build(f, services)) : null;
        // The glossary links back to the uses the chapters and the FAQ made: it comes after them.
        var uses = services.GlossaryUses.Snapshot();
        var glossary = parsed.Glossary is { } g ? InFile(g.Path, () => GlossaryBuilder.Build(g, services, uses)) : null;
        services.Footnotes.ReportUnprinted(diagnostics);
        var indexedTerms = manifest.Apparatus.IndexGlossary ? index.Glossary.Entries.Select(e => e.Headword.Text) : [];
        services.IndexHeadings.Report(indexedTerms, diagnostics);

        // The cover is checked as every image is; its description is the title page's (the editions write it).
        var cover = manifest.Cover is { } c ? images.ResolveCover(c.RelativePath, manifest.Metadata.FullTitle, c.DeclaredAt) : null;

        return new Book
        {
            Metadata = manifest.Metadata with { Cover = cover },
            Chapters = chapters,
            Faq = faq,
            Glossary = glossary,
            Anchors = new Dictionary<string, Anchor>(anchors.All, StringComparer.Ordinal),
            Images = services.Images.All,
            Sources = parsed.Sources,
            Apparatus = manifest.Apparatus,
        };
    }

    /// <summary>Runs the work on one file so that an unexpected failure in it names the file.</summary>
    private static T InFile<T>(string file, Func<T> work) => InputLocationException.At(InputLocationException.InFile(file), work);
}
