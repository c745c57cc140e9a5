using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// A block with more emphasis and link markers than a block may have is refused at its first line
/// before the Markdown reader, whose pairing of markers grows with the square of their number.
/// </summary>
public sealed class MarkerFloodTests
{
    private static IReadOnlyList<Diagnostic> Load(string chapterTwo)
    {
        using var m = new TempManuscript();
        m.Write("two.md", chapterTwo);
        var diagnostics = new DiagnosticBag();
        ManuscriptLoader.Load(m.Root, diagnostics);
        // A file refused whole leaves the links to it broken besides: only its own errors count here.
        return diagnostics.Items.Where(d => d.Severity == Severity.Error && d.File == "two.md").ToList();
    }

    [Theory]
    [InlineData("a* ")]
    [InlineData("_b ")]
    [InlineData("[")]
    [InlineData("*x* ")]
    public void A_block_flooded_with_markers_is_refused_at_its_first_line(string unit)
    {
        var flood = string.Concat(Enumerable.Repeat(unit, InputLimits.MarkersPerBlock + 1));
        var errors = Load($"# Second Chapter\n\nA paragraph.\n\nFirst line of the block\n{flood}\nlast line\n");
        var error = Assert.Single(errors);
        Assert.Equal("BB063", error.Code);
        Assert.Equal(("two.md", 5), (error.File, error.Line));
    }

    [Fact]
    public void Markers_in_fenced_code_or_spread_over_blocks_are_not_counted_together()
    {
        var half = string.Concat(Enumerable.Repeat("a\\* ", InputLimits.MarkersPerBlock / 2));
        var code = string.Concat(Enumerable.Repeat("x * y\n", InputLimits.MarkersPerBlock + 10));
        var errors = Load($"# Second Chapter\n\n{half}\n\n{half}\n\n```\n{code}```\n\n## Later Days\n\nText.\n");
        Assert.DoesNotContain(errors, e => e.Code == "BB063");
    }
}
