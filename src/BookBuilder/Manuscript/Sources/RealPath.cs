namespace BookBuilder.Manuscript.Sources;

/// <summary>
/// The path a file system path really names, with every symbolic link on the way resolved, as
/// <c>realpath(3)</c> gives it: a link to a file elsewhere, a folder of the manuscript that is a
/// link, or a link to a link all end where the data is. The path need not exist past the last
/// component that does.
/// </summary>
internal static class RealPath
{
    /// <summary>How many links one path may pass through before it counts as a loop (Linux's limit).</summary>
    private const int MaxLinks = 40;

    /// <summary>The resolved absolute path, or null when the links loop or cannot be read.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new LinkedList<string>(Components(full[root.Length..]));
        var current = root;
        var links = 0;
        while (pending.First is { } node)
        {
            var part = node.Value;
            pending.RemoveFirst();
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }
            var next = Path.Join(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // The link's text replaces it: absolute from the root, relative from the folder it is in.
            if (Path.IsPathRooted(target))
            {
                var targetRoot = Path.GetPathRoot(target)!;
                current = targetRoot;
                target = target[targetRoot.Length..];
            }
            foreach (var piece in Components(target).Reverse()) pending.AddFirst(piece);
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.None);
}
