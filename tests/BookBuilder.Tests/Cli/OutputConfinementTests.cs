using System.Globalization;
using BookBuilder.Tests.Support;
using BookBuilder.Typography;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Cli;

/// <summary>
/// A build writes into its output folder and nowhere else: not into the manuscript, the working
/// directory, HOME, TMPDIR or the XDG cache and configuration folders. The real command runs as a
/// child process with all of these pointing at fresh folders, and every folder is compared before
/// and after. The child also gets a fontconfig configuration of the test's own (FONTCONFIG_FILE):
/// a font folder without a cache and a cache folder, both inside the test's folder, which
/// fontconfig would scan and fill if the build let it read the machine's fonts. So the test
/// watches only folders it made, whatever else on the machine uses fontconfig meanwhile.
/// </summary>
public class OutputConfinementTests(ITestOutputHelper output)
{
    /// <summary>
    /// With the runtime's diagnostics on (the default), .NET itself creates its diagnostic IPC socket
    /// and debugger pipes in TMPDIR (dotnet-diagnostic-&lt;pid&gt;-&lt;n&gt;-socket,
    /// clr-debug-pipe-&lt;pid&gt;-&lt;n&gt;-in/-out) and deletes them at exit: no entry remains, but
    /// TMPDIR's modification time moves. With DOTNET_EnableDiagnostics=0 not even that happens, so
    /// then no folder's time may change either.
    /// </summary>
    [LinuxTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_build_changes_nothing_outside_its_output_folder(bool runtimeDiagnostics)
    {
        var root = Path.Combine(Path.GetTempPath(), "bb-confine-" + Guid.NewGuid().ToString("N"));
        try
        {
            var manuscript = Path.Combine(root, "manuscript");
            CopyTree(RepoPaths.Manuscript, manuscript);
            var home = Path.Combine(root, "home");
            var userFonts = Directory.CreateDirectory(Path.Combine(home, ".local", "share", "fonts")).FullName;
            File.Copy(Directory.GetFiles(Path.Combine(AssetLocator.Locate(), "fonts"), "*.ttf")[0], Path.Combine(userFonts, "UserFont.ttf"));
            var fontCache = Directory.CreateDirectory(Path.Combine(root, "fontconfig-cache")).FullName;
            var fontConfig = Path.Combine(root, "fonts.conf");
            File.WriteAllText(fontConfig,
                $"<?xml version=\"1.0\"?>\n<fontconfig>\n  <dir>{userFonts}</dir>\n  <cachedir>{fontCache}</cachedir>\n</fontconfig>\n");
            var tmp = Directory.CreateDirectory(Path.Combine(root, "tmp")).FullName;
            var cache = Directory.CreateDirectory(Path.Combine(root, "cache")).FullName;
            var config = Directory.CreateDirectory(Path.Combine(root, "config")).FullName;
            var work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
            var outDir = Path.Combine(root, "out");
            var environment = new Dictionary<string, string?>
            {
                ["HOME"] = home,
                ["TMPDIR"] = tmp,
                ["XDG_CACHE_HOME"] = cache,
                ["XDG_CONFIG_HOME"] = config,
                ["XDG_DATA_HOME"] = null,
                ["FONTCONFIG_FILE"] = fontConfig,
                ["FONTCONFIG_PATH"] = null,
                ["DOTNET_EnableDiagnostics"] = runtimeDiagnostics ? null : "0",
            };
            var watched = new List<string> { manuscript, home, fontCache, tmp, cache, config, work };
            var before = watched.ToDictionary(d => d, Snapshot);

            var result = await ChildProcess.Run(ChildProcess.Cli("build", manuscript, "--out", outDir), work, environment);

            Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
            Assert.Equal(["israel-russia.epub", "israel-russia.pdf", "israel-russia.preflight.txt", "israel-russia.print.pdf", "israel-russia.print.preflight.txt"],
                Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var changes = new List<string>();
            foreach (var dir in watched)
            {
                var after = Snapshot(dir);
                foreach (var path in before[dir].Keys.Union(after.Keys).Order(StringComparer.Ordinal))
                {
                    before[dir].TryGetValue(path, out var was);
                    after.TryGetValue(path, out var now);
                    if (was == now) continue;
                    var change = $"{Path.Combine(dir, path)}: {was ?? "(none)"} -> {now ?? "(none)"}";
                    // Only the folder's time may move, and only TMPDIR's, and only for the runtime's own files.
                    var runtimeFiles = runtimeDiagnostics && dir == tmp && path == "." && was?.Split(' ')[0] == now?.Split(' ')[0];
                    if (runtimeFiles) output.WriteLine("TMPDIR's time moved (the runtime's diagnostic socket and pipes): " + change);
                    else changes.Add(change);
                }
            }
            Assert.True(changes.Count == 0, "changed outside the output folder:\n" + string.Join("\n", changes));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Every entry under <paramref name="root"/> (the folder itself as ".") with its kind, and for
    /// files the length and time of last write; folders carry their time as well, which moves when
    /// an entry is created or deleted in them.
    /// </summary>
    private static Dictionary<string, string> Snapshot(string root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal) { ["."] = Describe(new DirectoryInfo(root)) };
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            result[Path.GetRelativePath(root, entry.FullName)] = Describe(entry);
        return result;
    }

    private static string Describe(FileSystemInfo entry) => entry switch
    {
        FileInfo f => $"file {f.Length} {f.LastWriteTimeUtc.ToString("O", CultureInfo.InvariantCulture)}",
        _ => $"folder {entry.LastWriteTimeUtc.ToString("O", CultureInfo.InvariantCulture)}",
    };

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
