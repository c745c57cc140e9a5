namespace BookBuilder.Pdf.Output;

/// <summary>A bookmark to add after painting: its page, its y (points from the page top), depth and title.</summary>
internal readonly record struct OutlineEntry(int PageIndex, float Y, int Level, string Title);
