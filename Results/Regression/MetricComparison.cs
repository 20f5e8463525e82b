namespace Burstsim.Results.Regression;

/// <summary>Compares a metric's new value with its baseline under a tolerance.</summary>
public static class MetricComparison
{
    /// <summary>
    /// Holds when the new mean is within the tolerance's allowed distance of the baseline mean (both
    /// rounded to <see cref="MetricValue.Decimals"/>); otherwise regressed or improved by the metric's
    /// direction. A value that appeared or disappeared (a run without functions) is a regression.
    /// </summary>
    public static MetricCheck Compare(RunKey run, GateMetric metric, MetricValue baseline, MetricValue now, Tolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(tolerance);
        if (!baseline.HasValue || !now.HasValue)
        {
            var same = baseline.HasValue == now.HasValue ? Verdict.Holds : Verdict.Regressed;
            return new MetricCheck(run, metric, baseline, now, tolerance, 0, same);
        }

        double allowed = tolerance.Allowed(baseline, now.Mean);
        double delta = now.Mean - baseline.Mean;

        // Half a unit of the last recorded digit: rounding alone never fails an exact tolerance.
        double resolution = 0.5 * Math.Pow(10, -MetricValue.Decimals);
        Verdict verdict;
        if (Math.Abs(delta) <= allowed + resolution)
        {
            verdict = Verdict.Holds;
        }
        else
        {
            bool worse = metric.Better == Better.Lower ? delta > 0 : delta < 0;
            verdict = worse ? Verdict.Regressed : Verdict.Improved;
        }

        return new MetricCheck(run, metric, baseline, now, tolerance, allowed, verdict);
    }
}
