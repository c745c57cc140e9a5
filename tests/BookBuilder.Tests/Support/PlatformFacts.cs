namespace BookBuilder.Tests.Support;

/// <summary>
/// A test of something only POSIX systems have (signals sent with kill, named pipes, a shell):
/// reported as skipped on Windows.
/// </summary>
public sealed class PosixFactAttribute : FactAttribute
{
    public PosixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs a POSIX system (signals, named pipes, a shell)";
    }
}

/// <summary>
/// A test of the command's behaviour on Linux (fontconfig, HOME and the XDG folders): reported as
/// skipped elsewhere.
/// </summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "tests what the command does on Linux (fontconfig, XDG folders)";
    }
}

/// <summary>A theory about something only POSIX systems have: reported as skipped on Windows.</summary>
public sealed class PosixTheoryAttribute : TheoryAttribute
{
    public PosixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs a POSIX system (symbolic links, devices, named pipes)";
    }
}

/// <summary>A test of something only Linux has (tmpfs in a mount namespace): reported as skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux (mount namespaces, tmpfs)";
    }
}
