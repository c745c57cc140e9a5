using System.Text.RegularExpressions;

namespace BookBuilder.Manuscript.GlossaryTerms;

/// <summary>
/// Finds uses of glossary terms (headwords and aliases) in running text: whole words, any case,
/// straight and typographic apostrophes alike, longest term first.
/// </summary>
internal sealed class GlossaryMatcher
{
    private readonly Regex? _regex;
    private readonly Dictionary<string, string> _entryByForm = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="forms">Every spelling with the entry id it belongs to.</param>
    public GlossaryMatcher(IEnumerable<(string Form, string EntryId)> forms)
    {
        foreach (var (form, id) in forms)
            _entryByForm.TryAdd(Normalise(form), id);
        if (_entryByForm.Count == 0) return;
        var alternatives = _entryByForm.Keys
            .OrderByDescending(f => f.Length)
            .Select(f => Regex.Escape(f).Replace(@"\ ", @"\s+"));
        _regex = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Every match in <paramref name="text"/> with the id of the entry it names.</summary>
    public IEnumerable<(int Index, int Length, string EntryId)> Matches(string text)
    {
        if (_regex is null) yield break;
        var normalised = Normalise(text);
        foreach (Match m in _regex.Matches(normalised))
        {
            var key = Regex.Replace(m.Value, @"\s+", " ");
            if (_entryByForm.TryGetValue(key, out var id)) yield return (m.Index, m.Length, id);
        }
    }

    // Same length as the input so that match indices apply to the original text.
    private static string Normalise(string s) => s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u00A0', ' ');
}
