using System.Globalization;
using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript.Anchors;
using BookBuilder.Manuscript.Headings;
using BookBuilder.Manuscript.Sources;
using BookBuilder.Manuscript.SmartPunctuation;
using BookBuilder.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Manifest;

/// <summary>
/// Reads and validates book.yml. Every problem becomes a diagnostic with the line it stands on;
/// a manifest is returned whenever book.yml is a mapping of fields, so that the chapters it lists
/// are read and checked too (a book with errors is never built).
/// </summary>
public static partial class ManifestReader
{
    /// <summary>The file name looked for in a manuscript folder.</summary>
    public const string FileName = "book.yml";

    private static readonly string[] KnownKeys =
    [
        "title", "subtitle", "ornament", "author", "authors", "language", "identifier", "date",
        "publisher", "rights", "description", "subjects", "edition", "slug", "chapters", "faq", "glossary",
        "hyphenation", "cover", "isbn", "series", "section-numbers", "list-of-figures", "list-of-tables", "index-glossary", "key-terms",
        "solutions", "editions",
    ];

    /// <summary>Reads book.yml from <paramref name="manuscriptDir"/>; null when it cannot be used.</summary>
    public static BookManifest? Read(string manuscriptDir, DiagnosticBag diagnostics) =>
        ManuscriptFolder.Open(manuscriptDir) is { } folder ? Read(folder, diagnostics) : null;

    /// <summary>Reads book.yml from the manuscript folder; null when it cannot be used.</summary>
    internal static BookManifest? Read(ManuscriptFolder folder, DiagnosticBag diagnostics)
    {
        if (folder.Find(FileName).Lookup == FileLookup.Missing)
        {
            diagnostics.Report(ManifestMissing, FileName, 0, 0, FileName);
            return null;
        }
        if (folder.ReadText(FileName, InputLocationException.InFile(FileName), diagnostics) is not { } bytes) return null;
        var text = SourceText.Decode(bytes, FileName, diagnostics);
        if (text is null) return null;

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                diagnostics.Report(ManifestMalformed, FileName, 1, 1, "book.yml must be a mapping of fields such as 'title: ...'");
                return null;
            }
            // A second document ('---' and more fields) would be ignored: the fields in it would not count.
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                diagnostics.Report(ManifestMalformed, FileName, (int)second.Line, (int)second.Column,
                    "book.yml holds more than one YAML document ('---' starts another); write every field in one");
            }
            YamlMerge.Expand(map);
            root = map;
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes messages with the location; keep only the reason.
            reason = LocationPrefix().Replace(reason, "");
            diagnostics.Report(ManifestMalformed, FileName, (int)e.Start.Line, (int)e.Start.Column, reason);
            return null;
        }

        return new Reader(root, diagnostics).Read() with { Source = new SourceFile(FileName, text) };
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex LocationPrefix();

    private sealed partial class Reader(YamlMappingNode root, DiagnosticBag diagnostics)
    {

        public BookManifest Read()
        {

            foreach (var key in root.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!KnownKeys.Contains(name))
                {
                    var hint = KnownKeys.OrderBy(k => Distance(k, name)).First();
                    var suggestion = Distance(hint, name) <= 2 ? $" (did you mean '{hint}'?)" : "";
                    diagnostics.Report(UnknownField, At(key), name, suggestion);
                }
            }

            var title = Title("title", RequiredString("title"));
            var subtitle = Title("subtitle", OptionalString("subtitle"));
            var ornament = OptionalString("ornament");
            var creators = Authors();
            var language = RequiredString("language");
            if (language is not null && !LanguageTag.IsWellFormed(language))
                diagnostics.Report(LanguageTagInvalid, At(root.Children[new YamlScalarNode("language")]), language);
            var identifier = RequiredString("identifier");
            if (identifier is not null && identifier.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase)
                && !Guid.TryParse(identifier["urn:uuid:".Length..], out _))
                diagnostics.Report(IdentifierInvalid, At(root.Children[new YamlScalarNode("identifier")]), identifier);
            var date = Date();
            var slugText = OptionalString("slug");
            string? slug = null;
            if (slugText is not null)
            {
                slug = Slugger.Slugify(slugText);
                if (slug != slugText)
                    diagnostics.Report(SlugInvalid, At(root.Children[new YamlScalarNode("slug")]), slugText, slug);
                else if (slug.Length > InputLimits.SlugCharacters)
                    diagnostics.Report(SlugTooLong, At(root.Children[new YamlScalarNode("slug")]), slug.Length, InputLimits.SlugCharacters);
            }
            else if (title is not null) slug = Shorten(Slugger.Slugify(title));

            var chapters = Chapters();
            var faq = OptionalFile("faq");
            var glossary = OptionalFile("glossary");
            var hyphenation = HyphenationList();
            var cover = OptionalFile("cover");
            var subjects = StringList("subjects");
            var apparatus = new ApparatusSettings
            {
                ListOfFigures = Switch("list-of-figures", ApparatusSettings.Default.ListOfFigures),
                ListOfTables = Switch("list-of-tables", ApparatusSettings.Default.ListOfTables),
                IndexGlossary = Switch("index-glossary", ApparatusSettings.Default.IndexGlossary),
                KeyTerms = Switch("key-terms", ApparatusSettings.Default.KeyTerms),
                Solutions = SolutionPlacementSetting(),
                Editions = EditionsSetting(),
            };

            // With errors the book is never built, but read on: the chapters' problems are reported
            // with book.yml's, all at once, so missing fields stand in as blanks.
            var metadata = new BookMetadata
            {
                // Prose is set with typographic punctuation, as the body is; the slug was made from the title as written.
                Title = PlainText.Typographic(title ?? ""),
                Subtitle = Prose(subtitle),
                Ornament = ornament,
                Creators = creators ?? [],
                Language = language ?? "en",
                Identifier = identifier ?? "",
                Date = date ?? DateOnly.MinValue,
                Publisher = Prose(OptionalString("publisher")),
                Rights = Prose(OptionalString("rights")),
                Description = Prose(OptionalString("description")),
                Subjects = subjects,
                Hyphenation = hyphenation,
                Edition = Prose(OptionalString("edition")),
                Isbn = Isbn(),
                Series = Series(),
                SectionNumbers = SectionNumbers(),
                Slug = string.IsNullOrEmpty(slug) ? "book" : slug,
                Source = new SourceSpan(FileName, 0, 0),
            };
            return new BookManifest(metadata, chapters ?? [], faq, glossary, new SourceFile(FileName, ""), cover) { Apparatus = apparatus };
        }

        /// <summary>Text set as prose in the editions, with typographic punctuation (subjects are catalogue headings, whose "--" stays).</summary>
        private static string? Prose(string? text) => text is null ? null : PlainText.Typographic(text);

        /// <summary>The title or subtitle, or null with an error when it is longer than a title may be.</summary>
        private string? Title(string key, string? value) =>
            value is null || HeadingConverter.CheckLength($"'{key}'", value, At(Node(key)!), diagnostics) ? value : null;

        /// <summary>A slug made from a long title, cut at a hyphen to fit a file name (with room for the extension and temporary names).</summary>
        private static string Shorten(string slug)
        {
            if (slug.Length <= InputLimits.SlugCharacters) return slug;
            var cut = slug.LastIndexOf('-', InputLimits.SlugCharacters);
            return slug[..(cut > 0 ? cut : InputLimits.SlugCharacters)];
        }

        private YamlNode? Node(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;

        private static SourceSpan At(YamlNode node) => new(FileName, (int)node.Start.Line, (int)node.Start.Column);

        private string? RequiredString(string key)
        {
            var node = Node(key);
            if (node is null)
            {
                diagnostics.Report(RequiredFieldMissing, FileName, 1, 1, $"'{key}'", "it is required");
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
                diagnostics.Report(FieldWrongType, At(node), key, $"a single text value, not a {Describe(node)}");
                return null;
            }
            var value = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (required) diagnostics.Report(RequiredFieldMissing, At(node), $"value for '{key}'", "it is required");
                return null;
            }
            return value;
        }

        /// <summary>A switch: true or false (any capitalisation); <paramref name="absent"/> when the key is not there.</summary>
        private bool Switch(string key, bool absent)
        {
            var node = Node(key);
            if (node is null) return absent;
            if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text.Trim(), out var value)) return value;
            diagnostics.Report(FieldWrongType, At(node), key, "true or false");
            return absent;
        }

        /// <summary>'solutions': appendix (the default), chapter-end or none.</summary>
        private SolutionPlacement SolutionPlacementSetting()
        {
            const string key = "solutions", values = "'appendix', 'chapter-end' or 'none'";
            var node = Node(key);
            if (node is null) return ApparatusSettings.Default.Solutions;
            if (Scalar(key, node, required: false) is not { } text) return ApparatusSettings.Default.Solutions;
            switch (text.ToLowerInvariant())
            {
                case "appendix": return SolutionPlacement.Appendix;
                case "chapter-end": return SolutionPlacement.ChapterEnd;
                case "none": return SolutionPlacement.None;
                default:
                    diagnostics.Report(EditionSettingInvalid, At(node), text, key, values);
                    return ApparatusSettings.Default.Solutions;
            }
        }

        /// <summary>'editions': a list of 'instructor' and 'student' (or one of them); the instructor's alone when absent.</summary>
        private IReadOnlyList<BookEdition> EditionsSetting()
        {
            const string key = "editions", values = "'instructor' and 'student'";
            var node = Node(key);
            if (node is null) return ApparatusSettings.Default.Editions;
            IEnumerable<YamlNode> items = node switch
            {
                YamlSequenceNode list => list.Children,
                YamlScalarNode => [node],
                _ => [],
            };
            if (node is not (YamlSequenceNode or YamlScalarNode))
            {
                diagnostics.Report(FieldWrongType, At(node), key, "a list of editions: instructor, student");
                return ApparatusSettings.Default.Editions;
            }
            var editions = new List<BookEdition>();
            foreach (var item in items)
            {
                var text = (item as YamlScalarNode)?.Value?.Trim() ?? "";
                BookEdition? edition = text.ToLowerInvariant() switch { "instructor" => BookEdition.Instructor, "student" => BookEdition.Student, _ => null };
                if (edition is null) diagnostics.Report(EditionSettingInvalid, At(item), text, key, values);
                else if (!editions.Contains(edition.Value)) editions.Add(edition.Value);
            }
            return editions.Count == 0 ? ApparatusSettings.Default.Editions : editions.Order().ToArray();
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
                        else diagnostics.Report(FieldWrongType, At(item), key, "a list of text values");
                    }
                    return list;
                default:
                    diagnostics.Report(FieldWrongType, At(node), key, "a list of text values");
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
                diagnostics.Report(FieldWrongType, At(node!), "hyphenation", "a list of words with hyphens where they may break, e.g. [Vla-di-mir]");
                return [];
            }
            var list = new List<string>();
            foreach (var item in items)
            {
                var text = (item as YamlScalarNode)?.Value?.Trim();
                if (text is not null && HyphenationWord().IsMatch(text)) list.Add(text);
                else diagnostics.Report(HyphenationEntryInvalid, At(item), text ?? Describe(item));
            }
            return list;
        }

        private IReadOnlyList<Contributor>? Authors()
        {
            var node = Node("authors") ?? Node("author");
            if (node is null)
            {
                diagnostics.Report(RequiredFieldMissing, FileName, 1, 1, "'authors'", "name at least one author (or editor)");
                return null;
            }
            var items = node is YamlSequenceNode seq ? seq.Children : [node];
            var result = new List<Contributor>();
            foreach (var item in items)
            {
                switch (item)
                {
                    case YamlScalarNode { Value: { } name } when !string.IsNullOrWhiteSpace(name):
                        result.Add(new Contributor(PlainText.Typographic(name.Trim())));
                        break;
                    case YamlMappingNode map:
                        string? Get(string k) => map.Children.TryGetValue(new YamlScalarNode(k), out var v) && v is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
                        var n = Get("name");
                        if (n is null) { diagnostics.Report(RequiredFieldMissing, At(map), "name for an author", "each author entry needs a 'name'"); break; }
                        var role = Get("role") ?? "aut";
                        if (!RoleCode().IsMatch(role)) diagnostics.Report(AuthorRoleInvalid, At(map), role);
                        result.Add(new Contributor(PlainText.Typographic(n), role, Get("file-as")));
                        break;
                    default:
                        diagnostics.Report(FieldWrongType, At(item), "authors", "a list of names, or of mappings with 'name' (and optional 'role', 'file-as')");
                        break;
                }
            }
            if (result.Count == 0 && node is YamlSequenceNode) diagnostics.Report(RequiredFieldMissing, At(node), "author", "'authors' is an empty list; name at least one author");
            return result.Count == 0 ? null : result;
        }

        private DateOnly? Date()
        {
            var node = Node("date");
            if (node is null)
            {
                diagnostics.Report(RequiredFieldMissing, FileName, 1, 1, "'date'", "give the publication date as YYYY-MM-DD");
                return null;
            }
            var text = Scalar("date", node, required: true);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            diagnostics.Report(DateInvalid, At(node), text);
            return null;
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
                diagnostics.Report(FieldWrongType, At(node), key, key == "chapters" ? "a list of file names relative to the manuscript folder" : "a file name relative to the manuscript folder");
                return null;
            }
            var rel = raw.Trim().Replace('\\', '/');
            if (Path.IsPathRooted(rel) || rel.Split('/').Contains(".."))
            {
                diagnostics.Report(PathOutsideManuscript, At(node), rel);
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
