namespace Burstsim.Scenarios.Validation;

/// <summary>
/// One line of validation.csv: one metric of one real file against the simulated replications.
/// Startup metrics and makespan in seconds, peak concurrency in functions; <c>ks_startup</c> is the two-sample
/// Kolmogorov-Smirnov distance (real value 0, its error is the distance itself, no relative error).
/// </summary>
internal sealed record ValidationRow(
    string File,
    string Policy,
    int Functions,
    string Metric,
    double Real,
    double SimulatedMean,
    double SimulatedLow,
    double SimulatedHigh,
    double? Tolerance)
{
    public bool IsDistance => Metric == ValidationMetrics.KsStartup;

    public double AbsoluteError => IsDistance ? SimulatedMean : SimulatedMean - Real;

    /// <summary>(simulated - real) / real; NaN for the KS distance or a zero real value.</summary>
    public double RelativeError => IsDistance || Real == 0 ? double.NaN : (SimulatedMean - Real) / Real;

    /// <summary>The error checked against the tolerance: |relative error|, or the KS distance itself.</summary>
    public double CheckedError => IsDistance ? SimulatedMean : Math.Abs(RelativeError);

    public bool Passes => Tolerance is not { } t || CheckedError <= t;
}
