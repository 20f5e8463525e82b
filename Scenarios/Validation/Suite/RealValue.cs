namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// One real metric of one suite row: the mean over the real runs, each run's own value (for the replication
/// spread), and where it was read from.
/// </summary>
/// <param name="Key">The row's key (<see cref="SuiteRow.Key"/>).</param>
/// <param name="Metric">The metric name.</param>
/// <param name="Runs">The value of each real run (one for a single run).</param>
/// <param name="Source">The data file(s) or text it came from.</param>
internal sealed record RealValue(string Key, string Metric, IReadOnlyList<double> Runs, string Source)
{
    /// <summary>The mean over the runs (the value compared).</summary>
    public double Mean => Runs.Average();
}
