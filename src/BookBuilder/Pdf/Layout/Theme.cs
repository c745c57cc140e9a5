using BookBuilder.Pdf.Layout.LineBreaking;
using BookBuilder.Publishing;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Layout;

/// <summary>How paragraphs are told apart: an indented first line, or space between them.</summary>
public enum ParagraphSeparation { Indented, Spaced }

/// <summary>
/// The look of the PDF edition: page geometry, type sizes, colours and typesetting choices.
/// Sizes are in points. Use <see cref="For(PageSize)"/> for the built-in page sizes and adjust with
/// <c>with</c>.
/// </summary>
public sealed record Theme
{
    public required string Name { get; init; }
    public required float PageWidth { get; init; }
    public required float PageHeight { get; init; }
    /// <summary>Margin at the spine (left on right-hand pages).</summary>
    public required float MarginInner { get; init; }
    public required float MarginOuter { get; init; }
    public required float MarginTop { get; init; }
    /// <summary>Bottom margin; the folio sits in it.</summary>
    public required float MarginBottom { get; init; }

    public FontFamilyRole BodyFamily { get; init; } = FontFamilyRole.Serif;
    public FontFamilyRole HeadingFamily { get; init; } = FontFamilyRole.Sans;
    public float BodySize { get; init; } = 10.5f;
    public float BodyLeading { get; init; } = 14f;
    public ParagraphSeparation Paragraphs { get; init; } = ParagraphSeparation.Indented;
    /// <summary>First-line indent in ems of the body size (indented paragraphs).</summary>
    public float ParagraphIndent { get; init; } = 1.5f;
    /// <summary>Space between paragraphs when they are spaced.</summary>
    public float ParagraphGap { get; init; } = 7f;
    /// <summary>Space around lists, quotes, code, tables and figures.</summary>
    public float BlockGap { get; init; } = 7f;
    public bool Justify { get; init; } = true;
    /// <summary>
    /// Body lines stand on a baseline grid of the body leading: the space around headings, quotes,
    /// lists, callouts, figures, tables and code is rounded up so that the body text after them
    /// returns to the grid, and facing pages end on the same line.
    /// </summary>
    public bool BaselineGrid { get; init; } = true;
    /// <summary>Book title on left-hand body pages and division title on right-hand ones, in the top margin.</summary>
    public bool RunningHeads { get; init; } = true;
    public bool Hyphenate { get; init; } = true;
    /// <summary>
    /// Set acronyms of the body text (UN, NATO, USSR: paragraphs, lists, quotes, FAQ answers,
    /// glossary definitions) in the body font's small capitals, so that they do not shout from the
    /// page. Headings, code and italics (whose faces have no small capitals) keep their capitals.
    /// On by default: Source Serif 4 has true small capitals (OpenType <c>c2sc</c>) in its upright
    /// faces.
    /// </summary>
    public bool SmallCapsAcronyms { get; init; } = true;
    /// <summary>Break costs and letter-spacing of justified text: body text and footnotes alike.</summary>
    public Justification Justification { get; init; } = Justification.Default;

    public float ChapterDrop { get; init; } = 48f;
    public float ChapterOrnamentSize { get; init; } = 30f;
    public float ChapterLabelSize { get; init; } = 11f;
    public float ChapterTitleSize { get; init; } = 24f;
    public float SectionTitleSize { get; init; } = 14.5f;
    public float SectionOrnamentSize { get; init; } = 16f;
    public float SubheadingSize { get; init; } = 11.5f;
    public float FootnoteSize { get; init; } = 8.5f;
    public float FootnoteLeading { get; init; } = 11f;
    public float CaptionSize { get; init; } = 9f;
    public float SmallSize { get; init; } = 9f;
    public float SmallLeading { get; init; } = 12f;
    public float FolioSize { get; init; } = 9f;
    public float TitleSize { get; init; } = 28f;
    public float SubtitleSize { get; init; } = 15f;
    public float TitleOrnamentSize { get; init; } = 56f;

    public uint TextColor { get; init; } = 0xFF1A1A1A;
    public uint HeadingColor { get; init; } = 0xFF1F3A5F;
    public uint AccentColor { get; init; } = 0xFF8A2E2E;
    public uint LinkColor { get; init; } = 0xFF1F4E8C;
    public uint GlossaryColor { get; init; } = 0xFF2E5E3E;
    public uint MutedColor { get; init; } = 0xFF5A5A5A;
    public uint RuleColor { get; init; } = 0xFF8C8C8C;
    public uint TableHeaderFill { get; init; } = 0xFFEFEFEF;

    /// <summary>
    /// Links are links (annotations, coloured text). Off for print: their text is plain, and an
    /// address the text does not show is printed after it.
    /// </summary>
    public bool Links { get; init; } = true;
    /// <summary>Chapters, the FAQ and the glossary open on right-hand pages, after a blank left-hand page if need be.</summary>
    public bool OpenOnRecto { get; init; }
    /// <summary>
    /// Facing pages of a division end on the same baseline where that costs no page (see
    /// <see cref="Paging.SpreadBalancer"/>): for print, whose pages are seen in spreads.
    /// </summary>
    public bool BalanceSpreads { get; init; }
    /// <summary>
    /// Bleed beyond the trim on the top, bottom and outside edges, in points (0: none). The page is
    /// that much larger; TrimBox and BleedBox say where it is cut.
    /// </summary>
    public float Bleed { get; init; }
    /// <summary>Write TrimBox and BleedBox on every page (the print edition).</summary>
    public bool PrintBoxes { get; init; }

    /// <summary>Justified lines with an adjustment ratio above this are reported as very loose.</summary>
    public float LooseLineRatio { get; init; } = 2f;

    /// <summary>Width of the text block.</summary>
    public float ContentWidth => PageWidth - MarginInner - MarginOuter;
    /// <summary>
    /// Height of the text block (footnotes included): what the page leaves between its top and
    /// bottom margins, taken up to a whole number of body lines where less than half a line is
    /// missing (the bottom margin gives it), so that no page ends with a strip a hair too short for
    /// its last line. A4's margins leave 671.89 pt, 48 lines of 14 pt less 0.11 pt: 48 lines.
    /// It is never less than the margins leave (footnotes, set closer, use every point).
    /// </summary>
    public float ContentHeight
    {
        get
        {
            var height = PageHeight - MarginTop - MarginBottom;
            if (BodyLeading <= 0) return height;
            var lines = MathF.Ceiling(height / BodyLeading - 0.0001f);
            return lines * BodyLeading - height < BodyLeading / 2 ? MathF.Max(height, lines * BodyLeading) : height;
        }
    }

    /// <summary>The body text style.</summary>
    public TextStyle Body => new(BodyFamily, BodySize);

    /// <summary>A4 (210 × 297 mm), 10.5/14 pt on a measure of about 65 characters.</summary>
    public static Theme A4 { get; } = new()
    {
        Name = "a4", PageWidth = 595.28f, PageHeight = 841.89f,
        MarginInner = 110, MarginOuter = 144, MarginTop = 78, MarginBottom = 92,
    };

    /// <summary>US Letter (8.5 × 11 in), same type as A4.</summary>
    public static Theme Letter { get; } = A4 with
    {
        Name = "letter", PageWidth = 612, PageHeight = 792,
        MarginInner = 116, MarginOuter = 154, MarginTop = 72, MarginBottom = 86,
    };

    /// <summary>US trade (6 × 9 in), 10/13.5 pt with smaller display sizes.</summary>
    public static Theme Trade6x9 { get; } = A4 with
    {
        Name = "6x9", PageWidth = 432, PageHeight = 648,
        MarginInner = 62, MarginOuter = 50, MarginTop = 54, MarginBottom = 66,
        BodySize = 10f, BodyLeading = 13.5f, ChapterTitleSize = 21f, ChapterDrop = 30f, TitleSize = 24f,
        TitleOrnamentSize = 44f, SectionTitleSize = 13.5f,
    };

    /// <summary>US digest (5.5 × 8.5 in), the 6 × 9 type on a narrower measure.</summary>
    public static Theme Digest { get; } = Trade6x9 with
    {
        Name = "5.5x8.5", PageWidth = 396, PageHeight = 612,
        MarginInner = 58, MarginOuter = 44, MarginTop = 50, MarginBottom = 62,
        BodySize = 9.75f, BodyLeading = 13f,
    };

    /// <summary>A5 (148 × 210 mm), as the digest size.</summary>
    public static Theme A5 { get; } = Digest with
    {
        Name = "a5", PageWidth = 419.53f, PageHeight = 595.28f,
        MarginInner = 60, MarginOuter = 46, MarginTop = 50, MarginBottom = 62,
    };

    /// <summary>Royal (156 × 234 mm), as 6 × 9 in.</summary>
    public static Theme Royal { get; } = Trade6x9 with
    {
        Name = "royal", PageWidth = 442.2f, PageHeight = 663.3f,
        MarginInner = 64, MarginOuter = 52, MarginTop = 56, MarginBottom = 68,
    };

    /// <summary>The theme of a page size.</summary>
    public static Theme For(PageSize size) =>
        size == PageSize.Letter ? Letter
        : size == PageSize.Trade6x9 ? Trade6x9
        : size == PageSize.Digest ? Digest
        : size == PageSize.A5 ? A5
        : size == PageSize.Royal ? Royal
        : A4;

    /// <summary>
    /// The print edition's theme of a trim size: everything in black (a black-only press screens
    /// any colour or grey, and text would print as a dot pattern), links as plain text, chapters on
    /// right-hand pages, TrimBox and BleedBox on every page, the inside margin at least the gutter
    /// the page count asks for (<see cref="Gutter"/>).
    /// </summary>
    public static Theme ForPrint(PageSize trim, float bleed, int pageCount = 0)
    {
        var t = For(trim);
        return t with
        {
            TextColor = Black, HeadingColor = Black, AccentColor = Black, LinkColor = Black, GlossaryColor = Black,
            MutedColor = Black, RuleColor = Black, TableHeaderFill = 0xFFEBEBEB,
            Links = false, OpenOnRecto = true, BalanceSpreads = true, Bleed = bleed, PrintBoxes = true,
            MarginInner = Math.Max(t.MarginInner, Gutter(pageCount)),
        };
    }

    private const uint Black = 0xFF000000;

    /// <summary>
    /// The smallest inside margin for a bound book of <paramref name="pages"/> pages, in points: the
    /// thicker the book, the more of the page disappears into the binding (the steps print-on-demand
    /// services publish: 0.375 in up to 150 pages, then 0.5, 0.625, 0.75, 0.875 in).
    /// </summary>
    public static float Gutter(int pages) => 72 * pages switch
    {
        <= 150 => 0.375f,
        <= 300 => 0.5f,
        <= 500 => 0.625f,
        <= 700 => 0.75f,
        _ => 0.875f,
    };
}
