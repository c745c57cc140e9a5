using System.Text;
using System.Text.RegularExpressions;
using BookBuilder.Diagnostics;
using BookBuilder.Pdf.Layout;
using BookBuilder.Pdf.Paging;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Diagnostics;

/// <summary>
/// Every diagnostic is declared once in <see cref="DiagnosticCatalog"/>; the README's tables are
/// the catalog written out, area by area, and this test keeps them so.
/// </summary>
public partial class DiagnosticCodesTests
{
    /// <summary>The line that introduces each area's table in the README.</summary>
    private static readonly Dictionary<DiagnosticArea, string> Intros = new()
    {
        [DiagnosticArea.Manifest] = "The manuscript folder and `book.yml`:",
        [DiagnosticArea.Structure] = "Structure, anchors and text:",
        [DiagnosticArea.Images] = "Images:",
        [DiagnosticArea.Links] = "Links, footnotes and raw HTML:",
        [DiagnosticArea.FaqAndGlossary] = "FAQ and glossary:",
        [DiagnosticArea.PdfEdition] = "The PDF edition (each also in `<slug>.preflight.txt`):",
        [DiagnosticArea.EpubEdition] = "The EPUB edition:",
        [DiagnosticArea.Environment] = "The build's environment (the machine, not the manuscript):",
        [DiagnosticArea.Apparatus] = "Cross-references, captions and the index:",
        [DiagnosticArea.Learning] = "Exercises, review questions and FAQs in chapters:",
    };

    [GeneratedRegex(@"\{(\d+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>The README table of an area as the catalog writes it.</summary>
    private static string Table(DiagnosticArea area)
    {
        var sb = new StringBuilder(Intros[area]).Append("\n\n| Code | Severity | Meaning |\n|------|----------|---------|\n");
        foreach (var c in DiagnosticCatalog.All.Where(c => c.Area == area))
            sb.Append($"| `{c.Code}` | {c.Severity.ToString().ToLowerInvariant()} | {c.Meaning} |\n");
        return sb.ToString();
    }

    private static string DiagnosticsSection()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n### Diagnostics\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '### Diagnostics' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    [Fact]
    public void Each_code_is_declared_once_with_one_severity_and_meaning()
    {
        var all = DiagnosticCatalog.All;
        Assert.True(all.Count >= 60, $"only {all.Count} codes in the catalog");
        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct().Count());
        Assert.Equal(all.Count, all.Select(c => c.Meaning).Distinct().Count());
        Assert.All(all, c => Assert.Matches(@"^(BB\d{3}|PDF\d{3}|PDF-[A-Z]+|EPUB\d{3})$", c.Code));
        Assert.Same(DiagnosticCatalog.LinkToUnknownAnchor, DiagnosticCatalog.Find("BB052"));
        Assert.Equal(Severity.Warning, DiagnosticCatalog.Find("BB074")!.Severity);
    }

    [Fact]
    public void Every_template_formats_with_as_many_arguments_as_it_has_holes()
    {
        foreach (var code in DiagnosticCatalog.All)
        {
            var holes = Placeholder().Matches(code.Template).Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(-1).Max() + 1;
            var message = code.Message(Enumerable.Repeat<object?>(0, holes).ToArray());
            Assert.DoesNotContain("{", message.Replace("{#", ""));
            Assert.True(message.Length > 0, code.Code);
        }
    }

    [Fact]
    public void Every_layout_problem_has_its_own_code()
    {
        var codes = Enum.GetValues<PreflightKind>().Select(PreflightReport.CodeOf).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Equal(DiagnosticArea.PdfEdition, c.Area));
        var issue = new PreflightIssue(PreflightKind.Widow, "12", "single line carried to the next page", new("one.md", 3, 1));
        var report = new PreflightReport
        {
            PageCount = 1, LineCount = 0, HyphenatedLines = 0, OverfullLines = 0, LooseLines = 0, LooseThreshold = 2,
            LoosePages = [], UnfittableWords = [], Issues = [issue], TocPasses = 1,
        };
        var d = Assert.Single(report.ToDiagnostics());
        Assert.Equal("one.md:3:1: warning: PDF page 12: single line carried to the next page", d.ToString());
        Assert.Equal("PDF-WIDOW", d.Code);
    }

    [Fact]
    public void The_readme_tables_are_the_catalog()
    {
        var section = DiagnosticsSection();
        foreach (var area in Enum.GetValues<DiagnosticArea>().Where(a => DiagnosticCatalog.All.Any(c => c.Area == a)))
        {
            var table = Table(area);
            Assert.True(section.Contains(table, StringComparison.Ordinal),
                $"README.md's table for {area} is not the catalog's; it should read:\n\n{table}");
        }
        var rows = Regex.Matches(section, @"^\| `", RegexOptions.Multiline).Count;
        Assert.Equal(DiagnosticCatalog.All.Count, rows);
    }
}
