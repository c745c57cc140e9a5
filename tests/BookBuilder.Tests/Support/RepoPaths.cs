namespace BookBuilder.Tests.Support;

/// <summary>Finds the repository and the shared material beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manuscript => Path.Combine(Root, "manuscript");

    /// <summary>The second, larger test manuscript (A Field Guide to Rivers).</summary>
    public static string FieldGuide => Path.Combine(Root, "tests", "fixtures", "field-guide");

    /// <summary>The seed text of the first book, kept in shared/ beside the repository.</summary>
    public static string Seed
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seed", "israel-russia-article.txt"));
            if (!File.Exists(path))
                throw new FileNotFoundException($"the seed text is expected beside the repository at {path}");
            return path;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IsraelRussia.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (IsraelRussia.sln) not found above " + AppContext.BaseDirectory);
    }
}
