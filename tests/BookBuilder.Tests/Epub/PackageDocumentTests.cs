using System.Text.RegularExpressions;
using System.Xml.Linq;
using static BookBuilder.Tests.Epub.EpubFile;

namespace BookBuilder.Tests.Epub;

/// <summary>content.opf: bibliographic and accessibility metadata, manifest and spine.</summary>
public sealed class PackageDocumentTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    private XElement Metadata => fixture.Epub.Package.Root!.Element(Opf + "metadata")!;

    private IEnumerable<XElement> Metas(string property) =>
        Metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("property") == property);

    private XElement Refining(string id, string property) =>
        Assert.Single(Metas(property), m => (string?)m.Attribute("refines") == "#" + id);

    [Fact]
    public void Package_names_pub_id_as_unique_identifier()
    {
        var root = fixture.Epub.Package.Root!;
        Assert.Equal("3.0", (string?)root.Attribute("version"));
        Assert.Equal("pub-id", (string?)root.Attribute("unique-identifier"));
        var id = Assert.Single(Metadata.Elements(Dc + "identifier"));
        Assert.Equal("pub-id", (string?)id.Attribute("id"));
        Assert.Equal(SampleBook.Identifier, id.Value);
    }

    [Fact]
    public void Title_and_subtitle_are_typed()
    {
        var titles = Metadata.Elements(Dc + "title").ToArray();
        Assert.Equal(2, titles.Length);
        Assert.Equal(fixture.Book.Metadata.Title, titles[0].Value);
        Assert.Equal("main", Refining((string)titles[0].Attribute("id")!, "title-type").Value);
        Assert.Equal(fixture.Book.Metadata.Subtitle, titles[1].Value);
        Assert.Equal("subtitle", Refining((string)titles[1].Attribute("id")!, "title-type").Value);
    }

    [Fact]
    public void Creators_have_roles_and_sort_names()
    {
        var creators = Metadata.Elements(Dc + "creator").ToArray();
        Assert.Equal(["Dana Levin Orlov", "Ilya Marks"], creators.Select(c => c.Value));
        var first = (string)creators[0].Attribute("id")!;
        var second = (string)creators[1].Attribute("id")!;
        var role = Refining(first, "role");
        Assert.Equal("aut", role.Value);
        Assert.Equal("marc:relators", (string?)role.Attribute("scheme"));
        // No sort name is made up: "Orlov, Dana Levin" may be right, "contributors, The Open Source Way" is not.
        Assert.DoesNotContain(Metadata.Elements(Opf + "meta"), m => (string?)m.Attribute("refines") == "#" + first && (string?)m.Attribute("property") == "file-as");
        Assert.Equal("edt", Refining(second, "role").Value);
        Assert.Equal("Marks, Ilya", Refining(second, "file-as").Value);
    }

    [Fact]
    public void Dublin_core_fields_come_from_the_metadata()
    {
        var m = fixture.Book.Metadata;
        Assert.Equal("en", Metadata.Element(Dc + "language")!.Value);
        Assert.Equal(m.Publisher, Metadata.Element(Dc + "publisher")!.Value);
        Assert.Equal(m.Rights, Metadata.Element(Dc + "rights")!.Value);
        Assert.Equal(m.Description, Metadata.Element(Dc + "description")!.Value);
        Assert.Equal(m.Subjects, Metadata.Elements(Dc + "subject").Select(s => s.Value));
        Assert.Equal("2024-01-15", Metadata.Element(Dc + "date")!.Value);
        Assert.Equal("en", (string?)fixture.Epub.Package.Root!.Attribute(XNamespace.Xml + "lang"));
    }

    [Fact]
    public void Exactly_one_dcterms_modified_in_the_required_form()
    {
        var modified = Assert.Single(Metas("dcterms:modified"));
        Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"), modified.Value);
        Assert.Equal("2024-03-09T14:30:52Z", modified.Value);
    }

    [Fact]
    public void Accessibility_metadata_is_claimed_without_conformance()
    {
        string[] Values(string p) => Metas(p).Select(m => m.Value).ToArray();
        Assert.Equal(["textual", "visual"], Values("schema:accessMode"));
        Assert.Contains("textual", Values("schema:accessModeSufficient"));
        // The sample book's glossary terms make an index; it was written without a paged edition: no page list.
        Assert.Equal(["structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "index"], Values("schema:accessibilityFeature"));
        Assert.Equal(["none"], Values("schema:accessibilityHazard"));
        Assert.NotEmpty(Assert.Single(Values("schema:accessibilitySummary")));
        Assert.Empty(Metas("dcterms:conformsTo"));
        Assert.DoesNotContain("conformsTo", fixture.Epub.Text("OEBPS/content.opf"));
    }

    [Fact]
    public void Alternative_text_is_not_claimed_when_an_image_lacks_it()
    {
        var image = fixture.Book.Images[0] with { Alt = "" };
        var book = fixture.Book with { Images = [image], Chapters = [.. fixture.Book.Chapters.Take(1)] };
        var epub = new EpubFile(EpubFixture.Build(book, fixture.Options with { Fonts = null }));
        var features = epub.Package.Descendants(Opf + "meta")
            .Where(m => (string?)m.Attribute("property") == "schema:accessibilityFeature").Select(m => m.Value);
        Assert.DoesNotContain("alternativeText", features);
    }

    [Fact]
    public void Manifest_lists_exactly_the_files_of_the_container()
    {
        var manifest = fixture.Epub.Manifest.Select(m => "OEBPS/" + m.Href).Order(StringComparer.Ordinal).ToArray();
        var files = fixture.Epub.Names.Where(n => n is not ("mimetype" or "META-INF/container.xml" or "OEBPS/content.opf"))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, manifest);
        Assert.Equal(fixture.Epub.Manifest.Count, fixture.Epub.Manifest.Select(m => m.Id).Distinct().Count());
        Assert.Single(fixture.Epub.Manifest, m => m.Properties == "nav" && m.Href == "nav.xhtml");
        Assert.Contains(fixture.Epub.Manifest, m => m.Href == "images/un-vote.png" && m.MediaType == "image/png");
        Assert.Contains(fixture.Epub.Manifest, m => m.Href == "toc.ncx" && m.MediaType == "application/x-dtbncx+xml");
        Assert.Contains(fixture.Epub.Manifest, m => m.Href == "css/book.css" && m.MediaType == "text/css");
        Assert.Equal("ncx", (string?)fixture.Epub.Package.Root!.Element(Opf + "spine")!.Attribute("toc"));
    }
}
