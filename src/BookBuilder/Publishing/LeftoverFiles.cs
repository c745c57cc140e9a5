using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BookBuilder.Publishing;

/// <summary>
/// What a build that was killed (SIGKILL, a power cut) left in the output folder: temporary files,
/// and, if it died while moving a set of editions into place, a journal of the moves. The next
/// build into the folder clears them before it writes anything: it undoes half-done moves, so the
/// previous editions are back as a pair, and deletes temporary files. Only files named as the
/// builder names them are touched, and only stale ones: the process that made them is gone, or
/// they were left a day ago or more (a process id may have been reused since).
/// </summary>
internal static partial class LeftoverFiles
{
    /// <summary>The extension of a journal of moves.</summary>
    public const string JournalExtension = ".swap";

    /// <summary>A file left this long is stale whatever process made it.</summary>
    private static readonly TimeSpan Stale = TimeSpan.FromDays(1);

    /// <summary>A temporary file of this process: <c>.bookbuilder-&lt;process id&gt;-&lt;random&gt;.tmp</c>, short whatever the edition's name.</summary>
    public static string TempName() =>
        $"{AtomicFiles.TempPrefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.tmp";

    // This build's names, and those of builds before it (the edition's name, then process id and random part).
    [GeneratedRegex(@"^\.bookbuilder-(?<pid>\d{1,10})-[0-9a-f]{32}\.(?<kind>tmp|swap)$")]
    private static partial Regex Ours();

    [GeneratedRegex(@"^\.bookbuilder-.+\.(?<pid>\d{1,10})\.[0-9a-f]{32}\.(?<kind>tmp)$")]
    private static partial Regex Earlier();

    /// <summary>Undoes the half-done moves and deletes the temporary files of killed builds; returns what it did worth telling.</summary>
    public static IReadOnlyList<string> Clear(string directory)
    {
        var notes = new List<string>();
        var leftovers = Directory.EnumerateFiles(directory, AtomicFiles.TempPrefix + "*")
            .Select(path => (Path: path, Match: Match(Path.GetFileName(path))))
            .Where(f => f.Match is not null && IsStale(f.Path, f.Match.Value.Pid))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        // Journals first: they name copies of previous editions that must be put back before they are deleted.
        foreach (var (path, _) in leftovers.Where(f => f.Match!.Value.Kind == "swap"))
        {
            Undo(directory, path);
            notes.Add($"  put back the editions a killed build was replacing ({Path.GetFileName(path)})");
        }
        foreach (var (path, _) in leftovers) AtomicFiles.TryDelete(path);
        return notes;
    }

    private static (int Pid, string Kind)? Match(string name)
    {
        var m = Ours().Match(name);
        if (!m.Success) m = Earlier().Match(name);
        if (!m.Success || !int.TryParse(m.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return null;
        return (pid, m.Groups["kind"].Value);
    }

    private static bool IsStale(string path, int pid)
    {
        if (pid == Environment.ProcessId) return false;
        if (DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > Stale) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException) { return true; }    // no such process
        catch (InvalidOperationException) { return true; }
    }

    /// <summary>Puts each file the journal names back as it was before the moves began.</summary>
    private static void Undo(string directory, string journal)
    {
        foreach (var line in File.ReadAllLines(journal))
        {
            var parts = line.Split('\t');
            if (parts.Length != 2 || !IsPlainName(parts[0]) || (parts[1].Length > 0 && !IsPlainName(parts[1]))) continue;
            var target = Path.Combine(directory, parts[0]);
            var backup = parts[1].Length == 0 ? null : Path.Combine(directory, parts[1]);
            if (backup is null) AtomicFiles.TryDelete(target);    // new in that build: there was none before
            else if (File.Exists(backup)) File.Move(backup, target, overwrite: true);
        }
    }

    /// <summary>A file name in the folder itself, never a path elsewhere, whatever a journal says.</summary>
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name == Path.GetFileName(name) && name is not ("." or "..");
}
