namespace BookBuilder.Epub;

/// <summary>
/// Words the EPUB adds around the author's text. The book model has no localisation yet, so these
/// are English; they live in one place so that a translation touches one file.
/// </summary>
internal static class EpubLabels
{
    public const string Cover = "Cover";
    public const string TitlePage = "Title page";
    public const string Copyright = "Copyright";
    public const string Contents = "Contents";
    public const string Landmarks = "Landmarks";
    public const string StartOfContent = "Start of content";
    public const string BackToText = "Back to text";
    public const string Chapter = "Chapter";
    public const string Faq = "FAQ";
    public const string Glossary = "Glossary";
    public const string Edition = "Edition";
    public const string Identifier = "Identifier";
    public const string Published = "Published";
    public const string By = "by";

    /// <summary>Text of the cover image's alternative text.</summary>
    public static string CoverAlt(string fullTitle, string authors) =>
        authors.Length == 0 ? $"Cover of {fullTitle}" : $"Cover of {fullTitle} by {authors}";
}
