namespace BookBuilder.Model;

/// <summary>A person who made the book, with an optional MARC relator role (e.g. "aut", "edt").</summary>
public sealed record Contributor(string Name, string Role = "aut", string? FileAs = null);

/// <summary>Bibliographic metadata from book.yml, already validated and defaulted.</summary>
public sealed record BookMetadata
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>Emoji (or other) ornament shown with the title, e.g. a pair of flags.</summary>
    public string? Ornament { get; init; }
    public required IReadOnlyList<Contributor> Creators { get; init; }
    /// <summary>BCP 47 language tag, e.g. "en".</summary>
    public required string Language { get; init; }
    /// <summary>Stable unique identifier, e.g. "urn:uuid:…".</summary>
    public required string Identifier { get; init; }
    public required DateOnly Date { get; init; }
    public string? Publisher { get; init; }
    public string? Rights { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public string? Edition { get; init; }
    /// <summary>
    /// Hyphenation exceptions for the typesetter, each a word with hyphens where it may break
    /// ("Vla-di-mir"); a word without hyphens is never broken. They override the patterns.
    /// </summary>
    public IReadOnlyList<string> Hyphenation { get; init; } = [];
    /// <summary>An ISBN (13 or 10 digits, check digit verified), as written, or null.</summary>
    public string? Isbn { get; init; }
    /// <summary>The series the book belongs to, or null.</summary>
    public BookSeries? Series { get; init; }
    /// <summary>The author's own cover picture, or null for one drawn from the title page.</summary>
    public BookImage? Cover { get; init; }
    /// <summary>Whether sections ('##') are numbered ("2.1"); book.yml's <c>section-numbers</c>, true unless set to false.</summary>
    public bool SectionNumbers { get; init; } = true;
    /// <summary>File-name stem of the editions, e.g. "israel-russia".</summary>
    public required string Slug { get; init; }
    /// <summary>Where the metadata comes from (book.yml), for failures that concern it.</summary>
    public SourceSpan Source { get; init; } = SourceSpan.None;

    /// <summary>Title and subtitle joined for places that have room for one line only.</summary>
    public string FullTitle => Subtitle is null ? Title : $"{Title}: {Subtitle}";
}
