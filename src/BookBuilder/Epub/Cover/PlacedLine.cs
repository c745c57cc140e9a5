using BookBuilder.Typography;

namespace BookBuilder.Epub.Cover;

/// <summary>What a line of the cover shows.</summary>
internal enum CoverRole { Ornament, Title, Subtitle, Byline }

/// <summary>A shaped line of the cover with its baseline and font size, in pixels.</summary>
internal sealed record PlacedLine(CoverRole Role, ShapedText Line, float Baseline, float Size);
