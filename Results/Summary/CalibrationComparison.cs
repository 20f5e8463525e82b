using Burstsim.Results.Csv;

namespace Burstsim.Results.Summary;

/// <summary>
/// Measured versus simulated startup (worker_start - host_job_create) for one configuration:
/// p50, p95 and max of each, and the relative error of the simulation, (simulated - measured) /
/// measured, signed so a too-slow model shows positive. Used by tests and <c>burstsim calibrate</c>.
/// </summary>
public sealed record CalibrationComparison(StartupProfile Measured, StartupProfile Simulated)
{
    public double P50RelativeError => RelativeError(Measured.P50, Simulated.P50);

    public double P95RelativeError => RelativeError(Measured.P95, Simulated.P95);

    public double MaxRelativeError => RelativeError(Measured.Max, Simulated.Max);

    /// <summary>The largest of the three errors in magnitude (NaN if any is NaN).</summary>
    public double WorstRelativeError =>
        Math.Max(Math.Abs(P50RelativeError), Math.Max(Math.Abs(P95RelativeError), Math.Abs(MaxRelativeError)));

    /// <summary>Whether p50, p95 and max all lie within <paramref name="tolerance"/> (0.2 for 20 %) of the measurement.</summary>
    public bool IsWithin(double tolerance) => WorstRelativeError <= tolerance;

    /// <param name="measured">Rows of a real run (a calibration CSV); their epoch does not matter, startup is a difference.</param>
    /// <param name="simulatedStartups">Simulated startups in seconds, e.g. <see cref="RunSummaryAccumulator.StartupSeconds"/>.</param>
    public static CalibrationComparison Compare(IEnumerable<LithopsRow> measured, IEnumerable<double> simulatedStartups)
    {
        ArgumentNullException.ThrowIfNull(measured);
        return new CalibrationComparison(StartupProfile.Of(measured.Select(row => row.Startup)), StartupProfile.Of(simulatedStartups));
    }

    /// <summary>
    /// (simulated - measured) / measured; NaN when either is NaN, and infinite when the measurement is 0
    /// and the simulation is not, so a degenerate measurement never passes silently.
    /// </summary>
    private static double RelativeError(double measured, double simulated) =>
        measured == simulated ? 0 : (simulated - measured) / Math.Abs(measured);
}
