namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// One line of the suite's table: a metric of a row, real against simulated (mean and 95 % interval over the
/// replications), its error and verdict, and the replication spread of both sides (log-sd; NaN with one real run).
/// </summary>
/// <param name="Row">The suite row.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Real">The real value; null when it is held back.</param>
/// <param name="Simulated">The simulated replications' mean and 95 % interval.</param>
/// <param name="SimulatedLogSd">Standard deviation of the logarithm of the simulated replications' values.</param>
/// <param name="Tolerance">Largest accepted |relative error|; null when none is set for the metric.</param>
internal sealed record SuiteComparison(
    SuiteRow Row,
    string Metric,
    RealValue? Real,
    (double Mean, double Low, double High) Simulated,
    double SimulatedLogSd,
    double? Tolerance)
{
    /// <summary>(simulated - real) / real; NaN without a real value or for a zero one.</summary>
    public double RelativeError => Real is { } r && r.Mean != 0 ? (Simulated.Mean - r.Mean) / r.Mean : double.NaN;

    /// <summary>Standard deviation of the logarithm of the real runs' values; NaN with fewer than two runs.</summary>
    public double RealLogSd => Real is { Runs.Count: >= 2 } r ? LogSd(r.Runs) : double.NaN;

    /// <summary>The verdict: pass, miss (documented), FAIL (undocumented miss) or no real value.</summary>
    public SuiteVerdict Verdict => Real is null || double.IsNaN(RelativeError) ? SuiteVerdict.NoReal
        : Tolerance is not { } t || Math.Abs(RelativeError) <= t ? SuiteVerdict.Pass
        : Row.Misses.ContainsKey(Metric) ? SuiteVerdict.DocumentedMiss
        : SuiteVerdict.Fail;

    /// <summary>Sample standard deviation of ln(values); NaN when fewer than two or any value is not positive.</summary>
    public static double LogSd(IReadOnlyList<double> values)
    {
        if (values.Count < 2 || values.Any(v => !(v > 0)))
        {
            return double.NaN;
        }

        double[] logs = [.. values.Select(v => Math.Log(v))];
        double mean = logs.Average();
        return Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / (logs.Length - 1));
    }
}
