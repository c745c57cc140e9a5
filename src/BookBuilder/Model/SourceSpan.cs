namespace BookBuilder.Model;

/// <summary>Where something came from in the manuscript: a file and a 1-based line and column.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static readonly SourceSpan None = new("", 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
