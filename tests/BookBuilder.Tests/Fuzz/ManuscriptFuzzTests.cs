using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Tests.Support;
using CsCheck;

namespace BookBuilder.Tests.Fuzz;

/// <summary>
/// Property tests over random manuscripts. The number of cases is BOOKBUILDER_FUZZ_CASES
/// (default 150); CI runs a longer pass separately.
/// </summary>
public class ManuscriptFuzzTests
{
    internal static int Cases => int.TryParse(Environment.GetEnvironmentVariable("BOOKBUILDER_FUZZ_CASES"), out var n) && n > 0 ? n : 150;

    internal static TempManuscript Materialise(GeneratedManuscript g)
    {
        var m = new TempManuscript(populate: false);
        var list = string.Join("\n", g.Chapters.Select((_, i) => $"  - c{i}.md"));
        m.Write("book.yml", $"title: \"Fuzz\"\nauthors: [\"A\"]\nlanguage: en\nidentifier: \"urn:uuid:0f5b3a3c-5d7e-4a8b-9c1d-2e3f4a5b6c7d\"\ndate: 2026-01-01\nchapters:\n{list}\nfaq: faq.md\nglossary: glossary.md\n");
        for (var i = 0; i < g.Chapters.Count; i++) m.Write($"c{i}.md", g.Chapters[i]);
        m.Write("faq.md", g.Faq);
        m.Write("glossary.md", g.Glossary);
        return m;
    }

    [Fact]
    public void Reading_any_manuscript_never_throws_and_every_diagnostic_names_a_file()
    {
        ManuscriptGen.Manuscript.Sample(g =>
        {
            using var m = Materialise(g);
            var d = new DiagnosticBag();
            var book = ManuscriptLoader.Load(m.Root, d);
            Assert.NotNull(book);
            Assert.All(d.Items, x => Assert.False(string.IsNullOrEmpty(x.File), x.ToString()));
            Assert.All(d.Items.Where(x => x.File != "book.yml"), x => Assert.True(x.Line >= 1 || x.Code is "BB053" or "BB074", x.ToString()));
            // Every anchor id is unique and a valid XML id.
            Assert.All(book!.Anchors.Keys, id => Assert.Matches("^[A-Za-z][A-Za-z0-9_.\\-]*$", id));
        }, iter: Cases, threads: 1);
    }
}
