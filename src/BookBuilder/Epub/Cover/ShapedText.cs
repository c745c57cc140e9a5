using SkiaSharp;

namespace BookBuilder.Epub.Cover;

/// <summary>A run of glyphs of one face, positioned relative to the start of its line.</summary>
internal sealed record ShapedRun(CoverFace Face, float Size, ushort[] Glyphs, SKPoint[] Positions);

/// <summary>A shaped line: runs of different faces laid end to end, and its total advance.</summary>
internal sealed record ShapedLine(IReadOnlyList<ShapedRun> Runs, float Width);

/// <summary>What a line of the cover shows.</summary>
internal enum CoverRole { Ornament, Title, Subtitle, Byline }

/// <summary>A shaped line of the cover with its baseline and font size.</summary>
internal sealed record PlacedLine(CoverRole Role, ShapedLine Line, float Baseline, float Size);
