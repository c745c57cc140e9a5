namespace BookBuilder.Epub.Content;

/// <summary>
/// The arrow that starts a link back to the text (footnotes, glossary uses): "↩" with the text
/// presentation selector U+FE0E, without which Apple Books and other readers draw it as a
/// coloured emoji, larger than the text around it.
/// </summary>
internal static class BackArrow
{
    public const string Text = "\u21A9\uFE0E";
}
