using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.SmartPunctuation;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static BookBuilder.Diagnostics.DiagnosticCatalog;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.Chapters;

/// <summary>
/// What the YAML front matter of a chapter file says about the chapter: who wrote it (printed under
/// its title, as an attribution) and a sentence or two about it (the EPUB's description of the
/// chapter's page).
/// </summary>
internal sealed record ChapterFrontMatter(string? Author, string? Description)
{
    /// <summary>The keys a chapter's front matter may hold.</summary>
    public static readonly IReadOnlyList<string> Keys = ["author", "description"];

    public static ChapterFrontMatter None { get; } = new(null, null);

    /// <summary>
    /// Reads the front matter block of <paramref name="file"/>: an unknown key is a warning (left
    /// out), malformed YAML or a value of the wrong type an error, each at its line in the file.
    /// </summary>
    public static ChapterFrontMatter Read(YamlFrontMatterBlock block, string file, DiagnosticBag diagnostics)
    {
        // Markdig counts lines from 0 and the block from its opening '---'; YAML counts from 1 after it.
        var firstLine = block.Line + 2;
        SourceSpan At(Mark mark) => new(file, firstLine + (int)mark.Line - 1, (int)mark.Column);
        var text = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Report(ChapterFrontMatterMalformed, At(e.Start), Reason(e));
            return None;
        }
        if (root is null || root is YamlScalarNode { Value: null or "" }) return None;
        if (root is not YamlMappingNode map)
        {
            diagnostics.Report(ChapterFrontMatterMalformed, At(root.Start), "it must be a mapping of keys such as 'author: ...'");
            return None;
        }
        string? author = null, description = null;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "author":
                    author = Names(value) is { } names ? Blank(names) : Wrong(key, value, "a name or a list of names");
                    break;
                case "description":
                    description = value is YamlScalarNode s ? Blank(s.Value) : Wrong(key, value, "a text");
                    break;
                default:
                    diagnostics.Report(ChapterFrontMatterUnknownKey, At(keyNode.Start), key, string.Join(" and ", Keys.Select(k => $"'{k}'")));
                    break;
            }
        }
        return new ChapterFrontMatter(author is null ? null : PlainText.Typographic(author), description is null ? null : PlainText.Typographic(description));

        string? Wrong(string key, YamlNode node, string expected)
        {
            diagnostics.Report(ChapterFrontMatterWrongType, At(node.Start), key, expected);
            return null;
        }
    }

    /// <summary>One name, or a list of names joined by commas; null when the value is neither.</summary>
    private static string? Names(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode s:
                return Blank(s.Value) ?? "";
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                var names = list.Children.Select(c => Blank(((YamlScalarNode)c).Value)).OfType<string>().ToList();
                return string.Join(", ", names);
            default:
                return null;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Reason(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet puts the place in front of its message: the diagnostic already has it.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}
