using Markdig;

namespace BookBuilder.Manuscript.Sources;

/// <summary>The one Markdig pipeline every manuscript file is parsed with.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// Front matter, definition lists (glossary), footnotes, smart typography, pipe tables,
    /// figures, custom containers (ornaments), extra emphasis, index spans (<c>[text]{.index}</c>),
    /// and generic attributes for explicit ids. Generic attributes must be registered last.
    /// </summary>
    public static MarkdownPipeline Shared { get; } = new MarkdownPipelineBuilder()
        .Use<Index.IndexSpanExtension>()
        .UseYamlFrontMatter()
        .UseDefinitionLists()
        .UseFootnotes()
        .UseSmartyPants()
        .UsePipeTables()
        .UseFigures()
        .UseCustomContainers()
        .UseEmphasisExtras()
        .UseGenericAttributes()
        .Build();
}
