using System.Diagnostics;
using BookBuilder.Cli;
using Xunit.Sdk;

namespace BookBuilder.Tests.Support;

/// <summary>What a finished child process printed and how it exited.</summary>
public sealed record ChildResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs programs, and the real command (<c>dotnet BookBuilder.Cli.dll ...</c>), as child processes
/// with a chosen working directory and environment.
/// </summary>
public static class ChildProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The command's assembly, as built next to the tests.</summary>
    public static string CliAssembly => typeof(CommandLine).Assembly.Location;

    /// <summary>The arguments that start the command with <paramref name="args"/>: <c>dotnet &lt;cli.dll&gt; args...</c>.</summary>
    public static string[] Cli(params string[] args) => ["dotnet", CliAssembly, .. args];

    /// <summary>
    /// Runs <paramref name="command"/> (program and arguments). <paramref name="environment"/>
    /// entries override the inherited environment; a null value removes the variable. A process
    /// still running after <paramref name="timeout"/> (default three minutes) is killed and fails the test.
    /// </summary>
    public static async Task<ChildResult> Run(IReadOnlyList<string> command, string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Timeout;
        var psi = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var a in command.Skip(1)) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) psi.Environment.Remove(name);
            else psi.Environment[name] = value;
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {command[0]}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw FailException.ForFailure($"{string.Join(' ', command)} did not finish within {limit.TotalMinutes} minutes");
        }
        return new ChildResult(process.ExitCode, await stdout, await stderr);
    }
}
