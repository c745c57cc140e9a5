using System.Globalization;
using BookBuilder.Manuscript.SmartPunctuation;
using BookBuilder.Model;
using YamlDotNet.RepresentationModel;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Manifest;

public static partial class ManifestReader
{
    private sealed partial class Reader
    {
        /// <summary>'isbn': an ISBN-13 or ISBN-10 whose check digit is right, hyphens and spaces allowed.</summary>
        private string? Isbn()
        {
            if (OptionalString("isbn") is not { } text) return null;
            if (IsbnCheck.IsValid(text)) return text;
            diagnostics.Report(IsbnInvalid, At(Node("isbn")!), text);
            return null;
        }

        /// <summary>'series': a name, or a mapping with 'name' and 'number' (the book's position, from 1).</summary>
        private BookSeries? Series()
        {
            var node = Node("series");
            switch (node)
            {
                case null:
                    return null;
                case YamlScalarNode:
                    return Scalar("series", node, required: false) is { } name ? new BookSeries(PlainText.Typographic(name), null) : null;
                case YamlMappingNode map:
                    string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
                    foreach (var key in map.Children.Keys)
                        if ((key as YamlScalarNode)?.Value is not ("name" or "number"))
                            diagnostics.Report(UnknownField, At(key), $"series: {(key as YamlScalarNode)?.Value}", " (a series has 'name' and 'number')");
                    if (Get("name") is not { } seriesName)
                    {
                        diagnostics.Report(RequiredFieldMissing, At(map), "'name' for the series", "name the series the book belongs to");
                        return null;
                    }
                    int? number = null;
                    if (Get("number") is { } numberText)
                    {
                        if (int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) number = n;
                        else diagnostics.Report(FieldWrongType, At(map.Children[new YamlScalarNode("number")]), "series: number", "a whole number from 1, the book's place in the series");
                    }
                    return new BookSeries(PlainText.Typographic(seriesName), number);
                default:
                    diagnostics.Report(FieldWrongType, At(node), "series", "a name, or a mapping with 'name' and 'number'");
                    return null;
            }
        }

        /// <summary>'section-numbers': true (the default) or false.</summary>
        private bool SectionNumbers()
        {
            var node = Node("section-numbers");
            if (node is null) return true;
            if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text.Trim(), out var value)) return value;
            diagnostics.Report(FieldWrongType, At(node), "section-numbers", "true or false");
            return true;
        }
    }
}
