namespace BookBuilder.Pdf.Layout.LineBreaking;

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

    /// <summary>
    /// 100·|r|³ without the cap, for ranking lines that are all beyond any tolerance. A line with
    /// nothing to stretch (infinite ratio) gets a huge finite badness, so it stays usable as a last
    /// resort and demerits can still be summed.
    /// </summary>
    public static double UncappedBadness(float ratio)
    {
        if (float.IsInfinity(ratio)) return UnstretchableBadness;
        var a = Math.Abs((double)ratio);
        return 100 * a * a * a;
    }

    /// <summary>Badness of an underfull line with no stretch at all in the emergency ranking.</summary>
    public const double UnstretchableBadness = 1e12;

    /// <summary>0 tight, 1 decent, 2 loose, 3 very loose.</summary>
    public static int Fitness(float ratio) => ratio switch
    {
        < -0.5f => 0,
        <= 0.5f => 1,
        <= 1f => 2,
        _ => 3,
    };
}
