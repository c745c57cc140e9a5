using BookBuilder.Diagnostics;
using BookBuilder.Model;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;
using SourceSpan = BookBuilder.Model.SourceSpan;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript;

/// <summary>
/// Reads a manuscript folder (book.yml, chapter files, FAQ, glossary) into a <see cref="Book"/>.
/// All problems are collected as diagnostics; the book is returned even when some are errors, so
/// that a check can report everything at once (callers must not render a book with errors).
/// </summary>
public static class ManuscriptLoader
{
    /// <summary>Loads the manuscript; null when it is too broken to model (no usable book.yml).</summary>
    public static Book? Load(string manuscriptDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(manuscriptDir))
        {
            diagnostics.Report(ManuscriptFolderMissing, manuscriptDir, 0, 0);
            return null;
        }
        var root = Path.GetFullPath(manuscriptDir);
        // An unexpected failure names the file it happened in (or, further in, the block).
        var manifest = InFile(ManifestReader.FileName, () => ManifestReader.Read(root, diagnostics));
        if (manifest is null) return null;

        var ctx = new ConversionContext(root, diagnostics);
        var chapters = ParseAll(root, manifest.Chapters, ctx);
        var faq = manifest.Faq is null ? null : Parse(root, manifest.Faq, ctx);
        var glossary = manifest.Glossary is null ? null : Parse(root, manifest.Glossary, ctx);

        // Anchor pass: every heading of every file gets its id before any link is resolved, so
        // links may point forwards and across files.
        foreach (var (file, doc) in chapters) InFile(file, () => RegisterChapterAnchors(file, doc, ctx));
        if (faq is { } f) InFile(f.File, () => RegisterAppendixAnchors(f.File, f.Doc, ctx, "faq", AnchorKind.FaqAppendix, AnchorKind.FaqEntry, "faq-"));
        var glossaryEntries = glossary is { } g ? InFile(g.File, () => RegisterGlossary(g.File, g.Doc, ctx)) : [];
        ctx.Glossary = new GlossaryMatcher(glossaryEntries.SelectMany(e => e.Terms.Select(t => (t.Text, e.Id))));

        var chapterModels = new List<Chapter>();
        foreach (var (file, doc) in chapters)
        {
            var chapter = InFile(file, () => ChapterBuilder.Build(file, doc, chapterModels.Count + 1, ctx));
            if (chapter is not null) chapterModels.Add(chapter);
        }
        var faqModel = faq is { } fq ? InFile(fq.File, () => FaqBuilder.Build(fq.File, fq.Doc, ctx)) : null;
        var glossaryModel = glossary is { } gl ? InFile(gl.File, () => GlossaryBuilder.Build(gl.File, gl.Doc, glossaryEntries, ctx)) : null;

        return new Book
        {
            Metadata = manifest.Metadata,
            Chapters = chapterModels,
            Faq = faqModel,
            Glossary = glossaryModel,
            Anchors = new Dictionary<string, Anchor>(ctx.Anchors.All, StringComparer.Ordinal),
            Images = ctx.Images.All,
            ManuscriptDirectory = root,
        };
    }

    private static List<(string File, MarkdownDocument Doc)> ParseAll(string root, IEnumerable<ManifestFile> files, ConversionContext ctx)
    {
        var result = new List<(string, MarkdownDocument)>();
        foreach (var file in files)
            if (Parse(root, file, ctx) is { } parsed) result.Add(parsed);
        return result;
    }

    private static (string File, MarkdownDocument Doc)? Parse(string root, ManifestFile file, ConversionContext ctx) =>
        InFile(file.RelativePath, () => ParseFile(root, file, ctx));

    /// <summary>Runs the work on one file so that an unexpected failure in it names the file.</summary>
    private static T InFile<T>(string file, Func<T> work) => InputLocationException.At(InputLocationException.InFile(file), work);

    private static void InFile(string file, Action work) => InFile(file, () => { work(); return true; });

    private static (string File, MarkdownDocument Doc)? ParseFile(string root, ManifestFile file, ConversionContext ctx)
    {
        var path = Path.Combine(root, file.RelativePath);
        if (!File.Exists(path))
        {
            ctx.Diagnostics.Report(ListedFileMissing, file.DeclaredAt, file.RelativePath);
            return null;
        }
        var text = SourceText.Read(path, file.RelativePath, ctx.Diagnostics);
        if (text is null) return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            ctx.Diagnostics.Report(FileEmpty, file.RelativePath, 1, 1);
            return null;
        }
        MarkdownDocument doc;
        try
        {
            doc = Markdown.Parse(text, MarkdownPipelineFactory.Shared);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Diagnostics.Report(NestedTooDeeply, file.RelativePath, 1, 1, DivisionConverter.MaxNesting);
            return null;
        }
        doc.SetData(DivisionConverter.SourceKey, text);
        return (file.RelativePath, doc);
    }

    internal static SourceSpan At(string file, MarkdownObject o) => new(file, o.Line + 1, o.Column + 1);

    internal static string? ExplicitId(MarkdownObject o) => o.TryGetAttributes()?.Id is { Length: > 0 } id ? id : null;

    /// <summary>A heading's plain text with the same typography as the body (for ids and labels).</summary>
    internal static string HeadingText(LeafBlock h) => InlinePlain(h.Inline);

    internal static string InlinePlain(Markdig.Syntax.Inlines.ContainerInline? container)
    {
        var sb = new System.Text.StringBuilder();
        if (container is null) return "";
        foreach (var inline in container.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            switch (inline)
            {
                case Markdig.Syntax.Inlines.LiteralInline lit: sb.Append(lit.Content.ToString()); break;
                case Markdig.Extensions.SmartyPants.SmartyPant sp: sb.Append(DivisionConverter.SmartyText(sp)); break;
                case Markdig.Syntax.Inlines.CodeInline code: sb.Append(code.Content); break;
                case Markdig.Syntax.Inlines.LineBreakInline: sb.Append(' '); break;
            }
        }
        return StraightQuotes.Curl(sb.ToString()).Trim();
    }

    private static string Register(ConversionContext ctx, MdBlock block, string file, string wanted, string fallback, AnchorKind kind, string division, string label)
    {
        var at = At(file, block);
        var id = ExplicitId(block) is { } explicitId
            ? ctx.Anchors.AddExplicit(explicitId, kind, division, label, at)
            : ctx.Anchors.AddDerived(wanted, fallback, kind, division, label, at);
        ctx.BlockIds[block] = id;
        return id;
    }

    private static void RegisterChapterAnchors(string file, MarkdownDocument doc, ConversionContext ctx)
    {
        var title = doc.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var chapterTitle = title is null ? Path.GetFileNameWithoutExtension(file) : HeadingText(title);
        var chapterId = title is null
            ? ctx.Anchors.AddDerived(Slugger.Slugify(chapterTitle), "chapter", AnchorKind.Chapter, "", chapterTitle, new SourceSpan(file, 1, 1))
            : Register(ctx, title, file, Slugger.Slugify(chapterTitle), "chapter", AnchorKind.Chapter, "", chapterTitle);
        // An anchor's division is itself for a chapter; re-register with the right division id.
        ctx.Anchors.SetDivision(chapterId, chapterId);
        ctx.DivisionOfFile[file] = chapterId;
        RegisterInner(file, doc, ctx, chapterId, title, AnchorKind.Section, "");
    }

    private static void RegisterAppendixAnchors(string file, MarkdownDocument doc, ConversionContext ctx, string defaultId, AnchorKind kind, AnchorKind entryKind, string entryPrefix)
    {
        var title = doc.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var label = title is null ? defaultId : HeadingText(title);
        var id = title is null
            ? ctx.Anchors.AddDerived(defaultId, defaultId, kind, defaultId, label, new SourceSpan(file, 1, 1))
            : Register(ctx, title, file, defaultId, defaultId, kind, "", label);
        ctx.Anchors.SetDivision(id, id);
        ctx.DivisionOfFile[file] = id;
        RegisterInner(file, doc, ctx, id, title, entryKind, entryPrefix);
    }

    private static void RegisterInner(string file, MarkdownDocument doc, ConversionContext ctx, string division, HeadingBlock? title, AnchorKind level2Kind, string level2Prefix)
    {
        foreach (var block in doc.Descendants<MdBlock>())
        {
            if (ReferenceEquals(block, title)) continue;
            if (block is HeadingBlock h)
            {
                var text = HeadingText(h);
                var kind = h.Level == 2 ? level2Kind : AnchorKind.Heading;
                var slug = Slugger.Slugify(text);
                if (h.Level == 2 && level2Prefix.Length > 0) slug = level2Prefix + Shorten(slug);
                Register(ctx, h, file, slug, kind.ToString().ToLowerInvariant(), kind, division, text);
            }
            else if (ExplicitId(block) is not null && block is not DefinitionTerm)
            {
                Register(ctx, block, file, "", "anchor", AnchorKind.Custom, division, ExplicitId(block)!);
            }
        }
    }

    /// <summary>Keeps ids of long questions readable: the first few words.</summary>
    private static string Shorten(string slug)
    {
        var words = slug.Split('-');
        return string.Join('-', words.Take(6));
    }

    private static List<GlossaryBuilder.PendingEntry> RegisterGlossary(string file, MarkdownDocument doc, ConversionContext ctx)
    {
        RegisterAppendixAnchors(file, doc, ctx, "glossary", AnchorKind.Glossary, AnchorKind.Heading, "");
        var glossaryId = ctx.DivisionOfFile[file];
        var entries = new List<GlossaryBuilder.PendingEntry>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in doc.Descendants<Markdig.Extensions.DefinitionLists.DefinitionItem>())
        {
            var terms = new List<(string Text, SourceSpan At)>();
            foreach (var term in item.OfType<DefinitionTerm>())
            {
                var text = TermText(term);
                if (text.Length == 0) continue;
                var at = At(file, term);
                if (seen.TryGetValue(text, out var first))
                {
                    ctx.Diagnostics.Report(GlossaryTermTwice, at, text, first);
                    continue;
                }
                seen[text] = at;
                terms.Add((text, at));
            }
            if (terms.Count == 0) continue;
            var headword = terms[0];
            var firstTerm = item.OfType<DefinitionTerm>().First();
            var id = Register(ctx, firstTerm, file, "gloss-" + Slugger.Slugify(headword.Text), "gloss", AnchorKind.GlossaryEntry, glossaryId, headword.Text);
            ctx.GlossaryTerms[id] = headword.Text;
            entries.Add(new GlossaryBuilder.PendingEntry(id, terms, item));
        }
        return entries;
    }

    private static string TermText(DefinitionTerm term) => InlinePlain(term.Inline);

    internal static bool IsSkippable(MdBlock b) => b is YamlFrontMatterBlock or BlankLineBlock or LinkReferenceDefinitionGroup or FootnoteGroup;

    internal static bool IsOrnament(MdBlock b) => b is CustomContainer cc && DivisionConverter.IsOrnament(cc);
}
