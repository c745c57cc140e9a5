namespace BookBuilder.Diagnostics;

public static partial class DiagnosticCatalog
{
    private const DiagnosticArea Pdf = DiagnosticArea.PdfEdition;

    public static readonly DiagnosticCode PdfGlyphMissing = Warning("PDF001", Pdf,
        "no font has a glyph for a character: it prints as a box",
        "No font has a glyph for U+{0:X4} '{1}'{4} (in \"{2}\", {3} text); it prints as a box.");

    public static readonly DiagnosticCode PdfFontNotSubset = Warning("PDF002", Pdf,
        "a font could not be subset and is embedded whole",
        "Could not subset font {0}; it is embedded whole.");

    public static readonly DiagnosticCode PdfImageUnreadable = Warning("PDF003", Pdf,
        "an image could not be read when the page was painted: it is left out",
        "Image cannot be read or decoded (page {0}); it is left out of the PDF.");

    public static readonly DiagnosticCode PdfAnchorTwice = Warning("PDF004", Pdf,
        "an anchor is defined twice in the PDF: the first is kept",
        "Anchor '{0}' is defined twice (again on page {1}); the first one is kept.");

    public static readonly DiagnosticCode PdfDrawOpUnsupported = Warning("PDF005", Pdf,
        "a drawing operation the PDF writer does not support",
        "Draw operation {0} is not supported by the PDF writer.");

    public static readonly DiagnosticCode PdfLinkDangling = Warning("PDF006", Pdf,
        "a link points to an anchor no page defines",
        "Link on page {0} points to '{1}', which no anchor defines.");

    public static readonly DiagnosticCode PdfHyphenationUnavailable = Warning("PDF-HYPHEN", Pdf,
        "the hyphenation patterns could not be loaded: nothing is hyphenated",
        "hyphenation patterns not loaded, text will not be hyphenated: {0}");

    public static readonly DiagnosticCode PdfUnfittableWord = Warning("PDF-UNFITTABLEWORD", Pdf,
        "a word wider than the measure, split by characters",
        "PDF page {0}: {1}");

    public static readonly DiagnosticCode PdfOrphan = Warning("PDF-ORPHAN", Pdf,
        "a single line of a paragraph left at the foot of a page",
        "PDF page {0}: {1}");

    public static readonly DiagnosticCode PdfWidow = Warning("PDF-WIDOW", Pdf,
        "a single line of a paragraph carried to the top of a page",
        "PDF page {0}: {1}");

    public static readonly DiagnosticCode PdfKeepBroken = Warning("PDF-KEEPBROKEN", Pdf,
        "a heading or entry separated from what follows it",
        "PDF page {0}: {1}");

    public static readonly DiagnosticCode PdfOversize = Warning("PDF-OVERSIZE", Pdf,
        "content taller than a page, an overfull line, a footnote taller than a page or set after its call's page, or a table too wide for the measure (set in parts)",
        "PDF page {0}: {1}");

    public static readonly DiagnosticCode PdfLineSqueezed = Warning("PDF-LINESQUEEZE", Pdf,
        "a single character with its marks (one grapheme cluster) too wide or too tall for a line, drawn squeezed into it",
        "PDF page {0}: {1}");

    public static readonly DiagnosticCode PdfOffPage = Warning("PDF-OFFPAGE", Pdf,
        "something drawn outside the text block of its page",
        "PDF page {0}: {1}");

    public static readonly DiagnosticCode PdfUrlHyphenated = Warning("PDF-URLHYPHEN", Pdf,
        "an address (URL, e-mail) broken with an added hyphen",
        "PDF page {0}: {1}");

    public static readonly DiagnosticCode PdfReferencesUnsettled = Warning("PDF-PAGEREFS", Pdf,
        "page numbers the text prints (cross-references, glossary, index) still changed in the last layout pass: some may be wrong",
        "page numbers printed in the text still changed after {0} layout passes: a cross-reference, the glossary or the index may name a wrong page");

    public static readonly DiagnosticCode PdfPrintResolution = Warning("PDF-PRINTPPI", Pdf,
        "an image of the print edition has fewer than 300 pixels per inch at its printed size",
        "PDF page {0}: {1}");

    private const DiagnosticArea Epub = DiagnosticArea.EpubEdition;

    public static readonly DiagnosticCode EpubGlyphMissing = Warning("EPUB001", Epub,
        "no font has a glyph for a character of the cover (title, subtitle, authors, ornament) or of an ornament picture: it is left out of the picture",
        "No font has a glyph for U+{0:X4} '{1}' (in \"{2}\"); it is left out of the EPUB's cover and ornament pictures.");
}
