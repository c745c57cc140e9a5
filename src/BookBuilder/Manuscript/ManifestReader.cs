using System.Globalization;
using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BookBuilder.Manuscript;

/// <summary>
/// Reads and validates book.yml. Every problem becomes a diagnostic with the line it stands on;
/// a manifest is returned only when the metadata is complete enough to build an edition.
/// </summary>
public static partial class ManifestReader
{
    /// <summary>The file name looked for in a manuscript folder.</summary>
    public const string FileName = "book.yml";

    private static readonly string[] KnownKeys =
    [
        "title", "subtitle", "ornament", "author", "authors", "language", "identifier", "date",
        "publisher", "rights", "description", "subjects", "edition", "slug", "chapters", "faq", "glossary",
        "hyphenation",
    ];

    /// <summary>Reads book.yml from <paramref name="manuscriptDir"/>; null when it cannot be used.</summary>
    public static BookManifest? Read(string manuscriptDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(manuscriptDir, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(FileName, 0, 0, $"missing {FileName}: every manuscript folder needs one (title, authors, language, identifier, date, chapters)", "BB001");
            return null;
        }

        var text = SourceText.Read(path, FileName, diagnostics);
        if (text is null) return null;

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                diagnostics.Error(FileName, 1, 1, "book.yml must be a mapping of fields such as 'title: ...'", "BB002");
                return null;
            }
            root = map;
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes messages with the location; keep only the reason.
            reason = LocationPrefix().Replace(reason, "");
            diagnostics.Error(FileName, (int)e.Start.Line, (int)e.Start.Column, $"malformed YAML: {reason}", "BB002");
            return null;
        }

        return new Reader(root, diagnostics).Read();
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex LocationPrefix();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex LanguageTag();

    private sealed class Reader(YamlMappingNode root, DiagnosticBag diagnostics)
    {
        private int _errorsBefore;

        public BookManifest? Read()
        {
            _errorsBefore = diagnostics.Items.Count(d => d.Severity == Severity.Error);

            foreach (var key in root.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!KnownKeys.Contains(name))
                {
                    var hint = KnownKeys.OrderBy(k => Distance(k, name)).First();
                    var suggestion = Distance(hint, name) <= 2 ? $" (did you mean '{hint}'?)" : "";
                    diagnostics.Warning(At(key), $"unknown field '{name}' in book.yml{suggestion}", "BB003");
                }
            }

            var title = RequiredString("title");
            var subtitle = OptionalString("subtitle");
            var ornament = OptionalString("ornament");
            var creators = Authors();
            var language = RequiredString("language");
            if (language is not null && !LanguageTag().IsMatch(language))
                diagnostics.Error(At(root.Children[new YamlScalarNode("language")]), $"'{language}' is not a BCP 47 language tag (for example 'en', 'en-GB', 'he')", "BB005");
            var identifier = RequiredString("identifier");
            if (identifier is not null && identifier.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase)
                && !Guid.TryParse(identifier["urn:uuid:".Length..], out _))
                diagnostics.Error(At(root.Children[new YamlScalarNode("identifier")]), $"'{identifier}' is not a valid urn:uuid identifier", "BB005");
            var date = Date();
            var slugText = OptionalString("slug");
            string? slug = null;
            if (slugText is not null)
            {
                slug = Slugger.Slugify(slugText);
                if (slug != slugText)
                    diagnostics.Error(At(root.Children[new YamlScalarNode("slug")]), $"slug '{slugText}' may hold only lower-case letters, digits and hyphens (try '{slug}')", "BB005");
            }
            else if (title is not null) slug = Slugger.Slugify(title);

            var chapters = Chapters();
            var faq = OptionalFile("faq");
            var glossary = OptionalFile("glossary");
            var hyphenation = HyphenationList();
            var subjects = StringList("subjects");

            var errorsNow = diagnostics.Items.Count(d => d.Severity == Severity.Error);
            if (errorsNow > _errorsBefore || title is null || language is null || identifier is null || date is null || creators is null || chapters is null)
                return null;

            var metadata = new BookMetadata
            {
                Title = title,
                Subtitle = subtitle,
                Ornament = ornament,
                Creators = creators,
                Language = language,
                Identifier = identifier,
                Date = date.Value,
                Publisher = OptionalString("publisher"),
                Rights = OptionalString("rights"),
                Description = OptionalString("description"),
                Subjects = subjects,
                Hyphenation = hyphenation,
                Edition = OptionalString("edition"),
                Slug = string.IsNullOrEmpty(slug) ? "book" : slug,
            };
            return new BookManifest(metadata, chapters, faq, glossary);
        }

        private YamlNode? Node(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;

        private static SourceSpan At(YamlNode node) => new(FileName, (int)node.Start.Line, (int)node.Start.Column);

        private string? RequiredString(string key)
        {
            var node = Node(key);
            if (node is null)
            {
                diagnostics.Error(FileName, 1, 1, $"book.yml has no '{key}': it is required", "BB004");
                return null;
            }
            return Scalar(key, node, required: true);
        }

        private string? OptionalString(string key)
        {
            var node = Node(key);
            return node is null ? null : Scalar(key, node, required: false);
        }

        private string? Scalar(string key, YamlNode node, bool required)
        {
            if (node is not YamlScalarNode scalar)
            {
                diagnostics.Error(At(node), $"'{key}' must be a single text value, not a {Describe(node)}", "BB005");
                return null;
            }
            var value = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (required) diagnostics.Error(At(node), $"'{key}' is empty: it is required", "BB004");
                return null;
            }
            return value;
        }

        private IReadOnlyList<string> StringList(string key)
        {
            var node = Node(key);
            switch (node)
            {
                case null: return [];
                case YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value): return [s.Value!.Trim()];
                case YamlSequenceNode seq:
                    var list = new List<string>();
                    foreach (var item in seq.Children)
                    {
                        if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) list.Add(v.Trim());
                        else diagnostics.Error(At(item), $"each entry of '{key}' must be a text value", "BB005");
                    }
                    return list;
                default:
                    diagnostics.Error(At(node), $"'{key}' must be a list of text values", "BB005");
                    return [];
            }
        }

        /// <summary>
        /// 'hyphenation': words spelled with hyphens where they may break ("Vla-di-mir"), as TeX's
        /// \hyphenation{} takes them; a word without hyphens is never broken.
        /// </summary>
        private IReadOnlyList<string> HyphenationList()
        {
            var node = Node("hyphenation");
            IEnumerable<YamlNode>? items = node switch
            {
                null => [],
                YamlScalarNode s => [s],
                YamlSequenceNode seq => seq.Children,
                _ => null,
            };
            if (items is null)
            {
                diagnostics.Error(At(node!), "'hyphenation' must be a list of words with hyphens where they may break, e.g. [Vla-di-mir]", "BB005");
                return [];
            }
            var list = new List<string>();
            foreach (var item in items)
            {
                var text = (item as YamlScalarNode)?.Value?.Trim();
                if (text is not null && HyphenationWord().IsMatch(text)) list.Add(text);
                else diagnostics.Error(At(item), $"hyphenation entry '{text ?? Describe(item)}' must be one word of letters with hyphens where it may break, e.g. 'Vla-di-mir'", "BB005");
            }
            return list;
        }

        private IReadOnlyList<Contributor>? Authors()
        {
            var node = Node("authors") ?? Node("author");
            if (node is null)
            {
                diagnostics.Error(FileName, 1, 1, "book.yml has no 'authors': name at least one author (or editor)", "BB004");
                return null;
            }
            var items = node is YamlSequenceNode seq ? seq.Children : [node];
            var result = new List<Contributor>();
            foreach (var item in items)
            {
                switch (item)
                {
                    case YamlScalarNode { Value: { } name } when !string.IsNullOrWhiteSpace(name):
                        result.Add(new Contributor(name.Trim()));
                        break;
                    case YamlMappingNode map:
                        string? Get(string k) => map.Children.TryGetValue(new YamlScalarNode(k), out var v) && v is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
                        var n = Get("name");
                        if (n is null) { diagnostics.Error(At(map), "an author entry needs a 'name'", "BB004"); break; }
                        var role = Get("role") ?? "aut";
                        if (!RoleCode().IsMatch(role)) diagnostics.Error(At(map), $"author role '{role}' is not a three-letter MARC relator code such as 'aut' or 'edt'", "BB005");
                        result.Add(new Contributor(n, role, Get("file-as")));
                        break;
                    default:
                        diagnostics.Error(At(item), "an author must be a name or a mapping with 'name' (and optional 'role', 'file-as')", "BB005");
                        break;
                }
            }
            if (result.Count == 0 && node is YamlSequenceNode) diagnostics.Error(At(node), "'authors' is empty: name at least one author", "BB004");
            return result.Count == 0 ? null : result;
        }

        private DateOnly? Date()
        {
            var node = Node("date");
            if (node is null)
            {
                diagnostics.Error(FileName, 1, 1, "book.yml has no 'date': give the publication date as YYYY-MM-DD", "BB004");
                return null;
            }
            var text = Scalar("date", node, required: true);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            diagnostics.Error(At(node), $"date '{text}' is not a valid date in the form YYYY-MM-DD", "BB005");
            return null;
        }

        private IReadOnlyList<ManifestFile>? Chapters()
        {
            var node = Node("chapters");
            if (node is null)
            {
                diagnostics.Error(FileName, 1, 1, "book.yml has no 'chapters': list the chapter files in reading order", "BB004");
                return null;
            }
            if (node is not YamlSequenceNode seq)
            {
                diagnostics.Error(At(node), "'chapters' must be a list of file names in reading order", "BB005");
                return null;
            }
            if (seq.Children.Count == 0)
            {
                diagnostics.Error(At(node), "'chapters' is empty: a book needs at least one chapter", "BB004");
                return null;
            }
            var files = new List<ManifestFile>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in seq.Children)
            {
                var file = FileEntry("chapters", item);
                if (file is null) continue;
                if (!seen.Add(file.RelativePath))
                    diagnostics.Error(file.DeclaredAt, $"chapter file '{file.RelativePath}' is listed twice", "BB006");
                else files.Add(file);
            }
            return files;
        }

        private ManifestFile? OptionalFile(string key)
        {
            var node = Node(key);
            return node is null ? null : FileEntry(key, node);
        }

        private ManifestFile? FileEntry(string key, YamlNode node)
        {
            if (node is not YamlScalarNode { Value: { } raw } || string.IsNullOrWhiteSpace(raw))
            {
                diagnostics.Error(At(node), $"each entry of '{key}' must be a file name relative to the manuscript folder", "BB005");
                return null;
            }
            var rel = raw.Trim().Replace('\\', '/');
            if (Path.IsPathRooted(rel) || rel.Split('/').Contains(".."))
            {
                diagnostics.Error(At(node), $"'{rel}' must be a path inside the manuscript folder (no absolute paths, no '..')", "BB007");
                return null;
            }
            return new ManifestFile(rel, At(node));
        }

        private static string Describe(YamlNode node) => node switch
        {
            YamlSequenceNode => "list",
            YamlMappingNode => "mapping",
            _ => "value",
        };

        private static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
                for (var j = 1; j <= b.Length; j++)
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            return d[a.Length, b.Length];
        }
    }

    [GeneratedRegex("^[a-z]{3}$")]
    private static partial Regex RoleCode();

    [GeneratedRegex(@"^\p{L}+(-\p{L}+)*$")]
    private static partial Regex HyphenationWord();
}
