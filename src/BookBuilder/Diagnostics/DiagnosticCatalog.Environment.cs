namespace BookBuilder.Diagnostics;

public static partial class DiagnosticCatalog
{
    private const DiagnosticArea BuildEnvironment = DiagnosticArea.Environment;

    public static readonly DiagnosticCode OutputUnwritable = Error("BB090", BuildEnvironment,
        "the output folder cannot be created or written (a file stands at its path, no permission, a read-only or full disk, a path too long)",
        "cannot write the editions here: {0}");

    public static readonly DiagnosticCode AssetsMissing = Error("BB091", BuildEnvironment,
        "the asset folder (`--assets`, `BOOKBUILDER_ASSETS`) does not exist or lacks a font or pattern file",
        "{0}");

    public static readonly DiagnosticCode SourceDateEpochInvalid = Error("BB092", BuildEnvironment,
        "`SOURCE_DATE_EPOCH` is not a whole number of seconds since 1970 (up to the year 9999)",
        "SOURCE_DATE_EPOCH='{0}' is not a whole number of seconds since 1970-01-01 (e.g. 1767225600); unset it to use the book's date");
}
