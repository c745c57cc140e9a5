namespace BookBuilder.Manuscript.Sources;

/// <summary>
/// Finds a block of text with more emphasis and link markers than <see cref="InputLimits.MarkersPerBlock"/>
/// before the Markdown reader sees it: the reader pairs markers in time that grows with the square of
/// their number, so a flood of stray '*' in one paragraph would take minutes. Blocks are runs of
/// lines between blank lines; fenced code is not counted (its markers are text).
/// </summary>
internal static class MarkerFlood
{
    /// <summary>The first line (from 1) of the first block over the limit and its number of markers; null when there is none.</summary>
    public static (int Line, int Markers)? Find(string text)
    {
        int line = 0, blockStart = 1, markers = 0;
        string? fence = null;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            line++;
            var trimmed = raw.TrimStart();
            if (fence is null && (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")))
            {
                fence = trimmed[..3].ToString();
                continue;
            }
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence)) fence = null;
                continue;
            }
            if (trimmed.IsWhiteSpace())
            {
                markers = 0;
                blockStart = line + 1;
                continue;
            }
            foreach (var c in raw)
                if (c is '*' or '_' or '[') markers++;
            if (markers > InputLimits.MarkersPerBlock)
            {
                // Count the rest of the block, so that the message says how many there are.
                var total = markers + Rest(text, line);
                return (blockStart, total);
            }
        }
        return null;
    }

    private static int Rest(string text, int afterLine)
    {
        int line = 0, markers = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            if (++line <= afterLine) continue;
            if (raw.IsWhiteSpace()) break;
            foreach (var c in raw)
                if (c is '*' or '_' or '[') markers++;
        }
        return markers;
    }
}
