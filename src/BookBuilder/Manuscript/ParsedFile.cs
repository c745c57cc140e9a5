using Markdig.Syntax;

namespace BookBuilder.Manuscript;

/// <summary>A manuscript file parsed by Markdig, with the division id it will become.</summary>
internal sealed record ParsedFile(string RelativePath, MarkdownDocument Document, string DivisionId);
