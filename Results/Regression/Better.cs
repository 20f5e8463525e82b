namespace Burstsim.Results.Regression;

/// <summary>Which way a metric improves: a change the other way beyond tolerance is a regression.</summary>
public enum Better
{
    /// <summary>Smaller is better: times, containers, cold starts.</summary>
    Lower,

    /// <summary>Larger is better: peak concurrency (functions running together).</summary>
    Higher,
}
