using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Manifest;
using BookBuilder.Model;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.Sources;

/// <summary>The first phase: every division file book.yml lists, read strictly and parsed by Markdig.</summary>
internal static class ManuscriptParser
{
    /// <summary>Quotes and lists nested deeper than this cannot be set on a page.</summary>
    public const int MaxNesting = InputLimits.BlockNesting;

    public static ParsedManuscript Parse(ManuscriptFolder root, BookManifest manifest, DiagnosticBag diagnostics)
    {
        var chapters = new List<ParsedSource>();
        foreach (var file in manifest.Chapters)
            if (Parse(root, file, DivisionFileKind.Chapter, diagnostics) is { } parsed) chapters.Add(parsed);
        var faq = manifest.Faq is { } f ? Parse(root, f, DivisionFileKind.Faq, diagnostics) : null;
        var glossary = manifest.Glossary is { } g ? Parse(root, g, DivisionFileKind.Glossary, diagnostics) : null;
        return new ParsedManuscript(root.Root, manifest, chapters, faq, glossary);
    }

    /// <summary>One file; an unexpected failure in it names the file.</summary>
    private static ParsedSource? Parse(ManuscriptFolder root, ManifestFile file, DivisionFileKind kind, DiagnosticBag diagnostics) =>
        InputLocationException.At(InputLocationException.InFile(file.RelativePath), () => ParseFile(root, file, kind, diagnostics));

    private static ParsedSource? ParseFile(ManuscriptFolder root, ManifestFile file, DivisionFileKind kind, DiagnosticBag diagnostics)
    {
        if (root.ReadText(file.RelativePath, file.DeclaredAt, diagnostics) is not { } bytes) return null;
        var text = SourceText.Decode(bytes, file.RelativePath, diagnostics);
        if (text is null) return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Report(FileEmpty, file.RelativePath, 1, 1);
            return null;
        }
        if (MarkerFlood.Find(text) is { } flood)
        {
            diagnostics.Report(TooManyMarkers, file.RelativePath, flood.Line, 1, flood.Markers, InputLimits.MarkersPerBlock);
            return null;
        }
        MarkdownDocument doc;
        try
        {
            doc = Markdown.Parse(text, MarkdownPipelineFactory.Shared);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig's own limit: it counts open markers, not only quotes and lists, so a paragraph
            // of stray '[' or '*' meets it too; it does not say where.
            diagnostics.Report(MarkdownTooComplex, file.RelativePath, 1, 1, MaxNesting);
            return null;
        }
        // Read by Markdig so that its lines do not turn into a rule and a heading. A chapter's says
        // who wrote it and what it is about; the book's metadata is in book.yml.
        var frontMatter = Chapters.ChapterFrontMatter.None;
        if (doc.FirstOrDefault() is YamlFrontMatterBlock front)
        {
            if (kind == DivisionFileKind.Chapter) frontMatter = Chapters.ChapterFrontMatter.Read(front, file.RelativePath, diagnostics);
            else diagnostics.Report(FrontMatterIgnored, At(file.RelativePath, front));
        }
        return new ParsedSource(kind, doc, new SourceFile(file.RelativePath, text), file.Kind) { FrontMatter = frontMatter };
    }

    /// <summary>The place of a Markdig node in a file (Markdig counts from 0, people from 1).</summary>
    public static SourceSpan At(string file, MarkdownObject o) => new(file, o.Line + 1, o.Column + 1);
}
