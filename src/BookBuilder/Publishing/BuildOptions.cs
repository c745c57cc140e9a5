using BookBuilder.Diagnostics;

namespace BookBuilder.Publishing;

/// <summary>Settings of one build that every edition writer may read.</summary>
public sealed record BuildOptions
{
    /// <summary>
    /// The moment recorded as "modified" in the editions. From SOURCE_DATE_EPOCH when it is set,
    /// otherwise midnight UTC of the book's date: never the wall clock, so builds are reproducible.
    /// </summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Page size of the PDF.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>Trim size of the print edition.</summary>
    public PageSize TrimSize { get; init; } = PageSize.Trade6x9;

    /// <summary>Bleed of the print edition beyond the trim (top, bottom, outside), in points.</summary>
    public float Bleed { get; init; }

    /// <summary>Folder with fonts and hyphenation patterns; null to look in the usual places.</summary>
    public string? AssetsDirectory { get; init; }

    /// <summary>The variable reproducible builds set to fix every timestamp (reproducible-builds.org).</summary>
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    /// <summary>
    /// Computes the timestamp from SOURCE_DATE_EPOCH (when set and not empty) or the book date.
    /// A value that is not a whole number of seconds is an error, as the specification asks:
    /// ignoring it would give editions whose date nobody chose.
    /// </summary>
    /// <exception cref="EnvironmentException">SOURCE_DATE_EPOCH is malformed (BB092).</exception>
    public static DateTimeOffset ResolveTimestamp(DateOnly bookDate, string? sourceDateEpoch)
    {
        if (string.IsNullOrWhiteSpace(sourceDateEpoch))
            return new DateTimeOffset(bookDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (long.TryParse(sourceDateEpoch.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        throw EnvironmentException.Of(DiagnosticCatalog.SourceDateEpochInvalid, SourceDateEpoch, null, sourceDateEpoch.Trim());
    }
}
