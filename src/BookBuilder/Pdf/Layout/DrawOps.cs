namespace BookBuilder.Pdf.Layout;

/// <summary>Moves drawing operations, so elements can lay out in their own coordinates.</summary>
public static class DrawOps
{
    /// <summary>The operation shifted by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public static DrawOp Translate(DrawOp op, float dx, float dy)
    {
        if (dx == 0 && dy == 0) return op;
        return op switch
        {
            TextOp t => t with { X = t.X + dx, Baseline = t.Baseline + dy },
            SpaceOp s => s with { X = s.X + dx, Baseline = s.Baseline + dy },
            RuleOp r => r with { X1 = r.X1 + dx, Y1 = r.Y1 + dy, X2 = r.X2 + dx, Y2 = r.Y2 + dy },
            RectOp r => r with { X = r.X + dx, Y = r.Y + dy },
            ImageOp i => i with { X = i.X + dx, Y = i.Y + dy },
            UrlLinkOp u => u with { X = u.X + dx, Y = u.Y + dy },
            InternalLinkOp l => l with { X = l.X + dx, Y = l.Y + dy },
            AnchorOp a => a with { X = a.X + dx, Y = a.Y + dy },
            OutlineOp o => o with { Y = o.Y + dy },
            TextStartOp s => s with { X = s.X + dx, Y = s.Y + dy },
            Tagging.TagStartOp or Tagging.TagEndOp => op,
            _ => throw new NotSupportedException($"Unknown drawing operation {op.GetType().Name}."),
        };
    }
}
