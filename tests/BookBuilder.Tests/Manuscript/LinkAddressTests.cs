using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// An external link's address is one ASCII URI in the model, which both editions write: an IRI
/// (letters of any script in the path, a host name in another script) is percent-encoded and
/// IDNA-encoded, and what is already a URI stays as the author wrote it.
/// </summary>
public class LinkAddressTests
{
    private static (LinkInline? Link, IReadOnlyList<Diagnostic> Diagnostics) Link(string markdown)
    {
        using var m = new TempManuscript();
        m.Write("two.md", $"# Second Chapter\n\n## Later Days\n\n{markdown}\n");
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        return (ManuscriptLoaderTests.Descendants(book!.Chapters[1]).OfType<LinkInline>().SingleOrDefault(), d.Sorted());
    }

    [Theory]
    [InlineData("[Russia](https://ru.wikipedia.org/wiki/Россия)", "https://ru.wikipedia.org/wiki/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F")]
    [InlineData("<https://пример.рф/путь?q=да#часть>", "https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C?q=%D0%B4%D0%B0#%D1%87%D0%B0%D1%81%D1%82%D1%8C")]
    [InlineData("[Zürich](https://www.zürich.ch:8080/stadt)", "https://www.xn--zrich-kva.ch:8080/stadt")]
    [InlineData("[mail](mailto:пётр@почта.рф?subject=Привет)", "mailto:%D0%BF%D1%91%D1%82%D1%80@xn--80a1acny.xn--p1ai?subject=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82")]
    [InlineData("[spaced](<https://example.org/a b|c>)", "https://example.org/a%20b%7Cc")]
    public void An_iri_becomes_an_ascii_uri(string markdown, string uri)
    {
        var (link, diagnostics) = Link(markdown);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(uri, link!.Url);
        Assert.True(System.Text.Ascii.IsValid(link.Url));
    }

    [Theory]
    [InlineData("[a](https://example.org/a?b=1&c=2#x)", "https://example.org/a?b=1&c=2#x")]
    [InlineData("[a](https://example.org/caf%C3%A9)", "https://example.org/caf%C3%A9")]
    [InlineData("[a](http://Example.ORG)", "http://Example.ORG")]
    [InlineData("<someone@example.com>", "mailto:someone@example.com")]
    public void A_uri_stays_as_written(string markdown, string uri)
    {
        var (link, _) = Link(markdown);
        Assert.Equal(uri, link!.Url);
    }

    [Fact]
    public void The_text_of_the_link_keeps_its_letters()
    {
        var (link, _) = Link("<https://пример.рф>");
        Assert.Equal("https://пример.рф", InlineText.Plain(link!.Children));
    }

    [Theory]
    [InlineData("[a](https:nohost)")]
    [InlineData("[a](https://яяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяяя.рф/)")]
    public void An_address_that_is_no_url_is_an_error_at_its_place(string markdown)
    {
        var (link, diagnostics) = Link(markdown);
        var error = Assert.Single(diagnostics, d => d.Code == "BB059");
        Assert.Equal(("two.md", 5), (error.File, error.Line));
        Assert.Null(link);
    }
}

/// <summary>Both editions link to the model's one ASCII address: the PDF's link annotation and the EPUB's href alike.</summary>
public class LinkAddressEditionTests
{
    /// <summary>The PDF's link annotations and the EPUB's hrefs carry the model's address: a host in another script in IDNA form, not percent-encoded.</summary>
    [Theory]
    [InlineData("[Russia](https://ru.wikipedia.org/wiki/Россия)", "https://ru.wikipedia.org/wiki/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F")]
    [InlineData("[an example](https://пример.рф/путь)", "https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C")]
    [InlineData("[Zürich](https://www.zürich.ch/stadt)", "https://www.xn--zrich-kva.ch/stadt")]
    public void Both_editions_carry_the_same_ascii_address(string link, string expected)
    {
        using var m = new TempManuscript();
        m.Write("two.md", $"# Second Chapter\n\n## Later Days\n\nSee {link}.\n");
        var d = new DiagnosticBag();
        var plan = BookBuilder.Plan.BookPlanner.Plan(ManuscriptLoader.Load(m.Root, d)!);
        var options = new BookBuilder.Publishing.BuildOptions { Timestamp = DateTimeOffset.UnixEpoch };

        using var pdf = new MemoryStream();
        new BookBuilder.Pdf.PdfEditionWriter().Write(plan, pdf, options, new DiagnosticBag());
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray());
        var uris = document.GetPages().SelectMany(p => p.GetAnnotations())
            .Select(a => a.AnnotationDictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.A, out UglyToad.PdfPig.Tokens.DictionaryToken action)
                && action.TryGet(UglyToad.PdfPig.Tokens.NameToken.Uri, out UglyToad.PdfPig.Tokens.StringToken uri) ? uri.Data : null)
            .Where(u => u is not null).ToList();
        Assert.Equal([expected], uris);

        using var epub = new MemoryStream();
        new BookBuilder.Epub.EpubEditionWriter().Write(plan, epub, options, new DiagnosticBag());
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(epub.ToArray()));
        var chapter = new StreamReader(zip.GetEntry("OEBPS/chapter-02.xhtml")!.Open()).ReadToEnd();
        Assert.Contains($"href=\"{expected}\"", chapter, StringComparison.Ordinal);
    }
}
