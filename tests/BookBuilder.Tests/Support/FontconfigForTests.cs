using System.Runtime.CompilerServices;
using BookBuilder.Cli;

namespace BookBuilder.Tests.Support;

/// <summary>
/// The test host makes typefaces in-process, as the command does; like the command, it points
/// fontconfig at the configuration without font folders before anything starts Skia. Otherwise
/// fontconfig would scan the machine's fonts and rewrite stale caches (/var/cache/fontconfig when
/// run as root) while another test checks that a build writes nothing outside its output folder.
/// </summary>
internal static class FontconfigForTests
{
    [ModuleInitializer]
    internal static void Isolate() => FontconfigIsolation.Apply();
}
