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

    public static readonly DiagnosticCode IndexMarkWithoutTerm = Error("BB084", Apparatus,
        "an index mark without a term (`[]{.index}`)",
        "index mark without a term: mark some text with the 'index' class, or name the entry with a 'term' attribute");

    public static readonly DiagnosticCode IndexTermMalformed = Error("BB085", Apparatus,
        "a malformed index term: an empty level (`A!!B`) or more than three levels",
        "index term '{0}' is malformed: {1}");

    public static readonly DiagnosticCode IndexAttributeUnknown = Warning("BB086", Apparatus,
        "an unknown attribute on an index mark (it is ignored)",
        "index mark attribute '{0}' is not known and was ignored (known: term, see, see-also, sort){1}");

    public static readonly DiagnosticCode IndexSeeUnknown = Error("BB087", Apparatus,
        "a `see` or `see-also` that names no entry of the index",
        "index cross-reference to '{0}', which is not an entry of the index");

    public static readonly DiagnosticCode IndexSpanCrossed = Warning("BB088", Apparatus,
        "an index span whose brackets cross the edge of emphasis or a link: it is left out of the index",
        "the brackets of this index span cross the edge of emphasis or a link: it is left out of the index (put the brackets inside or outside the emphasis)");
}
