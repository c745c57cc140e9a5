using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace BookBuilder.Manuscript.Index;

/// <summary>
/// The start of an index span <c>[text]{.index ...}</c>: the text between it and its
/// <see cref="IndexSpanEnd"/> is parsed as any other Markdown, so it may hold emphasis, code, links
/// and footnote calls.
/// </summary>
internal sealed class IndexSpanStart : LeafInline;

/// <summary>The end of an index span, with the attributes written after it.</summary>
internal sealed class IndexSpanEnd(HtmlAttributes attributes) : LeafInline
{
    public HtmlAttributes Attributes { get; } = attributes;
}

/// <summary>
/// Reads pandoc's bracketed spans when their attributes carry the class <c>index</c> or a
/// language (<c>[Волга]{lang=ru}</c>, which the inline converter makes a language span):
/// <c>[river banks]{.index}</c>, <c>[banks]{.index term="River!banks"}</c>, <c>[]{.index
/// term="Stream" see="River"}</c>. At the '[' it looks for the matching ']' followed by the
/// attributes; when they name the index it leaves a start mark and lets Markdig parse the text
/// inside as usual, and at that ']' it leaves the end mark and consumes the attributes. Any other
/// bracket is left to the link parser.
/// </summary>
internal sealed class IndexSpanParser : InlineParser
{
    public const string IndexClass = "index";

    public IndexSpanParser() => OpeningCharacters = ['[', ']'];

    /// <summary>The spans opened in the block being parsed: where each closes and where its attributes end.</summary>
    private sealed class State(Markdig.Syntax.LeafBlock? block)
    {
        public Markdig.Syntax.LeafBlock? Block { get; } = block;
        public Stack<(int Close, int End, HtmlAttributes Attributes)> Open { get; } = new();
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.ParserStates[Index] is not State state || !ReferenceEquals(state.Block, processor.Block))
            processor.ParserStates[Index] = state = new State(processor.Block);
        var start = slice.Start;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        if (slice.CurrentChar == ']')
        {
            if (state.Open.Count == 0 || state.Open.Peek().Close != start) return false;
            var (_, end, attributes) = state.Open.Pop();
            processor.Inline = new IndexSpanEnd(attributes) { Span = new(position, position + end - start - 1), Line = line, Column = column };
            slice.Start = end;
            return true;
        }
        if (!FindEnd(slice, out var close, out var after, out var found)) return false;
        state.Open.Push((close, after, found));
        processor.Inline = new IndexSpanStart { Span = new(position, position), Line = line, Column = column };
        slice.SkipChar();
        return true;
    }

    /// <summary>Whether attributes make a span this parser reads: they name the index or a language.</summary>
    public static bool IsSpan(HtmlAttributes attributes) => IsIndex(attributes) || LanguageOf(attributes) is not null;

    public static bool IsIndex(HtmlAttributes attributes) => attributes.Classes?.Contains(IndexClass) == true;

    /// <summary>The <c>lang</c> the attributes give, or null.</summary>
    public static string? LanguageOf(HtmlAttributes attributes) =>
        attributes.Properties?.LastOrDefault(p => p.Key == "lang").Value?.Trim() is { Length: > 0 } lang ? lang : null;

    /// <summary>The ']' that closes the '[' at the start of <paramref name="slice"/>, when index attributes follow it.</summary>
    private static bool FindEnd(StringSlice slice, out int close, out int after, out HtmlAttributes attributes)
    {
        close = after = -1;
        attributes = null!;
        var text = slice.Text;
        var depth = 0;
        for (var i = slice.Start + 1; i <= slice.End; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') { depth++; continue; }
            if (c != ']') continue;
            if (depth-- > 0) continue;
            if (i + 1 > slice.End || text[i + 1] != '{') return false;
            var rest = new StringSlice(text, i + 1, slice.End);
            if (!GenericAttributesParser.TryParse(ref rest, out var parsed) || parsed is null || !IsSpan(parsed)) return false;
            (close, after, attributes) = (i, rest.Start, parsed);
            return true;
        }
        return false;
    }
}

/// <summary>Adds <see cref="IndexSpanParser"/> to a pipeline, before the link parser that would read its brackets.</summary>
internal sealed class IndexSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<IndexSpanParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new IndexSpanParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
