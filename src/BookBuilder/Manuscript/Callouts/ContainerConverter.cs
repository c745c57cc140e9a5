using BookBuilder.Manuscript.Conversion;
using BookBuilder.Manuscript.Manifest;
using BookBuilder.Model;
using Markdig.Extensions.CustomContainers;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Manuscript.Callouts;

/// <summary>
/// <c>:::</c> containers other than ornaments: a callout (<c>::: tip "Title"</c>), blocks in
/// another language (<c>::: {lang=he}</c>), or an unknown name, which is reported with the
/// nearest known one and leaves its blocks as they would stand without the container.
/// </summary>
internal sealed class ContainerConverter(DivisionScope scope)
{
    public IReadOnlyList<Model.Block> Convert(CustomContainer cc)
    {
        var at = scope.At(cc);
        var header = ContainerHeader.Of(cc);
        var language = Language(header.Language, at);
        var blocks = scope.Blocks.Blocks(cc);
        if (ContainerNames.Callouts.TryGetValue(header.Name, out var kind))
            return [new CalloutBlock(kind, header.Title, blocks) { Language = language, Source = at }];
        if (header.Name.Length > 0 || header.Language is null)
        {
            scope.Diagnostics.Report(ContainerUnknown, at, header.Name, ContainerNames.Nearest(header.Name));
            if (language is null) return blocks;
        }
        return language is null || blocks.Count == 0 ? blocks : [new LanguageBlock(language, blocks) { Source = at }];
    }

    /// <summary>A well-formed language tag, or null (reported when it was written but is not well formed).</summary>
    public string? Language(string? tag, SourceSpan at)
    {
        if (tag is null) return null;
        if (LanguageTag.IsWellFormed(tag)) return tag;
        scope.Diagnostics.Report(PartLanguageInvalid, at, tag);
        return null;
    }
}
