using System.Runtime.InteropServices;
using BookBuilder.Cli;
using BookBuilder.Publishing;
using BookBuilder.Typography;

// Before anything makes a typeface: fontconfig must not read or cache the machine's fonts.
FontconfigIsolation.Apply();

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

using var fonts = new FontLibrary();
return new CommandLine(Console.Out, Console.Error, EditionWriters.Create(fonts)).Run(args);

static void OnSignal(PosixSignalContext context)
{
    // Never leave a half-written edition behind: drop temporary files, keep the previous editions.
    AtomicFile.AbandonAll();
    Console.Error.WriteLine("interrupted: no edition was changed");
    context.Cancel = true;
    // 128 + signal number, as shells report a process ended by a signal.
    Environment.Exit(context.Signal == PosixSignal.SIGINT ? 130 : 143);
}
