namespace BookBuilder.Tests.Support;

/// <summary>Finds the repository and the test material inside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manuscript => Path.Combine(Root, "manuscript");

    /// <summary>The second, larger test manuscript (A Field Guide to Rivers).</summary>
    public static string FieldGuide => Path.Combine(Root, "tests", "fixtures", "field-guide");

    /// <summary>The manuscript of the learning features: callouts of every kind and passages in other languages.</summary>
    public static string Learning => Path.Combine(Root, "tests", "fixtures", "learning");

    /// <summary>The longest test manuscript (Stone upon Stone): many footnotes, floating figures and tables, a wide table.</summary>
    public static string LongGuide => Path.Combine(Root, "tests", "fixtures", "long-guide");

    /// <summary>The plain-text export the first book's manuscript was made from.</summary>
    public static string Seed => Path.Combine(Root, "tests", "fixtures", "seed", "israel-russia-article.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IsraelRussia.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (IsraelRussia.sln) not found above " + AppContext.BaseDirectory);
    }
}
