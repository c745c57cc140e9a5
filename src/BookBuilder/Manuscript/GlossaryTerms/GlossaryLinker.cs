using BookBuilder.Manuscript.Conversion;
using BookBuilder.Model;
using SourceSpan = BookBuilder.Model.SourceSpan;

namespace BookBuilder.Manuscript.GlossaryTerms;

/// <summary>
/// Links the first use in one division of each glossary term to its entry, as a
/// <see cref="GlossaryRefInline"/> with an anchor of its own that the glossary links back to.
/// </summary>
internal sealed class GlossaryLinker(DivisionScope scope)
{
    private readonly HashSet<string> _usedHere = new(StringComparer.Ordinal);

    public List<Inline> Link(List<Inline> inlines)
    {
        var result = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    Split(t.Text, result);
                    break;
                case EmphasisInline e:
                    result.Add(e with { Children = Link(e.Children.ToList()) });
                    break;
                case IndexMarkInline m:
                    result.Add(m with { Children = Link(m.Children.ToList()) });
                    break;
                case LanguageInline l:
                    result.Add(l with { Children = Link(l.Children.ToList()) });
                    break;
                default:
                    result.Add(inline);
                    break;
            }
        }
        return result;
    }

    private void Split(string text, List<Inline> into)
    {
        var glossary = scope.Services.Index.Glossary;
        var uses = scope.Services.GlossaryUses;
        var pos = 0;
        foreach (var (index, length, entryId) in glossary.Matcher.Matches(text))
        {
            if (index < pos || !_usedHere.Add(entryId)) continue;
            if (index > pos) into.Add(new TextInline(text[pos..index]));
            var useId = scope.Services.Anchors.AddDerived($"use-{entryId}-{uses.CountOf(entryId) + 1}", "use", AnchorKind.GlossaryUse,
                scope.DivisionId, glossary.Headword(entryId), new SourceSpan(scope.File, 0, 0));
            uses.Add(entryId, new GlossaryUse(useId, scope.DivisionId));
            into.Add(new GlossaryRefInline(entryId, useId, [new TextInline(text.Substring(index, length))]));
            pos = index + length;
        }
        if (pos < text.Length) into.Add(new TextInline(pos == 0 ? text : text[pos..]));
    }
}
