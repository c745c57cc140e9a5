namespace BookBuilder.Typography.Bidi;

/// <summary>Rule L2 of the Unicode Bidirectional Algorithm: the visual order of the pieces of one line.</summary>
public static class BidiReorder
{
    /// <summary>
    /// The indices of <paramref name="levels"/> (the embedding levels of a line's pieces in logical
    /// order) in visual order, left to right: from the highest level down to the lowest odd one,
    /// every maximal sequence at that level or above is reversed.
    /// </summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> levels)
    {
        var n = levels.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        byte highest = 0, lowestOdd = byte.MaxValue;
        foreach (var level in levels)
        {
            if (level > highest) highest = level;
            if ((level & 1) == 1 && level < lowestOdd) lowestOdd = level;
        }
        // With no odd level, every reversal would be undone by the next level down.
        if (lowestOdd == byte.MaxValue) return order;
        for (int level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < n; i++)
            {
                if (levels[order[i]] < level) continue;
                var end = i;
                while (end < n && levels[order[end]] >= level) end++;
                order.AsSpan(i, end - i).Reverse();
                i = end;
            }
        }
        return order;
    }
}
