using System.Globalization;
using System.Text;
using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;

namespace BookBuilder.Benchmarks;

/// <summary>
/// <c>make-book --copies N --out DIR</c>: writes the benchmark book of <see cref="LargeManuscript"/>
/// with N copies of the field guide's chapters for the comparison with other tools
/// (compare-peers.sh): the manuscript in DIR/manuscript, and for pandoc the same book's metadata
/// in DIR/pandoc/metadata.yml and its files in reading order in DIR/pandoc/inputs.txt (one path a
/// line, relative to the manuscript folder).
/// </summary>
public static class MakeBook
{
    public const string Usage = "usage: make-book --copies <n> --out <dir>";

    public static int Run(string[] args)
    {
        int? copies = null;
        string? output = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--copies" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) { copies = n; i++; }
            else if (args[i] == "--out" && i + 1 < args.Length) { output = args[++i]; }
            else { Console.Error.WriteLine(Usage); return 2; }
        }
        if (copies is null || output is null) { Console.Error.WriteLine(Usage); return 2; }

        var manuscript = Path.GetFullPath(Path.Combine(output, "manuscript"));
        var files = LargeManuscript.Write(RepositoryRoot(), copies.Value, manuscript);

        var diagnostics = new DiagnosticBag();
        var book = ManuscriptLoader.Load(manuscript, diagnostics);
        if (book is null || diagnostics.HasErrors)
        {
            foreach (var d in diagnostics.Items) Console.Error.WriteLine(d);
            return 1;
        }

        var pandoc = Path.Combine(output, "pandoc");
        Directory.CreateDirectory(pandoc);
        File.WriteAllText(Path.Combine(pandoc, "metadata.yml"), PandocMetadata(book.Metadata));
        File.WriteAllText(Path.Combine(pandoc, "inputs.txt"), string.Join('\n', files) + "\n");
        var words = files.Sum(f => CountWords(File.ReadAllText(Path.Combine(manuscript, f))));
        Console.WriteLine($"{manuscript}: {book.Chapters.Count} chapters, FAQ and glossary, {words:N0} words of Markdown");
        return 0;
    }

    /// <summary>
    /// The book's metadata in the form pandoc reads (<c>--metadata-file</c>): title, subtitle, the
    /// authors (other contributors with their roles), language, identifier, date, publisher,
    /// rights, description and subjects.
    /// </summary>
    public static string PandocMetadata(BookMetadata m)
    {
        var y = new StringBuilder();
        y.Append("title: ").Append(Quote(m.Title)).Append('\n');
        if (m.Subtitle is not null) y.Append("subtitle: ").Append(Quote(m.Subtitle)).Append('\n');
        y.Append("author:\n");
        foreach (var c in m.Creators.Where(c => c.Role == "aut")) y.Append("  - ").Append(Quote(c.Name)).Append('\n');
        var others = m.Creators.Where(c => c.Role != "aut").ToList();
        if (others.Count > 0)
        {
            y.Append("contributor:\n");
            foreach (var c in others) y.Append("  - role: ").Append(c.Role).Append("\n    text: ").Append(Quote(c.Name)).Append('\n');
        }
        y.Append("lang: ").Append(Quote(m.Language)).Append('\n');
        y.Append("identifier:\n  - scheme: UUID\n    text: ").Append(Quote(m.Identifier)).Append('\n');
        y.Append("date: ").Append(Quote(m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append('\n');
        if (m.Publisher is not null) y.Append("publisher: ").Append(Quote(m.Publisher)).Append('\n');
        if (m.Rights is not null) y.Append("rights: ").Append(Quote(m.Rights)).Append('\n');
        if (m.Description is not null) y.Append("description: ").Append(Quote(m.Description)).Append('\n');
        if (m.Subjects.Count > 0)
        {
            y.Append("subject:\n");
            foreach (var s in m.Subjects) y.Append("  - ").Append(Quote(s)).Append('\n');
        }
        y.Append("toc-title: Contents\n");
        return y.ToString();
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IsraelRussia.sln"))) return dir.FullName;
        throw new InvalidOperationException("IsraelRussia.sln not found above " + AppContext.BaseDirectory);
    }
}
