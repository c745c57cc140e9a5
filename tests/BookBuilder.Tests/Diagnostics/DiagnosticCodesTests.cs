using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Diagnostics;

/// <summary>
/// The README lists every diagnostic code the builder can emit, with its severity, and no other.
/// Codes are found where they are made: string literals in src/ (with the severity of the call that
/// reports them) and the preflight codes, which are built from <see cref="PreflightKind"/>.
/// </summary>
public partial class DiagnosticCodesTests
{
    private static readonly string Src = Path.Combine(RepoPaths.Root, "src");

    [GeneratedRegex("\"(?<code>BB\\d{3}|PDF\\d{3}|PDF-[A-Z]+|EPUB\\d{3}|EPUB-[A-Z]+)\"")]
    private static partial Regex CodeLiteral();

    /// <summary>How a diagnostic of some severity is made: bag.Error(...), Warn(...), new(Severity.Warning, ...).</summary>
    [GeneratedRegex(@"\b(?<call>Error|Warning|Warn|Info)\(|Severity\.(?<sev>Error|Warning|Info)\b")]
    private static partial Regex SeverityToken();

    /// <summary>A code put together at run time, e.g. "PDF-" + kind.</summary>
    [GeneratedRegex("\"(BB|PDF|EPUB)-?\"\\s*\\+")]
    private static partial Regex ComposedCode();

    [GeneratedRegex(@"^\|\s*`(?<code>[A-Z]+-?[A-Z0-9]+)`\s*\|\s*(?<sev>[a-z, ]+?)\s*\|", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    /// <summary>Every code written as a literal in src/, with the severities it is reported with.</summary>
    private static Dictionary<string, SortedSet<string>> LiteralCodes(List<string> unknown)
    {
        var codes = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            foreach (Match m in CodeLiteral().Matches(text))
            {
                // The call that reports the code starts on the same line or up to two lines above.
                var lineStart = m.Index;
                for (var lines = 0; lineStart > 0 && lines < 3; lineStart--)
                    if (text[lineStart - 1] == '\n') lines++;
                var tokens = SeverityToken().Matches(text[lineStart..m.Index]);
                var code = m.Groups["code"].Value;
                if (tokens.Count == 0)
                {
                    unknown.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {code}");
                    continue;
                }
                var last = tokens[^1];
                var severity = last.Groups["sev"].Success ? last.Groups["sev"].Value : last.Groups["call"].Value;
                severity = severity == "Warn" ? "warning" : severity.ToLowerInvariant();
                if (!codes.TryGetValue(code, out var set)) codes[code] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(severity);
            }
        }
        return codes;
    }

    /// <summary>The codes of the preflight report: one per kind of layout problem.</summary>
    private static IEnumerable<Diagnostic> PreflightDiagnostics()
    {
        var issues = Enum.GetValues<PreflightKind>().Select(k => new PreflightIssue(k, "1", "test", default)).ToArray();
        var report = new PreflightReport
        {
            PageCount = 1, LineCount = 0, HyphenatedLines = 0, OverfullLines = 0, LooseLines = 0, LooseThreshold = 2,
            LoosePages = [], UnfittableWords = [], Issues = issues, TocPasses = 1,
        };
        return report.ToDiagnostics();
    }

    /// <summary>Every code the builder can emit, with its severities.</summary>
    private static Dictionary<string, SortedSet<string>> EmittedCodes()
    {
        var unknown = new List<string>();
        var codes = LiteralCodes(unknown);
        Assert.True(unknown.Count == 0, "cannot tell the severity of these codes (report them with .Error/.Warning or Severity.X on the same or the two lines above):\n" + string.Join("\n", unknown));
        foreach (var d in PreflightDiagnostics())
        {
            if (!codes.TryGetValue(d.Code, out var set)) codes[d.Code] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(d.Severity.ToString().ToLowerInvariant());
        }
        return codes;
    }

    /// <summary>The code tables of the README's Diagnostics section: code and severity of each row.</summary>
    private static Dictionary<string, string> ReadmeCodes()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("\n### Diagnostics\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '### Diagnostics' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in ReadmeRow().Matches(section))
            Assert.True(rows.TryAdd(m.Groups["code"].Value, m.Groups["sev"].Value), $"README lists {m.Groups["code"].Value} twice");
        return rows;
    }

    [Fact]
    public void The_scan_finds_codes_of_every_kind_with_their_severity()
    {
        var codes = EmittedCodes();
        Assert.Equal(["error"], codes["BB052"]);
        Assert.Equal(["warning"], codes["BB074"]);
        Assert.Equal(["warning"], codes["PDF003"]); // reported on the line after the call
        Assert.Equal(["warning"], codes["PDF004"]); // through the painter's Warn helper
        Assert.Equal(["warning"], codes["PDF-HYPHEN"]);
        Assert.Equal(["warning"], codes["PDF-WIDOW"]);
        Assert.True(codes.Count >= 50, $"only {codes.Count} codes found");
    }

    [Fact]
    public void Codes_are_composed_at_run_time_only_by_the_preflight_report()
    {
        var composed = SourceFiles()
            .Where(f => ComposedCode().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Src, f).Replace('\\', '/'))
            .ToArray();
        // Those codes are covered by PreflightDiagnostics(); any other composed code would escape the scan.
        Assert.Equal(["BookBuilder/Pdf/Paging/PreflightReport.cs"], composed);
        Assert.Equal(Enum.GetValues<PreflightKind>().Length, PreflightDiagnostics().Select(d => d.Code).Distinct().Count());
    }

    [Fact]
    public void The_readme_lists_every_code_with_its_severity_and_no_other()
    {
        var emitted = EmittedCodes();
        var documented = ReadmeCodes();

        var missing = emitted.Keys.Except(documented.Keys).Order(StringComparer.Ordinal).ToArray();
        var stale = documented.Keys.Except(emitted.Keys).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "README.md does not document: " + string.Join(", ", missing));
        Assert.True(stale.Length == 0, "README.md documents codes the builder never emits: " + string.Join(", ", stale));
        var wrong = emitted
            .Where(kv => documented[kv.Key] != string.Join(", ", kv.Value))
            .Select(kv => $"{kv.Key}: README says '{documented[kv.Key]}', the code reports {string.Join(", ", kv.Value)}")
            .ToArray();
        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }
}
