using BookBuilder.Model;
using YamlDotNet.RepresentationModel;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Manifest;

public static partial class ManifestReader
{
    private sealed partial class Reader
    {
        /// <summary>The kinds a chapter entry may name, as book.yml spells them (spelled out: an ahead-of-time build need not keep enum names).</summary>
        private static readonly Dictionary<string, ChapterKind> Kinds = new(StringComparer.Ordinal)
        {
            ["chapter"] = ChapterKind.Chapter, ["foreword"] = ChapterKind.Foreword, ["preface"] = ChapterKind.Preface,
            ["introduction"] = ChapterKind.Introduction, ["prologue"] = ChapterKind.Prologue, ["epilogue"] = ChapterKind.Epilogue,
            ["conclusion"] = ChapterKind.Conclusion, ["afterword"] = ChapterKind.Afterword,
        };

        /// <summary>
        /// 'chapters': the division files in reading order, each a file name (a numbered chapter) or
        /// a mapping with 'file' and 'kind' (introduction, conclusion, ...: unnumbered divisions).
        /// </summary>
        private IReadOnlyList<ManifestFile>? Chapters()
        {
            var node = Node("chapters");
            if (node is null)
            {
                diagnostics.Report(RequiredFieldMissing, FileName, 1, 1, "'chapters'", "list the chapter files in reading order");
                return null;
            }
            if (node is not YamlSequenceNode seq)
            {
                diagnostics.Report(FieldWrongType, At(node), "chapters", "a list of file names in reading order");
                return null;
            }
            if (seq.Children.Count == 0)
            {
                diagnostics.Report(RequiredFieldMissing, At(node), "chapter", "'chapters' is an empty list; a book needs at least one chapter");
                return null;
            }
            var files = new List<ManifestFile>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in seq.Children)
            {
                var file = item is YamlMappingNode entry ? ChapterEntry(entry) : FileEntry("chapters", item);
                if (file is null) continue;
                if (!seen.Add(file.RelativePath))
                    diagnostics.Report(ChapterListedTwice, file.DeclaredAt, file.RelativePath);
                else files.Add(file);
            }
            return files;
        }

        /// <summary>A chapter entry written as a mapping: 'file' and, optionally, 'kind'.</summary>
        private ManifestFile? ChapterEntry(YamlMappingNode entry)
        {
            foreach (var key in entry.Children.Keys)
                if ((key as YamlScalarNode)?.Value is not ("file" or "kind"))
                    diagnostics.Report(UnknownField, At(key), $"chapters: {(key as YamlScalarNode)?.Value}", " (a chapter entry has 'file' and 'kind')");
            if (!entry.Children.TryGetValue(new YamlScalarNode("file"), out var fileNode))
            {
                diagnostics.Report(RequiredFieldMissing, At(entry), "'file' for a chapter entry", "name the chapter's file");
                return null;
            }
            var file = FileEntry("chapters", fileNode);
            if (file is null || !entry.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode)) return file;
            var kind = (kindNode as YamlScalarNode)?.Value?.Trim() ?? "";
            if (Kinds.TryGetValue(kind, out var known)) return file with { Kind = known };
            diagnostics.Report(ChapterKindUnknown, At(kindNode), kind, string.Join(", ", Kinds.Keys));
            return file;
        }
    }
}
