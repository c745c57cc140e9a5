namespace BookBuilder.Model;

/// <summary>
/// A file of the manuscript as it was read (UTF-8, LF line endings), kept with the book so that a
/// later stage can point at a place in it (a character no font has, for instance) without reading
/// the manuscript again.
/// </summary>
/// <param name="Path">Path relative to the manuscript folder, e.g. <c>chapters/02-history.md</c>.</param>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>The first place of <paramref name="text"/> in this file, or null.</summary>
    public SourceSpan? Find(string text)
    {
        var index = Text.IndexOf(text, StringComparison.Ordinal);
        if (index < 0) return null;
        var lineStart = Text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0) lineStart = 0;
        var line = 1;
        for (var i = 0; i < lineStart; i++) if (Text[i] == '\n') line++;
        return new SourceSpan(Path, line, index - lineStart + 1);
    }
}
