namespace BookBuilder.Typography;

/// <summary>
/// A font or pattern file the PDF edition needs is not installed. The message names the file and
/// says how to install it; the command prints it as an error instead of a stack trace.
/// </summary>
public sealed class AssetNotFoundException : Exception
{
    public AssetNotFoundException(string message) : base(message) { }
    public AssetNotFoundException(string message, Exception inner) : base(message, inner) { }
}
