using System.Text.RegularExpressions;

namespace BookBuilder.Tests.Epub;

/// <summary>book.css leaves the reader in charge: no fixed body size or colours, no flex or grid.</summary>
public sealed class StyleSheetTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    private string Css => fixture.Epub.Text("OEBPS/css/book.css");

    [Fact]
    public void Body_has_no_font_size_or_colour()
    {
        var body = Regex.Match(Css, @"(?m)^body\s*\{(?<rules>[^}]*)\}").Groups["rules"].Value;
        Assert.NotEmpty(body);
        Assert.DoesNotContain("font-size", body);
        Assert.DoesNotContain("color", body);
        Assert.DoesNotContain("font-family", body);
    }

    [Fact]
    public void No_layout_reading_systems_ignore_and_no_hard_coded_text_or_page_colours()
    {
        Assert.DoesNotMatch(new Regex(@"display:\s*(flex|grid|inline-flex)"), Css);
        Assert.DoesNotMatch(new Regex(@"(?<![-\w])color:\s*(#|black|white|rgb\()"), Css);
        Assert.DoesNotMatch(new Regex(@"background(-color)?:"), Css);
        Assert.DoesNotMatch(new Regex(@"font-size:\s*[\d.]+(px|pt)"), Css);
        Assert.DoesNotMatch(new Regex(@"(margin|padding|width|text-indent)[^;]*\d(px|pt|cm|mm|in)"), Css);
    }

    [Fact]
    public void Hyphenation_and_ornament_rules_are_present()
    {
        Assert.Contains("hyphens: auto", Css);
        Assert.Contains("-webkit-hyphens: auto", Css);
        Assert.Matches(new Regex(@"\.ornament\s*\{[^}]*text-align:\s*center[^}]*font-size:\s*1\.\d+em"), Css);
        Assert.Matches(new Regex(@"h2\.faq-question\s*\{"), Css);
        Assert.Matches(new Regex(@"\.glossary-list dt\s*\{[^}]*font-weight:\s*bold"), Css);
    }
}
