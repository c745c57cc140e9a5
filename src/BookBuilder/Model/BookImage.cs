namespace BookBuilder.Model;

/// <summary>
/// An image of the manuscript, read once from a file inside the manuscript folder and verified to
/// decode. The editions embed <see cref="Encoded"/> and never read the file again.
/// </summary>
/// <param name="Id">Stable id, unique in the book (used for file names inside editions).</param>
/// <param name="RelativePath">Path relative to the manuscript folder, with forward slashes.</param>
/// <param name="MediaType">image/png, image/jpeg or image/gif: the type of <see cref="Encoded"/>.</param>
/// <param name="Alt">Alternative text; empty when the author gave none (a warning).</param>
/// <param name="Width">Pixel width of the picture upright (as it is seen).</param>
/// <param name="Height">Pixel height of the picture upright.</param>
public sealed record BookImage(string Id, string RelativePath, string MediaType, string Alt, int Width, int Height)
{
    /// <summary>
    /// The picture as both editions embed it: upright, so that it needs no EXIF orientation to be
    /// shown right (a photograph stored on its side was turned when it was read; its pixels, not
    /// a tag, say which way is up), and a PNG without metadata chunks. The file's own bytes when
    /// nothing had to change.
    /// </summary>
    public required ReadOnlyMemory<byte> Encoded { get; init; }
}
