using YamlDotNet.RepresentationModel;

namespace BookBuilder.Manuscript.Manifest;

/// <summary>
/// YAML merge keys (<c>&lt;&lt;: *defaults</c>), which YamlDotNet's document model leaves as an
/// ordinary key: a book.yml that shares fields through an anchor read as if the fields were
/// missing ("'authors' is empty"). The keys of the merged mappings are copied in where the
/// mapping does not set them itself, as YAML 1.1 defines it; nodes keep their places for messages.
/// </summary>
internal static class YamlMerge
{
    private const string MergeKey = "<<";

    /// <summary>Resolves every merge key under <paramref name="node"/>, in place.</summary>
    public static void Expand(YamlNode node) => Expand(node, 0, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));

    private static void Expand(YamlNode node, int depth, HashSet<YamlNode> done)
    {
        // An alias makes one node appear in several places: it is expanded once. A document
        // deeper than this is no book.yml.
        if (depth > 64 || !done.Add(node)) return;
        switch (node)
        {
            case YamlMappingNode map:
                var merged = new List<YamlMappingNode>();
                foreach (var key in map.Children.Keys.ToArray())
                {
                    if (key is not YamlScalarNode { Value: MergeKey, Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any }) continue;
                    var value = map.Children[key];
                    if (value is YamlMappingNode one) merged.Add(one);
                    else if (value is YamlSequenceNode many) merged.AddRange(many.Children.OfType<YamlMappingNode>());
                    map.Children.Remove(key);
                }
                foreach (var value in map.Children.Values) Expand(value, depth + 1, done);
                // The mapping's own keys win; among merged mappings, the first to set a key wins.
                foreach (var source in merged)
                {
                    Expand(source, depth + 1, done);
                    foreach (var (key, value) in source.Children)
                        if (!map.Children.ContainsKey(key)) map.Children.Add(key, value);
                }
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children) Expand(item, depth + 1, done);
                break;
        }
    }
}
