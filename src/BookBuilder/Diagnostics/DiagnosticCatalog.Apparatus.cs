namespace BookBuilder.Diagnostics;

public static partial class DiagnosticCatalog
{
    private const DiagnosticArea Apparatus = DiagnosticArea.Apparatus;

    public static readonly DiagnosticCode TableCaptionWithoutTable = Error("BB080", Apparatus,
        "a table caption (`Table: ...`) with no table directly before or after it",
        "table caption without a table: write the 'Table:' line directly after its table");

    public static readonly DiagnosticCode TableCaptionTwice = Error("BB081", Apparatus,
        "a table with two captions",
        "this table already has a caption (the 'Table:' line before it): a table has one caption");
}
