using SkiaSharp;

namespace BookBuilder.Epub.Cover;

/// <summary>A run of glyphs of one face, positioned relative to the start of its line.</summary>
internal sealed record ShapedRun(CoverFace Face, float Size, ushort[] Glyphs, SKPoint[] Positions);

/// <summary>A shaped line: runs of different faces laid end to end, and its total advance.</summary>
internal sealed record ShapedLine(IReadOnlyList<ShapedRun> Runs, float Width)
{
    /// <summary>The line as a text blob whose origin is the start of its baseline; null when it has no glyphs.</summary>
    public SKTextBlob? ToBlob()
    {
        using var builder = new SKTextBlobBuilder();
        foreach (var run in Runs)
        {
            if (run.Glyphs.Length == 0) continue;
            using var font = new SKFont(run.Face.Typeface, run.Size) { Edging = SKFontEdging.Antialias, Subpixel = true };
            var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(run.Positions);
        }
        return builder.Build();
    }
}

/// <summary>What a line of the cover shows.</summary>
internal enum CoverRole { Ornament, Title, Subtitle, Byline }

/// <summary>A shaped line of the cover with its baseline and font size.</summary>
internal sealed record PlacedLine(CoverRole Role, ShapedLine Line, float Baseline, float Size);
