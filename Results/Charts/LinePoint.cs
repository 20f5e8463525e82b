using Burstsim.Results.Statistics;

namespace Burstsim.Results.Charts;

/// <summary>One point of a line series: a value (usually a mean) with an optional interval band and an optional label drawn beside it (e.g. "g=12").</summary>
public sealed record LinePoint(double X, double Y, double? Low = null, double? High = null, string? Label = null)
{
    /// <summary>The mean of replications at x, with its confidence interval as the band.</summary>
    public static LinePoint FromInterval(double x, ConfidenceInterval interval) => new(x, interval.Mean, interval.Low, interval.High);
}
