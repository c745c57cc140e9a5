namespace BookBuilder.Typography;

/// <summary>
/// Finds the folder that holds the fonts and hyphenation patterns (<c>fonts/</c>, <c>hyphen/</c>).
/// The build fetches them into <c>&lt;repo&gt;/.cache/assets</c> and copies them next to every
/// program as <c>assets/</c>; this class looks in the places those steps put them.
/// </summary>
public static class AssetLocator
{
    /// <summary>Environment variable that overrides the asset folder.</summary>
    public const string EnvironmentVariable = "BOOKBUILDER_ASSETS";

    /// <summary>How to get the assets when none are found; part of every "missing" message.</summary>
    public const string InstallHint =
        "Build the solution once ('dotnet build'), which runs src/BookBuilder/Assets/fetch-assets.mjs (Node.js), " +
        "or run 'node src/BookBuilder/Assets/fetch-assets.mjs'; or point " + EnvironmentVariable + " at a folder with fonts/ and hyphen/.";

    /// <summary>
    /// The asset folder: <paramref name="explicitPath"/> if given, else the environment variable
    /// <see cref="EnvironmentVariable"/> when set (either must exist), else <c>AppContext.BaseDirectory/assets</c>, else the first
    /// <c>.cache/assets</c> found walking up from the current directory.
    /// </summary>
    /// <exception cref="AssetNotFoundException">The folder named does not exist, or none was named and none is found.</exception>
    public static string Locate(string? explicitPath = null)
    {
        // A folder someone named, on the command line or in the environment, is the one to use:
        // when it is missing, that is an error, never a hint to look elsewhere.
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var (named, by) = !string.IsNullOrWhiteSpace(explicitPath) ? (explicitPath, "--assets")
            : !string.IsNullOrWhiteSpace(fromEnv) ? (fromEnv, EnvironmentVariable)
            : (null, null);
        if (named is not null)
        {
            var full = Path.GetFullPath(named);
            if (Directory.Exists(full)) return full;
            throw new AssetNotFoundException($"{by} names '{full}', which is not a folder. {InstallHint}");
        }
        var tried = new List<string>();
        foreach (var candidate in Candidates())
        {
            var full = Path.GetFullPath(candidate);
            if (Directory.Exists(full)) return full;
            tried.Add(full);
        }
        throw new AssetNotFoundException(
            $"No asset folder found (looked in: {string.Join(", ", tried)}). {InstallHint}");
    }

    /// <summary>
    /// Full path of <paramref name="relativePath"/> (e.g. <c>fonts/SourceSerif4-Regular.ttf</c>)
    /// inside the asset folder.
    /// </summary>
    /// <exception cref="AssetNotFoundException">The folder or the file is missing.</exception>
    public static string File(string relativePath, string? explicitPath = null)
    {
        var root = Locate(explicitPath);
        var path = Path.Combine(root, relativePath);
        if (!System.IO.File.Exists(path))
            throw new AssetNotFoundException($"Asset file '{relativePath}' is missing from {root}. {InstallHint}");
        return path;
    }

    private static IEnumerable<string> Candidates()
    {
        yield return Path.Combine(AppContext.BaseDirectory, "assets");
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var cache = Path.Combine(dir.FullName, ".cache", "assets");
            if (Directory.Exists(cache))
            {
                yield return cache;
                yield break;
            }
        }
    }
}
