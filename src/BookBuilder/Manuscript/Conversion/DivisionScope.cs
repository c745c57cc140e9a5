using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Footnotes;
using BookBuilder.Manuscript.GlossaryTerms;
using BookBuilder.Manuscript.Images;
using BookBuilder.Manuscript.Index;
using BookBuilder.Manuscript.Links;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Manuscript.Tables;
using Markdig.Syntax;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.Conversion;

/// <summary>
/// The conversion of one division (a chapter, the FAQ, the glossary) from Markdig to the model:
/// its block and inline converters and the features that keep per-division state (footnote
/// numbers, the first use of each glossary term), all over the shared services. One per
/// division; nothing here outlives it except what it hands to the model.
/// </summary>
internal sealed class DivisionScope
{
    /// <param name="linkGlossary">Whether the first use of each glossary term links to its entry (not in the glossary itself).</param>
    public DivisionScope(ConversionServices services, ParsedSource source, bool linkGlossary)
    {
        Services = services;
        Source = source;
        DivisionId = services.Index.DivisionOf(source);
        Title = services.Anchors.All[DivisionId].Label;
        Blocks = new BlockConverter(this);
        Inlines = new InlineConverter(this);
        Footnotes = new FootnoteNumbering(this);
        Links = new LinkResolver(this);
        Figures = new FigureConverter(this);
        Tables = new TableConverter(this);
        Containers = new Callouts.ContainerConverter(this);
        Index = new IndexMarks(this);
        Glossary = linkGlossary ? new GlossaryLinker(this) : null;
    }

    public ConversionServices Services { get; }
    public ParsedSource Source { get; }

    /// <summary>The manuscript file, relative to the manuscript folder.</summary>
    public string File => Source.Path;

    public string DivisionId { get; }

    /// <summary>The division's title as plain text (its anchor's label).</summary>
    public string Title { get; }

    public DiagnosticBag Diagnostics => Services.Diagnostics;

    public BlockConverter Blocks { get; }
    public InlineConverter Inlines { get; }
    public FootnoteNumbering Footnotes { get; }
    public LinkResolver Links { get; }
    public FigureConverter Figures { get; }
    public TableConverter Tables { get; }
    public Callouts.ContainerConverter Containers { get; }
    public IndexMarks Index { get; }

    /// <summary>
    /// While set, no glossary term is linked: inside a solution, which a student edition leaves
    /// out, a first use would leave the glossary a link back to nothing.
    /// </summary>
    public bool GlossaryPaused { get; set; }

    /// <summary>Links the first use of each glossary term; null where terms are not linked.</summary>
    public GlossaryLinker? Glossary { get; }

    public SourceSpan At(MarkdownObject o) => ManuscriptParser.At(File, o);
}
