using System.Text;
using System.Text.RegularExpressions;

namespace BookBuilder.Benchmarks;

/// <summary>
/// A large manuscript made from the field-guide fixture: its eight chapters a number of times over
/// (five copies make about 200 pages, twenty-five about 1000), then its FAQ and glossary once. The
/// first copy keeps the original file names, so the fixture's links between chapter files still
/// resolve; later copies get a prefix and their explicit anchors a suffix, so that every id stays
/// unique.
/// </summary>
public static partial class LargeManuscript
{
    /// <summary>The copies of the stage benchmarks' book: about 200 pages.</summary>
    public const int Copies = 5;

    /// <summary>The stage benchmarks' book, in a temporary folder of this process.</summary>
    public static string Create(string repositoryRoot) => Create(repositoryRoot, Copies);

    /// <summary>A book of <paramref name="copies"/> copies, in a temporary folder of this process.</summary>
    public static string Create(string repositoryRoot, int copies)
    {
        var root = Path.Combine(Path.GetTempPath(), $"bookbuilder-bench-{Environment.ProcessId}-{copies}");
        Write(repositoryRoot, copies, root);
        return root;
    }

    /// <summary>
    /// Writes a manuscript of <paramref name="copies"/> copies of the fixture's chapters into
    /// <paramref name="root"/> (replacing what is there) and returns the files of the book in
    /// reading order, relative to <paramref name="root"/>: the chapters, the FAQ, the glossary.
    /// </summary>
    public static IReadOnlyList<string> Write(string repositoryRoot, int copies, string root)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        var fixture = Path.Combine(repositoryRoot, "tests", "fixtures", "field-guide");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(Path.Combine(root, "chapters"));
        CopyFolder(Path.Combine(fixture, "images"), Path.Combine(root, "images"));
        File.Copy(Path.Combine(fixture, "faq.md"), Path.Combine(root, "faq.md"));
        File.Copy(Path.Combine(fixture, "glossary.md"), Path.Combine(root, "glossary.md"));

        var files = new List<string>();
        var chapterList = new StringBuilder("chapters:\n");
        var chapters = Directory.GetFiles(Path.Combine(fixture, "chapters"), "*.md").Order(StringComparer.Ordinal).ToArray();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var file in chapters)
            {
                var name = copy == 0 ? Path.GetFileName(file) : $"{copy}-{Path.GetFileName(file)}";
                var text = File.ReadAllText(file);
                if (copy > 0) text = ExplicitId().Replace(text, m => $"{{#{m.Groups[1].Value}-{copy}}}");
                File.WriteAllText(Path.Combine(root, "chapters", name), text);
                chapterList.Append("  - chapters/").Append(name).Append('\n');
                files.Add("chapters/" + name);
            }
        }
        files.Add("faq.md");
        files.Add("glossary.md");

        // The fixture's book.yml with the chapter list replaced.
        var yaml = File.ReadAllLines(Path.Combine(fixture, "book.yml"));
        var kept = new StringBuilder();
        var inChapters = false;
        foreach (var line in yaml)
        {
            if (line.StartsWith("chapters:", StringComparison.Ordinal)) { inChapters = true; continue; }
            if (inChapters && line.StartsWith("  ", StringComparison.Ordinal)) continue;
            inChapters = false;
            kept.Append(line).Append('\n');
        }
        File.WriteAllText(Path.Combine(root, "book.yml"), kept.ToString() + chapterList);
        return files;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }

    [GeneratedRegex(@"\{#([A-Za-z0-9_-]+)\}")]
    private static partial Regex ExplicitId();
}
