using System.Globalization;
using BookBuilder.Model;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// Document-level facts written into the PDF: the Info dictionary, the catalog's /Lang, and the
/// fixed timestamps that make two builds of the same book byte-identical.
/// </summary>
public sealed record PdfDocumentInfo
{
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    /// <summary>BCP 47 language tag, e.g. "en" or "en-GB"; written as the catalog's /Lang.</summary>
    public string Language { get; init; } = "en";
    /// <summary>The program that made the content (Info /Creator).</summary>
    public string Creator { get; init; } = "BookBuilder";
    /// <summary>The program that wrote the PDF (Info /Producer).</summary>
    public string Producer { get; init; } = "BookBuilder";
    /// <summary>Each creator with a MARC relator role (dc:creator in the XMP, one entry each).</summary>
    public IReadOnlyList<Contributor> Creators { get; init; } = [];
    /// <summary>The book's identifier (dc:identifier), e.g. urn:uuid:... or an ISBN.</summary>
    public string? Identifier { get; init; }
    public string? Publisher { get; init; }
    public string? Rights { get; init; }
    /// <summary>Subjects, one entry each in dc:subject.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];
    /// <summary>The publication date (dc:date).</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Creation date; never the clock (see <see cref="Publishing.BuildOptions.ResolveTimestamp"/>).</summary>
    public required DateTimeOffset Created { get; init; }
    /// <summary>Modification date; defaults to <see cref="Created"/>.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The Info /ModDate that is written.</summary>
    public DateTimeOffset EffectiveModified => Modified ?? Created;

    /// <summary>Info for a book: its full title, creators, description, subjects and language.</summary>
    public static PdfDocumentInfo From(BookMetadata meta) => new()
    {
        Title = meta.FullTitle,
        Author = meta.Creators.Count == 0 ? null : string.Join(", ", meta.Creators.Select(c => c.Name)),
        Subject = meta.Description,
        Keywords = meta.Subjects.Count == 0 ? null : string.Join(", ", meta.Subjects),
        Language = meta.Language,
        Creators = meta.Creators,
        Identifier = meta.Identifier,
        Publisher = meta.Publisher,
        Rights = meta.Rights,
        Subjects = meta.Subjects,
        Date = meta.Date,
        Created = Publishing.BuildOptions.ResolveTimestamp(meta.Date, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")),
    };
}
