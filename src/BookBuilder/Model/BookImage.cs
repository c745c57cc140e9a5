namespace BookBuilder.Model;

/// <summary>
/// An image file of the manuscript, verified to exist inside the manuscript folder and to decode.
/// </summary>
/// <param name="Id">Stable id, unique in the book (used for file names inside editions).</param>
/// <param name="SourcePath">Absolute path of the file on disk.</param>
/// <param name="RelativePath">Path relative to the manuscript folder, with forward slashes.</param>
/// <param name="MediaType">image/png, image/jpeg, image/gif, image/svg+xml or image/webp.</param>
/// <param name="Alt">Alternative text; empty when the author gave none (a warning).</param>
/// <param name="Width">Pixel width.</param>
/// <param name="Height">Pixel height.</param>
public sealed record BookImage(string Id, string SourcePath, string RelativePath, string MediaType, string Alt, int Width, int Height);
