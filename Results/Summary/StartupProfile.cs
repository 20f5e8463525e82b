namespace Burstsim.Results.Summary;

/// <summary>The startup figures the calibration README tabulates, in seconds (NaN when there are no values).</summary>
public sealed record StartupProfile(int Count, double P50, double P95, double Max)
{
    public static StartupProfile Of(IEnumerable<double> startups)
    {
        ArgumentNullException.ThrowIfNull(startups);
        double[] sorted = StartupPercentiles.Sorted(startups);
        return new StartupProfile(
            sorted.Length,
            StartupPercentiles.Percentile(sorted, 0.50),
            StartupPercentiles.Percentile(sorted, 0.95),
            sorted.Length == 0 ? double.NaN : sorted[^1]);
    }
}
