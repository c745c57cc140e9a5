using System.Runtime.InteropServices;
using BookBuilder.Cli;
using BookBuilder.Publishing;
using BookBuilder.Typography;

// Before anything makes a typeface: fontconfig must not read or cache the machine's fonts.
FontconfigIsolation.Apply();

// The editions of this run are written through one set of atomic writes, which an interrupt abandons.
var files = new AtomicFiles();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnSignal(context, files));
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => OnSignal(context, files));

using var fonts = new FontLibrary();
return new CommandLine(Console.Out, Console.Error, EditionWriters.Create(fonts), files).Run(args);

static void OnSignal(PosixSignalContext context, AtomicFiles files)
{
    // Never leave a half-written edition behind: drop temporary files, keep the previous editions
    // (a set being moved into place is waited for: it lands whole).
    var published = files.AbandonAll();
    Console.Error.WriteLine(published ? "interrupted after the editions were written" : "interrupted: no edition was changed");
    context.Cancel = true;
    // 128 + signal number, as shells report a process ended by a signal.
    Environment.Exit(context.Signal == PosixSignal.SIGINT ? 130 : 143);
}
