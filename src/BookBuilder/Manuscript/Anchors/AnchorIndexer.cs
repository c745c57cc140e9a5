using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.GlossaryTerms;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Manuscript.Images;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Manuscript.Tables;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Tables;
using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using MdFootnote = Markdig.Extensions.Footnotes.Footnote;
using ParagraphBlock = Markdig.Syntax.ParagraphBlock;
using MdBlock = Markdig.Syntax.Block;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.Anchors;

/// <summary>
/// The anchor phase: every division, heading and explicitly named block of every file gets its
/// id, in reading order, before any text is converted.
/// </summary>
internal sealed class AnchorIndexer
{
    private readonly AnchorRegistry _anchors;
    private readonly Dictionary<string, string> _divisions = new(StringComparer.Ordinal);
    private readonly Dictionary<MdBlock, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MdBlock, string> _solutionIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Table, ParagraphBlock> _captionOf = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ParagraphBlock> _captions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MdFootnote, string> _footnotes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string File, string Label), string> _footnoteLabels = [];

    private AnchorIndexer(AnchorRegistry anchors, DiagnosticBag diagnostics)
    {
        _anchors = anchors;
        Diagnostics = diagnostics;
    }

    /// <summary>Where the problems the anchor phase finds go.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>Registers the anchors of <paramref name="manuscript"/> in <paramref name="anchors"/>.</summary>
    public static AnchorIndex Index(ParsedManuscript manuscript, AnchorRegistry anchors, DiagnosticBag diagnostics)
    {
        var indexer = new AnchorIndexer(anchors, diagnostics);
        foreach (var chapter in manuscript.Chapters) InFile(chapter, () => indexer.Chapter(chapter));
        if (manuscript.Faq is { } faq) InFile(faq, () => indexer.Appendix(faq, "faq", AnchorKind.FaqAppendix, AnchorKind.FaqEntry, "faq-"));
        var glossary = manuscript.Glossary is { } g
            ? InputLocationException.At(InputLocationException.InFile(g.Path), () => GlossaryIndexer.Index(g, indexer))
            : GlossaryIndex.Empty;
        return new AnchorIndex(indexer._divisions, indexer._ids, glossary, indexer._captionOf, indexer._captions, indexer._footnotes, indexer._footnoteLabels, indexer._solutionIds);
    }

    /// <summary>An unexpected failure names the file it happened in (or, further in, the block).</summary>
    private static void InFile(ParsedSource source, Action work) => InputLocationException.At(InputLocationException.InFile(source.Path), work);

    /// <summary>
    /// An id given in Markdown with <c>{#id}</c>, or null. Words after the id that are not
    /// attributes (<c>{#Bad Id}</c>) are part of what the author meant as the id: Markdig reads them
    /// as attributes without values and would keep "Bad" alone, so they are kept with it, and the
    /// id with its space is then refused as invalid.
    /// </summary>
    public static string? ExplicitId(MarkdownObject o)
    {
        if (o.TryGetAttributes() is not { Id: { Length: > 0 } id } attributes) return null;
        var words = attributes.Properties?.Where(p => p.Value is null).Select(p => p.Key).ToArray() ?? [];
        return words.Length == 0 ? id : string.Join(' ', [id, .. words]);
    }

    /// <summary>Registers a block's id: its explicit one, else one derived from <paramref name="wanted"/>.</summary>
    public string Register(MdBlock block, string file, string wanted, string fallback, AnchorKind kind, string division, string label) =>
        Register(block, ExplicitId(block), file, wanted, fallback, kind, division, label);

    /// <summary>Registers a block's id: <paramref name="explicitId"/> when the author gave one, else one derived from <paramref name="wanted"/>.</summary>
    private string Register(MdBlock block, string? explicitId, string file, string wanted, string fallback, AnchorKind kind, string division, string label)
    {
        var at = ManuscriptParser.At(file, block);
        var id = explicitId is not null
            ? _anchors.AddExplicit(explicitId, kind, division, label, at)
            : _anchors.AddDerived(wanted, fallback, kind, division, label, at);
        _ids[block] = id;
        return id;
    }

    private void Chapter(ParsedSource source)
    {
        var doc = source.Document;
        var title = doc.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var chapterTitle = title is null ? Path.GetFileNameWithoutExtension(source.Path) : HeadingText.Of(title);
        var chapterId = title is null
            ? _anchors.AddDerived(Slugger.Slugify(chapterTitle), "chapter", AnchorKind.Chapter, "", chapterTitle, new SourceSpan(source.Path, 1, 1))
            : Register(title, source.Path, Slugger.Slugify(chapterTitle), "chapter", AnchorKind.Chapter, "", chapterTitle);
        // A chapter's division is itself, known only once its id is.
        _anchors.SetDivision(chapterId, chapterId);
        _divisions[source.Path] = chapterId;
        Inner(source, chapterId, title, AnchorKind.Section, "");
    }

    /// <summary>The FAQ or the glossary: a division with a fixed default id, and its headings.</summary>
    public string Appendix(ParsedSource source, string defaultId, AnchorKind kind, AnchorKind entryKind, string entryPrefix)
    {
        var title = source.Document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var label = title is null ? defaultId : HeadingText.Of(title);
        var id = title is null
            ? _anchors.AddDerived(defaultId, defaultId, kind, defaultId, label, new SourceSpan(source.Path, 1, 1))
            : Register(title, source.Path, defaultId, defaultId, kind, "", label);
        _anchors.SetDivision(id, id);
        _divisions[source.Path] = id;
        Inner(source, id, title, entryKind, entryPrefix);
        return id;
    }

    private void Inner(ParsedSource source, string division, HeadingBlock? title, AnchorKind level2Kind, string level2Prefix)
    {
        TableCaptions.Pair(source.Document, source.Path, _captionOf, _captions, Diagnostics);
        Footnotes(source, division);
        foreach (var block in source.Document.Descendants<MdBlock>())
        {
            if (ReferenceEquals(block, title)) continue;
            if (block is Figure figure)
            {
                // A figure's id may stand on the figure, its caption or its image.
                var caption = figure.OfType<FigureCaption>().FirstOrDefault();
                var image = figure.OfType<ParagraphBlock>().Select(FigureConverter.SoleImage).FirstOrDefault(i => i is not null);
                var figureId = ExplicitId(figure) ?? (caption is null ? null : ExplicitId(caption)) ?? (image is null ? null : ExplicitId(image));
                if (figureId is not null)
                    Register(figure, figureId, source.Path, "", "figure", AnchorKind.Figure, division, caption is null ? figureId : HeadingText.Of(caption));
            }
            else if (block.Parent is Figure)
            {
                // Named with its figure above.
            }
            else if (block is ParagraphBlock p && FigureConverter.SoleImage(p) is { } image && ExplicitId(image) is { } imageId)
            {
                Register(p, imageId, source.Path, "", "figure", AnchorKind.Figure, division, string.IsNullOrEmpty(image.Title) ? imageId : image.Title);
            }
            else if (block is ParagraphBlock c && _captions.Contains(c) && ExplicitId(c) is { } tableId)
            {
                Register(c, tableId, source.Path, "", "table", AnchorKind.Table, division, TableCaptions.WithoutPrefix(HeadingText.Of(c)));
            }
            else if (block is HeadingBlock h)
            {
                var text = HeadingText.Of(h);
                var kind = h.Level == 2 ? level2Kind : AnchorKind.Heading;
                var slug = Slugger.Slugify(text);
                if (h.Level == 2 && level2Prefix.Length > 0) slug = level2Prefix + Shorten(slug);
                Register(h, source.Path, slug, kind.ToString().ToLowerInvariant(), kind, division, text);
            }
            else if (block is CustomContainer cc && Callouts.ContainerNames.IsExercise(cc))
            {
                // An exercise and its solution, wherever the plan puts the solution.
                var exercise = Register(cc, source.Path, "exercise", "exercise", AnchorKind.Exercise, division, "exercise");
                _solutionIds[cc] = _anchors.AddDerived("solution-" + exercise, "solution", AnchorKind.Solution, division, "solution", ManuscriptParser.At(source.Path, cc));
            }
            else if (ExplicitId(block) is { } explicitId && block is not DefinitionTerm)
            {
                Register(block, source.Path, "", "anchor", AnchorKind.Custom, division, explicitId);
            }
        }
    }

    /// <summary>
    /// The ids of a file's footnotes, so that a cross-reference may name a note before the note's
    /// first call is converted. Markdig keeps the notes that are called, numbered in order of
    /// first call as the conversion numbers them; the id is "fn-division-n".
    /// </summary>
    private void Footnotes(ParsedSource source, string division)
    {
        foreach (var note in source.Document.Descendants<MdFootnote>().OrderBy(f => f.Order))
        {
            var order = note.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = _anchors.AddDerived($"fn-{division}-{order}", "fn", AnchorKind.Footnote, division, $"Note {order}", ManuscriptParser.At(source.Path, note));
            _footnotes[note] = id;
            _footnoteLabels.TryAdd((source.Path, LabelOf(note)), id);
        }
    }

    /// <summary>A note's label as the author writes it after '^'.</summary>
    public static string LabelOf(MdFootnote note) => (note.Label ?? "").TrimStart('^');

    /// <summary>Keeps ids of long questions readable: the first few words.</summary>
    private static string Shorten(string slug) => string.Join('-', slug.Split('-').Take(6));
}
