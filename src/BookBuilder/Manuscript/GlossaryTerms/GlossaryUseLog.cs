using BookBuilder.Model;

namespace BookBuilder.Manuscript.GlossaryTerms;

/// <summary>
/// Every linked use of a glossary term, in reading order, as the chapters and the FAQ are
/// converted; the glossary, converted after them, reads a <see cref="Snapshot"/>.
/// </summary>
internal sealed class GlossaryUseLog
{
    private readonly Dictionary<string, List<GlossaryUse>> _uses = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many uses of <paramref name="entryId"/> were recorded so far.</summary>
    public int CountOf(string entryId)
    {
        lock (_gate) return _uses.TryGetValue(entryId, out var list) ? list.Count : 0;
    }

    public void Add(string entryId, GlossaryUse use)
    {
        lock (_gate)
        {
            if (!_uses.TryGetValue(entryId, out var list)) _uses[entryId] = list = [];
            list.Add(use);
        }
    }

    /// <summary>The uses of every entry recorded so far, as they stand now.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<GlossaryUse>> Snapshot()
    {
        lock (_gate) return _uses.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<GlossaryUse>)kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
