using BookBuilder.Model;
using BookBuilder.Pdf.Layout.Elements;
using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Layout.Tagging;
using BookBuilder.Plan;
using BookBuilder.Typography;

namespace BookBuilder.Pdf.Paging;

/// <summary>
/// Builds the flow of each division of the body (a chapter, the FAQ appendix, the glossary) from
/// the book's plan: its labels, titles and outline entries. A division always starts on a new
/// page: the typesetter paginates each flow on its own.
/// </summary>
public sealed class DivisionBuilder(BlockBuilder blocks, BookPlan plan)
{
    private Theme Theme => blocks.Theme;

    /// <summary>The body's leading when the body keeps a baseline grid; 0 otherwise.</summary>
    private float Grid => blocks.GridOf(blocks.BodyContext);

    /// <summary>Space between the blocks of the body, on the baseline grid when it keeps one.</summary>
    private LayoutElement Space(float height) => blocks.Space(height, blocks.BodyContext);

    /// <summary>The flow of a division of the body, tagged as a section of the document.</summary>
    public LayoutElement Flow(PlannedDivision division) => BlockBuilder.Tagged(division switch
    {
        ChapterDivision c => Chapter(c),
        FaqDivision f => Faq(f),
        GlossaryDivision g => Glossary(g),
        SolutionsDivision s => Solutions(s),
        IndexDivision i => new IndexBuilder(blocks, plan).Flow(i, Opening(i, null, i.Title, null, plan.ContentsOf(i).Label)),
        _ => throw new InvalidOperationException($"the PDF edition has no flow for the division {division.Kind}"),
    }, StructRole.Sect);

    /// <summary>The flow of a chapter: opening, content before the first section, then sections.</summary>
    private LayoutElement Chapter(ChapterDivision division)
    {
        var chapter = division.Chapter;
        var contents = plan.ContentsOf(division);
        var entries = new List<BlockBuilder.Entry>
        {
            new(Opening(division, division.Label, division.Title, chapter.Ornament, contents.Label), KeepWithNext: true),
        };
        if (division.Byline is { } byline)
        {
            // The author's name under the title, centred in italics: a paragraph of its own after the heading.
            var bylineFlow = blocks.Ragged(Theme.Body.WithItalic(), Theme.BodyLeading, Theme.TextColor, TextAlign.Center);
            var paragraph = BlockBuilder.Tagged(blocks.Paragraph([new TextInline(byline)], bylineFlow, SplitRules.Unbreakable, chapter.TitleSource), StructRole.P);
            entries.Add(new(new ColumnElement([paragraph, Space(Theme.BodyLeading)]), KeepWithNext: true));
        }
        // Figures and tables of the chapter's own blocks float; those inside lists, quotes or callouts stay.
        var body = blocks.BodyContext with { Floats = true };
        blocks.AddBlocks(entries, chapter.Blocks, body);
        for (var i = 0; i < chapter.Sections.Count; i++)
        {
            var section = chapter.Sections[i];
            if (entries.Count > 1) entries.Add(new(Space(Theme.BodyLeading)));
            entries.Add(new(SectionHeading(section, division.SectionNumbers[i], contents.Children[i].Label), KeepWithNext: true));
            blocks.AddBlocks(entries, section.Blocks, body);
        }
        if (division.KeyTerms is { } keyTerms)
        {
            entries.Add(new(Space(Theme.BodyLeading * 1.5f)));
            entries.Add(new(KeyTerms(keyTerms)));
        }
        if (division.Solutions.Count > 0)
        {
            // The solutions at the chapter's end, under a heading of the section's rank (not in the outline).
            entries.Add(new(Space(Theme.BodyLeading * 1.5f)));
            entries.Add(new(SolutionsHeading(plan.Labels.Solutions, division.Solutions), KeepWithNext: true));
            AddSolutions(entries, division.Solutions);
        }
        return new ColumnElement(BlockBuilder.Fold(entries));
    }

    /// <summary>From this many key terms on, the list is set in two columns.</summary>
    private const int MinTermsInColumns = 6;

    /// <summary>Rows of key terms that go with their heading at least when the list goes on over a page.</summary>
    public const int MinKeyTermRows = 3;

    /// <summary>
    /// The glossary terms a chapter uses, at its end: a section with its heading and a list of the
    /// terms, each a link to its glossary entry; in print, where nothing is a link, each term with
    /// the page of its entry ("Cold War, p. 41"), once the pages are known.
    /// </summary>
    private LayoutElement KeyTerms(KeyTermList keyTerms)
    {
        var headingFlow = blocks.Ragged(new TextStyle(Theme.HeadingFamily, Theme.BodySize * 1.1f, Bold: true), Theme.BodyLeading * 1.1f, Theme.HeadingColor);
        var heading = BlockBuilder.Tagged(blocks.Paragraph([new TextInline(keyTerms.Title)], headingFlow, SplitRules.Unbreakable, default, [keyTerms.Id], keyTerms), StructRole.H2);
        var itemFlow = blocks.Ragged(Theme.Body, Theme.BodyLeading, Theme.TextColor);
        var marker = blocks.Measurer.Shape("\u2022", itemFlow.Style);
        var indent = Math.Max(itemFlow.Style.Size * 1.8f, marker.Width + 8);
        var baseline = blocks.BaselineOffset(itemFlow);
        var pages = blocks.References?.Pages ?? PageLookup.None;
        var items = keyTerms.Terms.Select(term =>
        {
            IReadOnlyList<Inline> text = Theme.Links
                ? [new LinkInline("#" + term.EntryId, term.EntryId, null, [new TextInline(term.Term)])]
                : [new TextInline(pages.PageOf(term.EntryId) is { } page ? plan.Labels.KeyTermPage(term.Term, page) : term.Term)];
            var paragraph = BlockBuilder.Tagged(blocks.Paragraph(text, itemFlow, SplitRules.Body, default, node: term), StructRole.P);
            return new ListItemContent(marker, paragraph, baseline);
        }).ToArray();
        LayoutElement list = BlockBuilder.Tagged(new ListElement(items, indent, Theme.BlockGap / 3, Theme.TextColor), StructRole.L);
        // A longer list in two balanced columns (read down the first, then the second).
        if (items.Length >= MinTermsInColumns) list = new ColumnsElement(list, 2, Theme.BodySize * 1.5f);
        var headingElement = new HeadingElement([heading], [], Theme.BodyLeading * 0.4f, grid: Grid);
        var entries = new List<BlockBuilder.Entry> { new(headingElement, KeepWithNext: true), new(list) };
        // The list stays on one page with its heading where it can; where it cannot, it goes on
        // over the next page rather than leave the rest of the chapter's last page empty, but
        // starts only with its heading and MinKeyTermRows rows of terms.
        var headingHeight = headingElement.Layout(new Region(Theme.ContentWidth, float.MaxValue, true)) is Fits h ? h.Content.Height : 2 * Theme.BodyLeading;
        var minimum = headingHeight + MinKeyTermRows * Theme.BodyLeading + (MinKeyTermRows - 1) * (Theme.BlockGap / 3);
        return BlockBuilder.Tagged(new MinimumStartElement(new ColumnElement(BlockBuilder.Fold(entries)), minimum), StructRole.Sect);
    }

    /// <summary>The Solutions appendix: opening, then each chapter's solutions under the chapter's name.</summary>
    private LayoutElement Solutions(SolutionsDivision division)
    {
        var entries = new List<BlockBuilder.Entry> { new(Opening(division, null, division.Title, null, plan.ContentsOf(division).Label), KeepWithNext: true) };
        foreach (var group in division.Groups)
        {
            if (entries.Count > 1) entries.Add(new(Space(Theme.BodyLeading * 1.5f)));
            entries.Add(new(SolutionsHeading(group.Heading, group), KeepWithNext: true));
            AddSolutions(entries, group.Exercises);
        }
        return new ColumnElement(BlockBuilder.Fold(entries));
    }

    private void AddSolutions(List<BlockBuilder.Entry> entries, IReadOnlyList<NumberedExercise> exercises)
    {
        for (var i = 0; i < exercises.Count; i++)
        {
            if (i > 0) entries.Add(new(Space(Theme.BlockGap)));
            var exercise = exercises[i];
            entries.Add(new(Diagnostics.InputLocationException.At(exercise.Solution!.Source, () => blocks.Solution(exercise, blocks.BodyContext))));
        }
    }

    /// <summary>A heading over solutions, tagged H2, as a section's.</summary>
    private LayoutElement SolutionsHeading(string text, object node)
    {
        var style = new TextStyle(Theme.HeadingFamily, Theme.SectionTitleSize, Bold: true);
        var flow = blocks.Ragged(style, Theme.SectionTitleSize * 1.3f, Theme.HeadingColor);
        var heading = BlockBuilder.Tagged(blocks.Paragraph([new TextInline(text)], flow, SplitRules.Unbreakable, node: node), StructRole.H2);
        return new HeadingElement([heading], [], Theme.BodyLeading * 0.5f, grid: Grid);
    }

    /// <summary>The FAQ appendix: opening, introduction, then each question bound to its answer.</summary>
    private LayoutElement Faq(FaqDivision division)
    {
        var faq = division.Faq;
        var contents = plan.ContentsOf(division);
        var entries = new List<BlockBuilder.Entry> { new(Opening(division, null, division.Title, null, contents.Label), KeepWithNext: true) };
        var body = blocks.BodyContext;
        blocks.AddBlocks(entries, faq.Intro, body);
        var questionStyle = new TextStyle(Theme.HeadingFamily, Theme.BodySize * 1.05f, Bold: true);
        var questionFlow = blocks.Ragged(questionStyle, Theme.BodyLeading * 1.05f, Theme.HeadingColor, hyphenate: true);
        for (var i = 0; i < faq.Entries.Count; i++)
        {
            var entry = faq.Entries[i];
            if (entries.Count > 1) entries.Add(new(Space(Theme.BodyLeading)));
            var question = BlockBuilder.Tagged(blocks.Paragraph(entry.Question, questionFlow, SplitRules.Unbreakable, entry.Source, [entry.Id], entry), StructRole.H2);
            entries.Add(new(new HeadingElement([question], [new OutlineOp(0, 1, contents.Children[i].Label)], Theme.BodyLeading * 0.3f, grid: Grid), KeepWithNext: true));
            entries.Add(new(blocks.Column(entry.Answer, body)));
        }
        return new ColumnElement(BlockBuilder.Fold(entries));
    }

    /// <summary>The glossary: each term in bold bound to its definition, with the pages where it is used.</summary>
    private LayoutElement Glossary(GlossaryDivision division)
    {
        var glossary = division.Glossary;
        var entries = new List<BlockBuilder.Entry> { new(Opening(division, null, division.Title, null, plan.ContentsOf(division).Label), KeepWithNext: true) };
        var body = blocks.BodyContext;
        blocks.AddBlocks(entries, glossary.Intro, body);
        var termFlow = blocks.Ragged(Theme.Body.WithBold(), Theme.BodyLeading, Theme.TextColor);
        var defContext = body with { IndentParagraphs = false, ParagraphGap = Theme.BlockGap / 2 };
        var usesFlow = blocks.Ragged(new TextStyle(Theme.BodyFamily, Theme.SmallSize, Italic: true), Theme.SmallLeading, Theme.MutedColor);
        // The entries are a list: each term the label of an item, its definition (and where it is
        // used) the body. Term and definition are separate elements, so both carry the item's tag.
        var list = new StructTag(StructRole.L);
        foreach (var entry in glossary.Entries)
        {
            if (entries.Count > 1) entries.Add(new(Space(Theme.BlockGap)));
            var item = new StructTag(StructRole.LI);
            var term = BlockBuilder.Tagged(blocks.Paragraph([new TextInline(entry.Term)], termFlow, SplitRules.Unbreakable, entry.Source, [entry.Id], entry), StructRole.Lbl);
            entries.Add(new(new TaggedElement(new TaggedElement(term, item), list), KeepWithNext: true));
            var definition = new List<BlockBuilder.Entry>();
            blocks.AddBlocks(definition, entry.Definition, defContext);
            var references = division.References.GetValueOrDefault(entry.Id, []);
            if (UsedIn(references) is { } uses)
            {
                // The "Used on" line never starts a page on its own: it goes with the definition's last lines.
                var usesBlock = new KeepTogetherElement(new ColumnElement([new SpacerElement(Theme.BlockGap / 3), BlockBuilder.Tagged(blocks.Paragraph(uses, usesFlow, SplitRules.Body, entry.Source, node: references), StructRole.P)]));
                if (definition.Count > 0) definition[^1] = definition[^1] with { KeepWithNext = true };
                definition.Add(new(usesBlock));
            }
            var itemBody = BlockBuilder.Tagged(new IndentElement(new ColumnElement(BlockBuilder.Fold(definition)), Theme.BodySize * 1.5f, 0), StructRole.LBody);
            entries.Add(new(new TaggedElement(new TaggedElement(itemBody, item), list)));
        }
        return new ColumnElement(BlockBuilder.Fold(entries));
    }

    /// <summary>
    /// "Used on pp. 2, 5–7": the pages of the term's uses, each a link to the first use on it;
    /// null before the pages are known (the first layout pass) and for a term that is never used.
    /// </summary>
    private IReadOnlyList<Inline>? UsedIn(IReadOnlyList<GlossaryReference> references)
    {
        var pages = blocks.References?.Pages ?? PageLookup.None;
        var items = PageRanges.Of(references.Select(r => (r.UseId, pages.PageOf(r.UseId))));
        if (items.Count == 0) return null;
        var single = items is [{ Text: var only }] && !only.Contains('\u2013');
        var inlines = new List<Inline> { new TextInline(single ? plan.Labels.UsedOnPage : plan.Labels.UsedOnPages) };
        foreach (var item in items)
        {
            if (inlines.Count > 1) inlines.Add(new TextInline(", "));
            inlines.Add(new LinkInline("#" + item.AnchorId, item.AnchorId, null, [new TextInline(item.Text)]));
        }
        return inlines;
    }

    /// <summary>Whether any chapter of the book opens with an ornament: then every opening keeps the ornament's room.</summary>
    private bool OrnamentedOpenings => plan.Divisions.OfType<ChapterDivision>().Any(c => !string.IsNullOrEmpty(c.Chapter.Ornament));

    /// <summary>
    /// A division's opening: drop, ornament, label ("Chapter 3"), title; outline level 0. Every
    /// opening of the book sinks its title to the same height (the chapter sink): an opening
    /// without the ornament or the label that others have keeps their room blank.
    /// </summary>
    /// <remarks>The division is the node its text starts (<see cref="TextStartOp"/>); its title's place is where layout problems of the opening are reported.</remarks>
    internal LayoutElement Opening(PlannedDivision division, string? label, IReadOnlyList<Inline> title, string? ornament, string outlineTitle)
    {
        var id = division.Id;
        // Fixed blanks, not spacers: spacers vanish at the top of a page, and the sink is meant to be there.
        var lines = new List<LayoutElement> { new FixedElement(Fragment.Blank(Theme.ChapterDrop)) };
        var ornamentLine = Theme.ChapterOrnamentSize * 1.5f + Theme.BodyLeading * 0.5f;
        if (!string.IsNullOrEmpty(ornament))
            lines.Add(new ColumnElement([blocks.Ornament(ornament, Theme.ChapterOrnamentSize), new FixedElement(Fragment.Blank(Theme.BodyLeading * 0.5f))]));
        else if (OrnamentedOpenings)
            lines.Add(new FixedElement(Fragment.Blank(ornamentLine)));
        var labelFlow = blocks.Ragged(new TextStyle(Theme.HeadingFamily, Theme.ChapterLabelSize), Theme.ChapterLabelSize * 1.6f, Theme.AccentColor, TextAlign.Center) with { SpaceAtEnd = true };
        if (label is not null)
            lines.Add(blocks.Paragraph([new TextInline(label.ToUpperInvariant())], labelFlow, SplitRules.Unbreakable, division.TitleSource, node: division));
        else
            lines.Add(new FixedElement(Fragment.Blank(labelFlow.Leading)));
        var titleFlow = blocks.Ragged(new TextStyle(Theme.HeadingFamily, Theme.ChapterTitleSize, Bold: true), Theme.ChapterTitleSize * 1.25f, Theme.HeadingColor, TextAlign.Center);
        lines.Add(blocks.Paragraph(title, titleFlow, SplitRules.Unbreakable, division.TitleSource, [id], division));
        var outline = new DrawOp[] { new OutlineOp(0, 0, outlineTitle) };
        // The label and the title are one heading ("Chapter 3 History"); the ornament inside it is an artifact.
        return new HeadingElement(lines, outline, Theme.BodyLeading * 2, new StructTag(StructRole.H1), Grid);
    }

    /// <summary>A section heading ("2.1 Title", or the title alone) with its ornament above; outline level 1.</summary>
    private LayoutElement SectionHeading(Section section, string? sectionNumber, string outlineTitle)
    {
        var lines = new List<LayoutElement>();
        if (!string.IsNullOrEmpty(section.Ornament))
            lines.Add(blocks.Ornament(section.Ornament, Theme.SectionOrnamentSize));
        var style = new TextStyle(Theme.HeadingFamily, Theme.SectionTitleSize, Bold: true);
        var flow = blocks.Ragged(style, Theme.SectionTitleSize * 1.3f, Theme.HeadingColor);
        IReadOnlyList<Inline> heading = sectionNumber is null
            ? section.Title
            : [new EmphasisInline(EmphasisKind.Bold, [new TextInline(sectionNumber + "\u2002")]), .. section.Title];
        lines.Add(BlockBuilder.Tagged(blocks.Paragraph(heading, flow, SplitRules.Unbreakable, section.Source, [section.Id], section), StructRole.H2));
        var outline = new DrawOp[] { new OutlineOp(0, 1, outlineTitle) };
        return new HeadingElement(lines, outline, Theme.BodyLeading * 0.5f, grid: Grid);
    }
}
