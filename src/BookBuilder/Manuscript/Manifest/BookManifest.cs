using BookBuilder.Model;

namespace BookBuilder.Manuscript.Manifest;

/// <summary>
/// What book.yml says, before the Markdown files are read: the validated metadata and the files of
/// the book in reading order, each with the place in book.yml that named it.
/// </summary>
/// <param name="Source">book.yml as it was read.</param>
/// <param name="Cover">The author's cover picture, resolved with the book's images.</param>
public sealed record BookManifest(
    BookMetadata Metadata,
    IReadOnlyList<ManifestFile> Chapters,
    ManifestFile? Faq,
    ManifestFile? Glossary,
    SourceFile Source,
    ManifestFile? Cover = null)
{
    /// <summary>The switches of the reference apparatus (lists of figures and tables, the glossary in the index).</summary>
    public ApparatusSettings Apparatus { get; init; } = ApparatusSettings.Default;
}

/// <summary>A manuscript file named in book.yml, relative to the manuscript folder.</summary>
/// <param name="Kind">For a chapter file, what it holds (a numbered chapter unless book.yml says otherwise).</param>
public sealed record ManifestFile(string RelativePath, SourceSpan DeclaredAt, ChapterKind Kind = ChapterKind.Chapter);
