namespace BookBuilder.Pdf.Text.LineBreaking;

/// <summary>Badness and fitness as Knuth and Plass define them.</summary>
public static class LineBreakMath
{
    /// <summary>100·|r|³, capped at 10000 ("infinitely bad").</summary>
    public static double Badness(float ratio)
    {
        if (float.IsInfinity(ratio)) return 10000;
        var a = Math.Abs((double)ratio);
        return Math.Min(10000, 100 * a * a * a);
    }

    /// <summary>0 tight, 1 decent, 2 loose, 3 very loose.</summary>
    public static int Fitness(float ratio) => ratio switch
    {
        < -0.5f => 0,
        <= 0.5f => 1,
        <= 1f => 2,
        _ => 3,
    };
}
