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

    public static readonly DiagnosticCode CrossReferenceWithoutLabel = Error("BB082", Apparatus,
        "a cross-reference (a link without text) to an anchor that has no number or title to show",
        "the link to '{0}' has no text, and '{0}' names {1}, which has no number or title to show in its place: write the link's text");

    public static readonly DiagnosticCode FootnoteLabelUnknown = Error("BB083", Apparatus,
        "a link to a footnote by its label (`#^label`) that the file does not call",
        "no footnote [^{0}] is called in {1}: a link names a note by the label it is called with");
}
