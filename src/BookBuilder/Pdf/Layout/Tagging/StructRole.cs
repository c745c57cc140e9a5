namespace BookBuilder.Pdf.Layout.Tagging;

/// <summary>
/// What a piece of laid-out content is, in the standard structure types of tagged PDF (ISO 32000-1,
/// 14.8.4), plus <see cref="Artifact"/> for what is not content (running heads, folios, rules,
/// decorative ornaments). The layout knows each role when it builds an element; the writer only
/// turns roles into the structure tree.
/// </summary>
public enum StructRole
{
    Document, Sect,
    /// <summary>A generic grouping element (blocks in another language).</summary>
    Div,
    H1, H2, H3, H4, H5, H6,
    P, BlockQuote, Code, Caption,
    L, LI, Lbl, LBody,
    Table, TR, TH, TD,
    Figure,
    Note, Reference,
    TOC, TOCI,
    /// <summary>The index at the back of the book (a grouping element of ISO 32000-1, 14.8.4.3.2).</summary>
    Index,
    Link, Span,
    /// <summary>Not content: marked as an artifact, never part of the structure tree.</summary>
    Artifact,
}

/// <summary>The kind of an artifact (ISO 32000-1, 14.8.2.2).</summary>
public enum ArtifactKind { Layout, Pagination }

/// <summary>Extensions of the structure roles.</summary>
public static class StructRoles
{
    /// <summary>The heading role of level 1 to 6.</summary>
    public static StructRole Heading(int level) => StructRole.H1 + (Math.Clamp(level, 1, 6) - 1);

    public static bool IsHeading(this StructRole role) => role is >= StructRole.H1 and <= StructRole.H6;

    /// <summary>The heading level (1-6) of a heading role.</summary>
    public static int HeadingLevel(this StructRole role) => role - StructRole.H1 + 1;

    /// <summary>
    /// The structure type's name as PDF writes it (/P, /H1...). Spelled out rather than taken from
    /// the enum's name, which an ahead-of-time compiled build need not keep.
    /// </summary>
    public static string PdfName(this StructRole role) => role switch
    {
        StructRole.Document => "Document", StructRole.Sect => "Sect", StructRole.Div => "Div",
        StructRole.H1 => "H1", StructRole.H2 => "H2", StructRole.H3 => "H3", StructRole.H4 => "H4", StructRole.H5 => "H5", StructRole.H6 => "H6",
        StructRole.P => "P", StructRole.BlockQuote => "BlockQuote", StructRole.Code => "Code", StructRole.Caption => "Caption",
        StructRole.L => "L", StructRole.LI => "LI", StructRole.Lbl => "Lbl", StructRole.LBody => "LBody",
        StructRole.Table => "Table", StructRole.TR => "TR", StructRole.TH => "TH", StructRole.TD => "TD",
        StructRole.Figure => "Figure", StructRole.Note => "Note", StructRole.Reference => "Reference",
        StructRole.TOC => "TOC", StructRole.TOCI => "TOCI", StructRole.Index => "Index", StructRole.Link => "Link", StructRole.Span => "Span",
        StructRole.Artifact => "Artifact",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no PDF structure type"),
    };

    /// <summary>Roles of block-level elements (a footnote goes after the block that calls it).</summary>
    public static bool IsBlock(this StructRole role) => role is not (StructRole.Link or StructRole.Span or StructRole.Reference
        or StructRole.Lbl or StructRole.Artifact or StructRole.Document);
}
