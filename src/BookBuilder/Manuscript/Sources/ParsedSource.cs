using BookBuilder.Manuscript.Manifest;
using BookBuilder.Model;
using Markdig.Syntax;

namespace BookBuilder.Manuscript.Sources;

/// <summary>What a file of the manuscript holds, as book.yml lists it.</summary>
internal enum DivisionFileKind { Chapter, Faq, Glossary }

/// <summary>One division file parsed by Markdig, with the text it was parsed from.</summary>
/// <param name="ChapterKind">For a chapter file, what book.yml says it holds.</param>
internal sealed record ParsedSource(DivisionFileKind Kind, MarkdownDocument Document, SourceFile File, Model.ChapterKind ChapterKind = Model.ChapterKind.Chapter)
{
    /// <summary>What a chapter file's YAML front matter says (nothing for a file without one, the FAQ and the glossary).</summary>
    public Chapters.ChapterFrontMatter FrontMatter { get; init; } = Chapters.ChapterFrontMatter.None;

    /// <summary>Path relative to the manuscript folder.</summary>
    public string Path => File.Path;
}

/// <summary>
/// The result of the first phase: book.yml read and every division file it lists parsed, in
/// reading order. Files that could not be read or parsed are missing (with diagnostics).
/// </summary>
internal sealed record ParsedManuscript(string Root, BookManifest Manifest, IReadOnlyList<ParsedSource> Chapters, ParsedSource? Faq, ParsedSource? Glossary)
{
    /// <summary>The manuscript's files as read: chapters, FAQ and glossary in reading order, then book.yml.</summary>
    public IReadOnlyList<SourceFile> Sources =>
        [.. Chapters.Select(c => c.File), .. Faq is null ? [] : new[] { Faq.File }, .. Glossary is null ? [] : new[] { Glossary.File }, Manifest.Source];
}
