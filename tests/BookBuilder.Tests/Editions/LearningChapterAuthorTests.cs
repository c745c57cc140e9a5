using System.Xml.Linq;
using BookBuilder.Tests.Epub;
using BookBuilder.Tests.Pdf.Output;
using UglyToad.PdfPig;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace BookBuilder.Tests.Editions;

/// <summary>
/// The chapter of the learning fixture whose front matter names its author and describes it: the
/// author's line stands under the title in every edition (and only there), the description is
/// the EPUB page's description.
/// </summary>
public sealed class LearningChapterAuthorTests(LearningEditions editions) : IClassFixture<LearningEditions>
{
    private static readonly XNamespace X = EpubFile.Xhtml;
    private const string Title = "Rivers and Their Banks";
    private const string Author = "Dov Amsalem";

    [Fact]
    public void In_the_epub_the_author_stands_under_the_title_and_in_the_page_s_head()
    {
        var epub = new EpubFile(editions.Epub);
        var pages = epub.Spine.Where(h => h.StartsWith("chapter-", StringComparison.Ordinal)).Select(h => epub.Xml("OEBPS/" + h)).ToList();
        var page = Assert.Single(pages, p => p.Descendants(X + "h1").Single().Value.Contains(Title, StringComparison.Ordinal));
        var header = page.Descendants(X + "header").Single();
        var line = header.Elements().SkipWhile(e => e.Name != X + "h1").Skip(1).Single();
        Assert.Equal(("p", "chapter-author", "by " + Author), (line.Name.LocalName, (string?)line.Attribute("class"), line.Value));
        var meta = page.Descendants(X + "meta").Where(m => m.Attribute("name") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => (string)m.Attribute("content")!);
        Assert.Equal(Author, meta["author"]);
        Assert.StartsWith("How a river\u2019s banks move", meta["description"]);
        // The other chapters name no author.
        Assert.All(pages.Where(p => p != page), p => Assert.DoesNotContain(p.Descendants(), e => (string?)e.Attribute("class") == "chapter-author"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void In_both_pdfs_the_author_s_line_follows_the_title_centred(bool print)
    {
        using var doc = PigDocument.Open(print ? editions.Print : editions.Pdf);
        static int Byline(List<UglyToad.PdfPig.Content.Word> w) =>
            Enumerable.Range(0, Math.Max(0, w.Count - 2)).FirstOrDefault(i => w[i].Text == "by" && w[i + 1].Text == "Dov" && w[i + 2].Text == "Amsalem", -1);
        var page = Assert.Single(doc.GetPages(), p => Byline(p.GetWords().ToList()) >= 0);
        var words = page.GetWords().ToList();
        var by = Byline(words);
        var titleWord = words.Single(w => w.Text == "Banks");
        // Below the title, above the first line of text, centred on the title's axis.
        Assert.True(words[by].BoundingBox.Top < titleWord.BoundingBox.Bottom);
        var line = words.Skip(by).Take(3).ToList();
        var centre = (line[0].BoundingBox.Left + line[^1].BoundingBox.Right) / 2;
        var titleLine = words.Where(w => Math.Abs(w.BoundingBox.Bottom - titleWord.BoundingBox.Bottom) < 1).ToList();
        var titleCentre = (titleLine.Min(w => w.BoundingBox.Left) + titleLine.Max(w => w.BoundingBox.Right)) / 2;
        Assert.InRange(centre - titleCentre, -2, 2);
        var firstText = words.Single(w => w.Text == "plain");
        Assert.True(firstText.BoundingBox.Top < words[by].BoundingBox.Bottom);
    }

    [Fact]
    public void In_the_tagged_pdf_the_author_s_line_is_a_paragraph_right_after_the_chapter_s_heading()
    {
        var pdf = TaggedPdf.Read(editions.Pdf);
        var chapters = pdf.Root.Descendants().Where(n => n.Role == "Sect" && n.Children.FirstOrDefault()?.Role == "H1").ToList();
        // The third chapter's section: after the title page, the contents and two chapters.
        var third = chapters[4];
        Assert.Equal(["H1", "P"], third.Children.Take(2).Select(c => c.Role));
        Assert.Empty(TaggedPdfRules.Check(pdf));
    }
}
