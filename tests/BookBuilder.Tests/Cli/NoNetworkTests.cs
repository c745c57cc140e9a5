using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using BookBuilder.Cli;
using BookBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BookBuilder.Tests.Cli;

/// <summary>
/// Tests that watch the networking event sources of the whole process: they run on their own,
/// after the parallel tests, so that no other test's sockets are counted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NetworkWatch
{
    public const string Name = "network watch";
}

/// <summary>
/// A build never touches the network: the builder's assemblies (and the libraries they ship with)
/// reference no networking assembly, a whole build raises no networking event, and where the
/// machine allows it, a build succeeds in a network namespace that has no network at all.
/// </summary>
[Collection(NetworkWatch.Name)]
public class NoNetworkTests(ITestOutputHelper output)
{
    /// <summary>Records the events of the networking event sources of .NET.</summary>
    private sealed class NetworkEvents : EventListener
    {
        public static readonly string[] Sources = ["System.Net.Sockets", "System.Net.Http", "System.Net.NameResolution"];

        // Field initialisers run before the base constructor, which already reports existing sources.
        private readonly ConcurrentQueue<string> _seen = new();

        public IReadOnlyList<string> Seen => _seen.ToArray();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (Sources.Contains(source.Name)) EnableEvents(source, EventLevel.Verbose, EventKeywords.All);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e) => _seen.Enqueue($"{e.EventSource.Name}/{e.EventName}");
    }

    private static bool IsNetworking(string assembly) =>
        assembly.StartsWith("System.Net", StringComparison.Ordinal)
        || assembly.StartsWith("System.Web", StringComparison.Ordinal)
        || assembly.StartsWith("Microsoft.Extensions.Http", StringComparison.Ordinal);

    [Fact]
    public void The_builder_and_the_libraries_it_ships_with_reference_no_networking_assembly()
    {
        Assert.True(IsNetworking("System.Net.Http") && IsNetworking("System.Net.Sockets") && IsNetworking("System.Net.Requests")
            && IsNetworking("System.Net.WebClient") && !IsNetworking("System.Runtime"));

        // BookBuilder.Cli and BookBuilder, then every library they bring along (the ones next to the
        // program, as opposed to the shared framework), following references.
        var appDir = Path.GetDirectoryName(typeof(CommandLine).Assembly.Location)!;
        var pending = new Queue<Assembly>([typeof(CommandLine).Assembly, typeof(BookBuilder.Publishing.EditionBuilder).Assembly]);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var offending = new List<string>();
        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            if (!visited.Add(assembly.GetName().Name!)) continue;
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (IsNetworking(reference.Name!)) offending.Add($"{assembly.GetName().Name} -> {reference.Name}");
                if (File.Exists(Path.Combine(appDir, reference.Name + ".dll"))) pending.Enqueue(Assembly.Load(reference));
            }
        }
        output.WriteLine("checked: " + string.Join(", ", visited.Order(StringComparer.Ordinal)));
        Assert.Contains("BookBuilder", visited);
        Assert.Contains("SkiaSharp", visited);
        Assert.Contains("HarfBuzzSharp", visited);
        Assert.Empty(offending);
    }

    [Fact]
    public void A_whole_build_of_the_first_book_raises_no_networking_event()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "bb-nonet-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var events = new NetworkEvents();
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var code = new CommandLine(stdout, stderr, EditionWriters.Create()).Run(["build", RepoPaths.Manuscript, "--out", outDir]);

            Assert.True(code == CommandLine.Ok, stderr.ToString());
            Assert.True(File.Exists(Path.Combine(outDir, "israel-russia.pdf")));
            Assert.True(File.Exists(Path.Combine(outDir, "israel-russia.epub")));
            Assert.Empty(events.Seen);
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public async Task The_listener_sees_a_loopback_connection_a_name_lookup_and_an_http_request()
    {
        using var events = new NetworkEvents();
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        try
        {
            var port = ((IPEndPoint)server.LocalEndpoint).Port;
            // A one-shot HTTP server: read the request head, answer 204.
            var serving = Task.Run(async () =>
            {
                using var client = await server.AcceptTcpClientAsync();
                var stream = client.GetStream();
                var buffer = new byte[4096];
                var head = new StringBuilder();
                while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var n = await stream.ReadAsync(buffer);
                    if (n == 0) break;
                    head.Append(Encoding.ASCII.GetString(buffer, 0, n));
                }
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"));
            });

            await Dns.GetHostAddressesAsync("localhost");
            using (var http = new HttpClient())
            using (var response = await http.GetAsync($"http://127.0.0.1:{port}/"))
                Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            await serving;
        }
        finally
        {
            server.Stop();
        }

        var seen = events.Seen;
        output.WriteLine(string.Join("\n", seen));
        Assert.Contains("System.Net.Sockets/ConnectStart", seen);
        Assert.Contains("System.Net.NameResolution/ResolutionStart", seen);
        Assert.Contains("System.Net.Http/RequestStart", seen);
    }

    [Fact]
    public async Task Where_a_network_namespace_can_be_made_a_build_succeeds_without_any_network()
    {
        var probe = await TryRun(["unshare", "-rn", "cat", "/proc/net/dev"]);
        if (probe is not { ExitCode: 0 })
        {
            // Some machines forbid unprivileged user namespaces (Ubuntu's AppArmor default, for one);
            // the reference and event tests above are the guarantee there.
            output.WriteLine($"SKIPPED: 'unshare -rn' cannot create a network namespace here ({probe?.Stderr.Trim() ?? "unshare is not installed"}); the build was not run without network.");
            return;
        }
        // Inside the namespace only the loopback interface exists (and it is down).
        var interfaces = probe.Stdout.Split('\n').Skip(2).Select(l => l.Split(':')[0].Trim()).Where(l => l.Length > 0).ToArray();
        Assert.Equal(["lo"], interfaces);

        var outDir = Path.Combine(Path.GetTempPath(), "bb-netns-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await ChildProcess.Run(["unshare", "-rn", .. ChildProcess.Cli("build", RepoPaths.Manuscript, "--out", outDir)]);
            output.WriteLine(result.Stdout + result.Stderr);

            Assert.True(result.ExitCode == 0, result.Stderr);
            Assert.Equal(["israel-russia.epub", "israel-russia.pdf", "israel-russia.preflight.txt", "israel-russia.print.pdf", "israel-russia.print.preflight.txt"],
                Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }

    private static async Task<ChildResult?> TryRun(IReadOnlyList<string> command)
    {
        try
        {
            return await ChildProcess.Run(command);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // the program is not installed
        }
    }
}
