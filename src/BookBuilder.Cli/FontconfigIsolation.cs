using System.Runtime.InteropServices;
using System.Text;

namespace BookBuilder.Cli;

/// <summary>
/// Keeps fontconfig away from the machine's fonts. On Linux, Skia starts fontconfig as soon as the
/// first typeface is made; fontconfig then reads every font folder of the system and of the user,
/// and writes a new cache (to /var/cache/fontconfig, or ~/.cache/fontconfig) for each folder whose
/// cache is missing or stale - so a build would write files outside its output folder. The builder
/// uses only the fonts it loads by path, so pointing FONTCONFIG_FILE at a configuration without
/// folders changes no edition and leaves fontconfig nothing to scan or write.
/// </summary>
internal static class FontconfigIsolation
{
    /// <summary>The variable fontconfig reads its configuration file from.</summary>
    public const string Variable = "FONTCONFIG_FILE";

    /// <summary>The configuration shipped next to the program.</summary>
    public static string ConfigFile => Path.Combine(AppContext.BaseDirectory, "fontconfig", "fonts.conf");

    /// <summary>Points fontconfig at <see cref="ConfigFile"/>; call before anything uses Skia.</summary>
    public static void Apply()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD()) || !File.Exists(ConfigFile)) return;
        if (SetNativeVariable(Variable, ConfigFile)) Environment.SetEnvironmentVariable(Variable, ConfigFile);
    }

    /// <summary>
    /// Sets a variable in the C library's environment, which native libraries read: on Unix the
    /// runtime keeps a copy of its own that <see cref="Environment.SetEnvironmentVariable(string, string)"/>
    /// changes. <c>setenv</c> is looked up in the process itself, which links the C library under
    /// whatever file name it has (glibc, musl).
    /// </summary>
    private static unsafe bool SetNativeVariable(string name, string value)
    {
        if (!NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), "setenv", out var address)) return false;
        var setenv = (delegate* unmanaged<byte*, byte*, int, int>)address;
        fixed (byte* n = Encoding.UTF8.GetBytes(name + "\0"))
        fixed (byte* v = Encoding.UTF8.GetBytes(value + "\0"))
            return setenv(n, v, 1) == 0;
    }
}
