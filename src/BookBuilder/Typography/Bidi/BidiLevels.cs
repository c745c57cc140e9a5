using static BookBuilder.Typography.Bidi.BidiClass;

namespace BookBuilder.Typography.Bidi;

/// <summary>
/// Resolves the embedding level of every character of one paragraph with the Unicode
/// Bidirectional Algorithm (UAX #9): the weak types (W1–W7), paired brackets (N0), neutrals
/// (N1–N2), implicit levels (I1–I2) and the paragraph-level part of L1 (separators and trailing
/// white space). Even levels are left-to-right, odd ones right-to-left.
/// <para>
/// Explicit embeddings, overrides and isolates (LRE, RLE, LRO, RLO, PDF, LRI, RLI, FSI, PDI) are
/// treated as invisible: removed as rule X9 removes boundary neutrals, so their content is resolved
/// as if they were not there. The marks LRM, RLM and ALM are honoured: they are strong characters.
/// </para>
/// </summary>
public static class BidiLevels
{
    /// <summary>Deepest nesting of paired brackets that rule BD16 follows.</summary>
    private const int MaxBracketDepth = 63;

    /// <summary>
    /// Whether <paramref name="text"/> holds anything that can put a character at another level
    /// than the left-to-right paragraph's (a right-to-left letter or mark, an Arabic number).
    /// When false, <see cref="Resolve"/> with level 0 gives level 0 everywhere.
    /// </summary>
    public static bool NeedsResolving(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (cp < 0x0590) continue; // Latin, Greek, Cyrillic...: nothing right-to-left below Hebrew
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(text[i], text[++i]);
            if (BidiCharacter.IsRightToLeft(BidiCharacter.ClassOf(cp))) return true;
        }
        return false;
    }

    /// <summary>
    /// The level of a paragraph whose direction nothing outside it sets (UAX #9 rules P2 and P3):
    /// 1 when its first strong character (L, R or AL), skipping what stands between an isolate
    /// initiator and its matching PDI, is right-to-left; else 0.
    /// </summary>
    public static byte ParagraphLevel(ReadOnlySpan<char> text)
    {
        var isolates = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(text[i], text[++i]);
            switch (BidiCharacter.ClassOf(cp))
            {
                case LRI or RLI or FSI:
                    isolates++;
                    break;
                case PDI when isolates > 0:
                    isolates--;
                    break;
                case L when isolates == 0:
                    return 0;
                case R or AL when isolates == 0:
                    return 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// The embedding level of each UTF-16 code unit of <paramref name="text"/>, a paragraph at
    /// <paramref name="paragraphLevel"/> (0: left-to-right, 1: right-to-left). The low surrogate
    /// of a pair, and characters rule X9 removes, get the level of the character before them.
    /// </summary>
    public static byte[] Resolve(string text, byte paragraphLevel = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (paragraphLevel > 1) throw new ArgumentOutOfRangeException(nameof(paragraphLevel), "A paragraph is at level 0 or 1.");
        var n = text.Length;
        var levels = new byte[n];
        if (n == 0) return levels;

        var original = new BidiClass[n];
        var codePoints = new int[n];
        var seq = new List<int>(n); // positions of the characters that take part (rule X9)
        for (var i = 0; i < n; i++)
        {
            int cp = text[i];
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < n && char.IsLowSurrogate(text[i + 1]);
            if (pair) cp = char.ConvertToUtf32(text[i], text[i + 1]);
            codePoints[i] = cp;
            original[i] = BidiCharacter.ClassOf(cp);
            if (!IsRemoved(original[i])) seq.Add(i);
            if (pair)
            {
                original[i + 1] = BN;
                codePoints[++i] = -1;
            }
        }

        var e = paragraphLevel;
        var embedding = (e & 1) == 0 ? L : R;
        var t = new BidiClass[seq.Count];
        for (var k = 0; k < t.Length; k++) t[k] = original[seq[k]];
        // One isolating run sequence: with the explicit formatting characters gone, every character
        // is at the paragraph level, and sos and eos are the paragraph's direction.
        ResolveWeakTypes(t, embedding);
        ResolvePairedBrackets(t, seq, original, codePoints, embedding);
        ResolveNeutrals(t, embedding);

        for (var k = 0; k < t.Length; k++)
        {
            var level = e;
            if ((e & 1) == 0)
            {
                if (t[k] == R) level += 1;
                else if (t[k] is AN or EN) level += 2;
            }
            else if (t[k] is L or EN or AN) level += 1;
            levels[seq[k]] = level;
        }
        for (var i = 0; i < n; i++)
            if (IsRemoved(original[i])) levels[i] = i == 0 ? e : levels[i - 1];

        ResetSeparatorsAndTrailingSpace(levels, original, e);
        for (var i = 1; i < n; i++)
            if (codePoints[i] < 0) levels[i] = levels[i - 1]; // a low surrogate goes with its pair
        return levels;
    }

    /// <summary>Rules W1–W7, in order, over the classes of one isolating run sequence.</summary>
    private static void ResolveWeakTypes(BidiClass[] t, BidiClass sos)
    {
        var m = t.Length;
        // W1: a non-spacing mark takes the type of the character before it.
        for (var k = 0; k < m; k++)
            if (t[k] == NSM) t[k] = k == 0 ? sos : t[k - 1];
        // W2: a European number after an Arabic letter is an Arabic number.
        var lastStrong = sos;
        for (var k = 0; k < m; k++)
        {
            if (t[k] is L or R or AL) lastStrong = t[k];
            else if (t[k] == EN && lastStrong == AL) t[k] = AN;
        }
        // W3: Arabic letters are right-to-left.
        for (var k = 0; k < m; k++)
            if (t[k] == AL) t[k] = R;
        // W4: a single separator between two numbers of one kind joins them.
        for (var k = 1; k + 1 < m; k++)
        {
            if (t[k] == ES && t[k - 1] == EN && t[k + 1] == EN) t[k] = EN;
            else if (t[k] == CS && t[k - 1] == EN && t[k + 1] == EN) t[k] = EN;
            else if (t[k] == CS && t[k - 1] == AN && t[k + 1] == AN) t[k] = AN;
        }
        // W5: terminators next to a European number belong to it.
        for (var k = 0; k < m; k++)
        {
            if (t[k] != ET) continue;
            var end = k;
            while (end < m && t[end] == ET) end++;
            if ((k > 0 && t[k - 1] == EN) || (end < m && t[end] == EN))
                for (var j = k; j < end; j++) t[j] = EN;
            k = end - 1;
        }
        // W6: separators and terminators left over are neutral.
        for (var k = 0; k < m; k++)
            if (t[k] is ES or ET or CS) t[k] = ON;
        // W7: a European number in left-to-right context is left-to-right.
        lastStrong = sos;
        for (var k = 0; k < m; k++)
        {
            if (t[k] is L or R) lastStrong = t[k];
            else if (t[k] == EN && lastStrong == L) t[k] = L;
        }
    }

    /// <summary>
    /// Rule N0: a pair of brackets takes the direction of what it encloses, so that "(…)" around a
    /// right-to-left phrase is mirrored and set with it. Pairs are found as BD16 says.
    /// </summary>
    private static void ResolvePairedBrackets(BidiClass[] t, List<int> seq, BidiClass[] original, int[] codePoints, BidiClass embedding)
    {
        var pairs = new List<(int Open, int Close)>();
        var stack = new List<(int Closing, int Position)>();
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] != ON) continue;
            var cp = BidiCharacter.CanonicalBracket(codePoints[seq[k]]);
            if (BidiCharacter.IsOpeningBracket(cp, out var closing))
            {
                if (stack.Count == MaxBracketDepth) break;
                stack.Add((closing, k));
                continue;
            }
            for (var s = stack.Count - 1; s >= 0; s--)
            {
                if (stack[s].Closing != cp) continue;
                pairs.Add((stack[s].Position, k));
                stack.RemoveRange(s, stack.Count - s);
                break;
            }
        }
        if (pairs.Count == 0) return;
        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));

        var opposite = embedding == L ? R : L;
        foreach (var (open, close) in pairs)
        {
            bool same = false, other = false;
            for (var k = open + 1; k < close && !same; k++)
            {
                var strong = StrongDirection(t[k]);
                if (strong == embedding) same = true;
                else if (strong == opposite) other = true;
            }
            BidiClass direction;
            if (same) direction = embedding;
            else if (other) direction = PrecedingStrong(t, open, embedding) == opposite ? opposite : embedding;
            else continue; // no strong type inside: the brackets stay neutral
            SetBracket(t, seq, original, open, direction);
            SetBracket(t, seq, original, close, direction);
        }
    }

    private static void SetBracket(BidiClass[] t, List<int> seq, BidiClass[] original, int k, BidiClass direction)
    {
        t[k] = direction;
        // Marks on a bracket follow it (W1 had given them the bracket's old, neutral type).
        for (var j = k + 1; j < t.Length && original[seq[j]] == NSM; j++) t[j] = direction;
    }

    /// <summary>The first strong direction before position <paramref name="k"/>, else sos.</summary>
    private static BidiClass PrecedingStrong(BidiClass[] t, int k, BidiClass sos)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            var strong = StrongDirection(t[j]);
            if (strong != ON) return strong;
        }
        return sos;
    }

    /// <summary>L for L; R for R and numbers (which count as right-to-left for neutrals); else ON.</summary>
    private static BidiClass StrongDirection(BidiClass c) => c switch
    {
        L => L,
        R or EN or AN => R,
        _ => ON,
    };

    /// <summary>Rules N1 and N2: neutrals between two runs of one direction take it; others the embedding direction.</summary>
    private static void ResolveNeutrals(BidiClass[] t, BidiClass embedding)
    {
        var m = t.Length;
        for (var k = 0; k < m; k++)
        {
            if (!IsNeutral(t[k])) continue;
            var end = k;
            while (end < m && IsNeutral(t[end])) end++;
            var before = k == 0 ? embedding : StrongDirection(t[k - 1]);
            var after = end == m ? embedding : StrongDirection(t[end]);
            var direction = before == after ? before : embedding;
            for (var j = k; j < end; j++) t[j] = direction;
            k = end - 1;
        }
    }

    /// <summary>Rule L1 within the paragraph: separators, and white space before them or at the end, go to the paragraph level.</summary>
    private static void ResetSeparatorsAndTrailingSpace(byte[] levels, BidiClass[] original, byte paragraphLevel)
    {
        var trailing = true;
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            var c = original[i];
            if (c is S or B)
            {
                levels[i] = paragraphLevel;
                trailing = true;
            }
            else if (trailing && (c is WS or LRI or RLI or FSI or PDI || IsRemoved(c))) levels[i] = paragraphLevel;
            else trailing = false;
        }
    }

    private static bool IsNeutral(BidiClass c) => c is B or S or WS or ON;

    /// <summary>Characters rule X9 removes; here the explicit formatting characters too (see the class remarks).</summary>
    private static bool IsRemoved(BidiClass c) => c is BN or LRE or RLE or LRO or RLO or PDF or LRI or RLI or FSI or PDI;
}
