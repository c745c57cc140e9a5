// The book pipeline: restore, build, test, build both editions, validate them.
//   dotnet tool restore && dotnet cake                      both editions into artifacts/
//   dotnet cake --target=Test                               the test suite
//   dotnet cake --manuscript=path/to/book --output=out      another manuscript
//   dotnet cake --target=Benchmark                          stage benchmarks on a 200-page book
// Arguments: --target, --configuration, --manuscript, --output, --page-size, --strict

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var manuscript = MakeAbsolute(Directory(Argument("manuscript", "manuscript")));
var output = MakeAbsolute(Directory(Argument("output", "artifacts")));
var pageSize = Argument("page-size", "a4");
var strict = HasArgument("strict");

var solution = File("IsraelRussia.sln");
var cliDll = File($"src/BookBuilder.Cli/bin/{configuration}/net10.0/BookBuilder.Cli.dll");

Task("Clean")
    .Description("Deletes build outputs and the editions.")
    .Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    if (DirectoryExists(output)) DeleteDirectory(output, new DeleteDirectorySettings { Recursive = true, Force = true });
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

void BuildEdition(string format)
{
    var args = new ProcessArgumentBuilder()
        .Append("build").AppendQuoted(manuscript.FullPath)
        .Append("--out").AppendQuoted(output.FullPath)
        .Append("--format").Append(format)
        .Append("--page-size").Append(pageSize);
    if (strict) args.Append("--strict");
    DotNetExecute(cliDll, args);
}

Task("Epub")
    .Description("Builds the EPUB edition into the output folder.")
    .IsDependentOn("Build")
    .Does(() => BuildEdition("epub"));

Task("Pdf")
    .Description("Builds the PDF edition into the output folder.")
    .IsDependentOn("Build")
    .Does(() => BuildEdition("pdf"));

// One process for both: the manuscript is read once and the program starts once.
Task("Editions")
    .Description("Builds both editions.")
    .IsDependentOn("Build")
    .Does(() => BuildEdition("all"));

bool Has(string tool) => StartProcess("sh", new ProcessSettings { Arguments = $"-c \"command -v {tool}\"", RedirectStandardOutput = true }) == 0;

int Run(string tool, string arguments, out string text)
{
    var code = StartProcess(tool, new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true, RedirectStandardError = true }, out var stdout, out var stderr);
    text = string.Join("\n", stdout.Concat(stderr));
    return code;
}

Task("Validate")
    .Description("Runs epubcheck, qpdf and pdffonts on the editions, where they are installed.")
    .IsDependentOn("Editions")
    .Does(() =>
{
    var failures = new List<string>();
    // EPUBCheck 4.2.6 (Debian; the version Kobo ingests with) and, where .ci/fetch-epubcheck5.sh has
    // put it, EPUBCheck 5 (EPUB 3.3 rules).
    var epubcheck = "/usr/share/java/epubcheck.jar";
    var epubcheck5 = MakeAbsolute(File(".cache/tools/epubcheck-5.1.0/epubcheck.jar")).FullPath;
    foreach (var epub in GetFiles(output.FullPath + "/*.epub"))
    {
        if (!FileExists(epubcheck) || !Has("java")) { Warning($"epubcheck not installed: {epub.GetFilename()} not validated (apt-get install epubcheck)"); continue; }
        var code = Run("java", $"-jar {epubcheck} --failonwarnings \"{epub.FullPath}\"", out var text);
        Information(text);
        if (code != 0) failures.Add($"epubcheck rejected {epub.GetFilename()}");
        if (!FileExists(epubcheck5)) { Warning("EPUBCheck 5 not fetched (.ci/fetch-epubcheck5.sh): checked with 4.2.6 only"); continue; }
        code = Run("java", $"-jar \"{epubcheck5}\" --failonwarnings \"{epub.FullPath}\"", out text);
        Information(text);
        if (code != 0) failures.Add($"EPUBCheck 5 rejected {epub.GetFilename()}");
    }
    // Ace by DAISY (accessibility), installed by .ci/run into .ci/ace; runs with Debian's chromium.
    var ace = MakeAbsolute(File(".ci/ace/node_modules/.bin/ace-puppeteer")).FullPath;
    foreach (var epub in GetFiles(output.FullPath + "/*.epub"))
    {
        if (!FileExists(ace) || !Has("chromium")) { Warning("Ace by DAISY not installed (see .ci/run): accessibility not checked"); continue; }
        var reportDir = MakeAbsolute(Directory(".cache/ace-report")).FullPath;
        var settings = new ProcessSettings
        {
            Arguments = $"--outdir \"{reportDir}\" --force \"{epub.FullPath}\"",
            EnvironmentVariables = new Dictionary<string, string> { ["PUPPETEER_EXECUTABLE_PATH"] = "/usr/bin/chromium" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var code = StartProcess(ace, settings, out var aceOut, out var aceErr);
        var reportFile = System.IO.Path.Combine(reportDir, "report.json");
        var outcome = System.IO.File.Exists(reportFile)
            ? System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(reportFile)).RootElement.GetProperty("earl:result").GetProperty("earl:outcome").GetString()
            : null;
        Information($"Ace by DAISY: {epub.GetFilename()}: {outcome ?? "no report"} (exit {code})");
        if (code != 0 || outcome != "pass")
        {
            Information(string.Join("\n", aceOut.Concat(aceErr).Where(l => l.Contains("violation", StringComparison.OrdinalIgnoreCase) || l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(20)));
            failures.Add($"Ace by DAISY found accessibility violations in {epub.GetFilename()} (report: {reportDir}/report.html)");
        }
    }
    foreach (var pdf in GetFiles(output.FullPath + "/*.pdf"))
    {
        if (Has("qpdf"))
        {
            var code = Run("qpdf", $"--check \"{pdf.FullPath}\"", out var text);
            Information(text);
            if (code != 0) failures.Add($"qpdf --check failed for {pdf.GetFilename()}");
        }
        else Warning("qpdf not installed: PDF structure not checked (apt-get install qpdf)");

        if (Has("pdffonts"))
        {
            Run("pdffonts", $"\"{pdf.FullPath}\"", out var fonts);
            Information(fonts);
            var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            // Colour emoji are bitmap glyphs, which PDF can only hold as unnamed Type 3 fonts;
            // any named Type 3 font is a text face that lost its outlines.
            if (rows.Any(r => r.Contains("Type 3") && !r.StartsWith("[none]")))
                failures.Add($"{pdf.GetFilename()} has Type 3 text fonts");
            var cols = rows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (cols.Any(c => c.Length >= 5 && c[^5] == "no"))
                failures.Add($"{pdf.GetFilename()} has fonts that are not embedded");
            if (rows.Any(r => !System.Text.RegularExpressions.Regex.IsMatch(r, @"^[A-Z]{6}\+") && !r.Contains("Type 3")))
                failures.Add($"{pdf.GetFilename()} has fonts that are not subset");
        }
        else Warning("pdffonts not installed: fonts not checked (apt-get install poppler-utils)");
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
    .Description("Builds both editions and validates them.")
    .IsDependentOn("Validate");

RunTarget(target);
