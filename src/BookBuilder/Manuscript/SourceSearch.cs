using BookBuilder.Model;

namespace BookBuilder.Manuscript;

/// <summary>
/// Finds where a piece of text first occurs in the manuscript files, for diagnostics raised after
/// the model was built (a character no font has, for instance).
/// </summary>
public static class SourceSearch
{
    /// <summary>The first occurrence in reading order, or book.yml when it is not in any file.</summary>
    public static SourceSpan Find(Book book, string text)
    {
        var files = book.Chapters.Select(c => c.SourceFile)
            .Concat(book.Faq is null ? [] : [book.Faq.SourceFile])
            .Concat(book.Glossary is null ? [] : [book.Glossary.SourceFile])
            .Append(ManifestReader.FileName);
        foreach (var file in files)
        {
            var path = Path.Combine(book.ManuscriptDirectory, file);
            if (!File.Exists(path)) continue;
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var col = lines[i].IndexOf(text, StringComparison.Ordinal);
                if (col >= 0) return new SourceSpan(file, i + 1, col + 1);
            }
        }
        return new SourceSpan(ManifestReader.FileName, 0, 0);
    }
}
